package io.vqr.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.vqr.indicators.Breakdown;
import io.vqr.indicators.BreakdownItem;
import io.vqr.indicators.ChallengeWriter;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorSection;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolInfo;
import io.vqr.indicators.Threshold;
import io.vqr.indicators.Thresholds;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;

/**
 * Builds a {@link SchoolReport} in memory from a year's {@link IndicatorSnapshot}: no
 * query per school.
 */
class SchoolReportAssembler {

	private final IndicatorSnapshot snapshot;

	private final Thresholds thresholds;

	private final ChallengeWriter challenges;

	private final LocalDate generatedOn;

	private final ReportOutline outline;

	SchoolReportAssembler(IndicatorSnapshot snapshot, Thresholds thresholds, ChallengeWriter challenges,
			LocalDate generatedOn) {
		this(snapshot, thresholds, challenges, generatedOn, null);
	}

	/**
	 * @param outline the parts of a v2 report; null renders every year in v1's outline
	 */
	SchoolReportAssembler(IndicatorSnapshot snapshot, Thresholds thresholds, ChallengeWriter challenges,
			LocalDate generatedOn, ReportOutline outline) {
		this.outline = outline;
		this.snapshot = snapshot;
		this.thresholds = thresholds;
		this.challenges = challenges;
		this.generatedOn = generatedOn;
	}

	SchoolReport build(String schoolCode) {
		return build(schoolCode, List.of());
	}

	/**
	 * The school's report; in a year read with standard v2 (and with an outline) in the
	 * eight parts, with {@code cases} under their parts.
	 */
	SchoolReport build(String schoolCode, List<CaseStudy> cases) {
		SchoolInfo info = this.snapshot.school(schoolCode)
			.orElseThrow(() -> new IllegalArgumentException(
					"school " + schoolCode + " has no current data for " + this.snapshot.year()));
		Map<Indicator, IndicatorComparison> all = new LinkedHashMap<>();
		for (Indicator indicator : IndicatorCatalog.forYear(this.snapshot.year())) {
			all.put(indicator, IndicatorComparison.of(this.snapshot.value(schoolCode, indicator),
					this.snapshot.previousValue(schoolCode, indicator)));
		}
		List<ThresholdCheck> checks = checks(this.snapshot, this.thresholds, info);
		int year = this.snapshot.year();
		SchoolCover cover = new SchoolCover(info.schoolCode(), info.schoolName(), year + "年度职业教育质量报告",
				info.provinceName(), this.generatedOn, info.version(), info.processedOn());
		boolean v2 = this.outline != null && SubmissionStandard.forYear(year) != SubmissionStandard.v1();
		PartsReport parts = v2 ? new PartsAssembler(this.snapshot, schoolCode, all).build(this.outline, cases) : null;
		List<Indicator> others = IndicatorCatalog.all()
			.stream()
			.filter((indicator) -> indicator.section() != IndicatorSection.STUDENT_DEVELOPMENT)
			.toList();
		return new SchoolReport(year, this.snapshot.previousSchools().containsKey(schoolCode), cover,
				overview(info, all), students(schoolCode, all), teaching(schoolCode, all), service(schoolCode, all),
				new ConditionsSection(checks), this.challenges.write(checks, List.copyOf(all.values())),
				new Appendix(pick(all, IndicatorCatalog.section(IndicatorSection.STUDENT_DEVELOPMENT)),
						pick(all, others)),
				parts);
	}

	/** The thresholds that apply to a school, checked against its values of the year. */
	static List<ThresholdCheck> checks(IndicatorSnapshot snapshot, Thresholds thresholds, SchoolInfo info) {
		List<ThresholdCheck> checks = new ArrayList<>();
		for (Threshold threshold : thresholds.forSchool(info.schoolType(), info.ownership())) {
			if (!IndicatorCatalog.inYear(threshold.indicator(), snapshot.year())) {
				// a v2 indicator's line is no 无数据 row in a year read with v1
				continue;
			}
			IndicatorValue value = snapshot.value(info.schoolCode(), threshold.indicator());
			ThresholdStatus status = value.isEmpty() ? ThresholdStatus.NO_DATA
					: threshold.metBy(value.value()) ? ThresholdStatus.MET : ThresholdStatus.NOT_MET;
			checks.add(new ThresholdCheck(threshold.indicator(), value, threshold, status));
		}
		return checks;
	}

	private SchoolOverview overview(SchoolInfo info, Map<Indicator, IndicatorComparison> all) {
		CodeEntry type = CodeLists.get(CodeLists.SCHOOL_TYPE).resolve(info.schoolType()).orElse(null);
		SheetDef profile = SubmissionStandard.v1().sheet(SubmissionStandard.PROFILE);
		List<ResourceRow> resources = List.of(
				resource(profile, "equipment_value", info.equipmentValue(), all.get(Indicator.EQUIPMENT_PER_STUDENT)),
				resource(profile, "workstations", info.workstations(), all.get(Indicator.WORKSTATIONS_PER_STUDENT)),
				resource(profile, "books", info.books(), all.get(Indicator.BOOKS_PER_STUDENT)),
				resource(profile, "computers", info.computers(), null), resource(profile, "funding_per_student",
						info.fundingPerStudent(), all.get(Indicator.FUNDING_PER_STUDENT)));
		return new SchoolOverview(info.schoolCode(), info.schoolName(), info.schoolType(),
				(type != null) ? type.attribute(CodeLists.LEVEL) : null,
				(type != null) ? type.attribute(CodeLists.THRESHOLD_GROUP) : null, info.ownership(), info.regionCode(),
				info.regionName(), info.cityName(), info.provinceName(),
				count(all.get(Indicator.STUDENTS).current().value()), resources,
				pick(all, List.of(Indicator.EQUIPMENT_PER_STUDENT, Indicator.WORKSTATIONS_PER_STUDENT,
						Indicator.BOOKS_PER_STUDENT, Indicator.FUNDING_PER_STUDENT)));
	}

	private static ResourceRow resource(SheetDef profile, String fieldKey, Double total,
			IndicatorComparison perStudent) {
		FieldDef field = profile.field(fieldKey).orElseThrow();
		return new ResourceRow(field.label(), (field.unit() != null) ? field.unit().symbol() : "", total, perStudent);
	}

	private StudentDevelopment students(String schoolCode, Map<Indicator, IndicatorComparison> all) {
		IndicatorValue completion = all.get(Indicator.PLAN_COMPLETION_RATE).current();
		Intake intake = new Intake(count(completion.denominator()), count(completion.numerator()),
				count(all.get(Indicator.NEW_STUDENTS).current().value()),
				count(all.get(Indicator.STUDENTS).current().value()),
				count(all.get(Indicator.THROUGH_TRACK_SHARE).current().numerator()));
		long graduates = count(all.get(Indicator.GRADUATES).current().value());
		Map<String, Long> byCode = counts(this.snapshot.breakdown(schoolCode, Breakdown.DESTINATION));
		List<DestinationRow> destinations = new ArrayList<>();
		List<ChartPoint> destinationPoints = new ArrayList<>();
		for (CodeEntry entry : CodeLists.get(CodeLists.DESTINATION).entries()) {
			long n = byCode.getOrDefault(entry.code(), 0L);
			destinations.add(new DestinationRow(entry.code(), entry.name(),
					entry.attribute(CodeLists.DESTINATION_GROUP), n, (graduates == 0) ? null : (double) n / graduates));
			if (n > 0) {
				destinationPoints.add(new ChartPoint(entry.name(), n));
			}
		}
		IndicatorComparison median = all.get(Indicator.MEDIAN_MONTHLY_INCOME);
		IncomeSummary income = new IncomeSummary(all.get(Indicator.MEAN_MONTHLY_INCOME), median,
				count(median.current().denominator()), this.snapshot.excludedIncomes(schoolCode));
		return new StudentDevelopment(intake,
				pick(all,
						List.of(Indicator.PLAN_COMPLETION_RATE, Indicator.REGISTRATION_RATE, Indicator.NEW_STUDENTS,
								Indicator.STUDENTS, Indicator.THROUGH_TRACK_SHARE)),
				graduates, destinations, new ChartSeries("毕业生去向分布", "人", destinationPoints),
				pick(all,
						List.of(Indicator.GRADUATES, Indicator.PLACEMENT_RATE, Indicator.EMPLOYMENT_RATE,
								Indicator.FURTHER_STUDY_RATE, Indicator.ENTREPRENEURSHIP_RATE,
								Indicator.RELATED_EMPLOYMENT_RATE)),
				this.snapshot.outcomes(schoolCode), income,
				pick(all, List.of(Indicator.IN_PROVINCE_EMPLOYMENT_RATE, Indicator.IN_CITY_EMPLOYMENT_RATE)),
				industries(this.snapshot.breakdown(schoolCode, Breakdown.INDUSTRY_SECTION)),
				byCodeList(this.snapshot.breakdown(schoolCode, Breakdown.EMPLOYER_KIND), CodeLists.EMPLOYER_KIND,
						"毕业生就业单位性质分布", false));
	}

	private TeachingSection teaching(String schoolCode, Map<Indicator, IndicatorComparison> all) {
		List<MajorRow> majors = this.snapshot.majors(schoolCode);
		Map<String, List<MajorRow>> byDivision = majors.stream()
			.collect(Collectors.groupingBy(MajorRow::divisionName, LinkedHashMap::new, Collectors.toList()));
		List<MajorDivisionRow> divisions = byDivision.entrySet()
			.stream()
			.map((entry) -> new MajorDivisionRow(this.snapshot.divisionCode(schoolCode, entry.getKey()), entry.getKey(),
					entry.getValue().size(), entry.getValue().stream().mapToLong(MajorRow::registered).sum(),
					entry.getValue().stream().mapToLong(MajorRow::enrolled).sum(),
					entry.getValue().stream().mapToLong(MajorRow::graduates).sum()))
			.sorted(Comparator.comparingLong(MajorDivisionRow::enrolled).reversed())
			.toList();
		List<BreakdownItem> dual = this.snapshot.breakdown(schoolCode, Breakdown.DUAL_QUALIFIED);
		Map<String, Long> dualCounts = counts(dual);
		ChartSeries dualChart = new ChartSeries("专业课专任教师“双师型”结构", "人",
				List.of(new ChartPoint("双师型", dualCounts.getOrDefault("yes", 0L)),
						new ChartPoint("非双师型", dualCounts.getOrDefault("no", 0L))));
		return new TeachingSection(divisions, majors, pick(all, IndicatorCatalog.section(IndicatorSection.TEACHERS)),
				byCodeList(this.snapshot.breakdown(schoolCode, Breakdown.TITLE), CodeLists.TITLE, "专任教师职称结构", true),
				byCodeList(this.snapshot.breakdown(schoolCode, Breakdown.EDUCATION), CodeLists.EDUCATION, "专任教师学历结构",
						true),
				dualChart);
	}

	private ServiceContribution service(String schoolCode, Map<Indicator, IndicatorComparison> all) {
		Map<String, Long> regions = counts(this.snapshot.breakdown(schoolCode, Breakdown.EMPLOYMENT_REGION));
		List<ChartPoint> regionPoints = new ArrayList<>();
		regionPoints.add(new ChartPoint("本市", regions.getOrDefault(Breakdown.IN_CITY, 0L)));
		regionPoints.add(new ChartPoint("省内其他地市", regions.getOrDefault(Breakdown.IN_PROVINCE_OTHER_CITY, 0L)));
		regionPoints.add(new ChartPoint("省外", regions.getOrDefault(Breakdown.OUTSIDE_PROVINCE, 0L)));
		if (regions.getOrDefault(Breakdown.REGION_UNKNOWN, 0L) > 0) {
			regionPoints.add(new ChartPoint("未填写地区", regions.get(Breakdown.REGION_UNKNOWN)));
		}
		Map<String, Long> people = counts(this.snapshot.breakdown(schoolCode, Breakdown.PARTNERSHIP_PEOPLE));
		IndicatorComparison partnerships = all.get(Indicator.PARTNERSHIPS);
		return new ServiceContribution(
				pick(all, List.of(Indicator.IN_PROVINCE_EMPLOYMENT_RATE, Indicator.IN_CITY_EMPLOYMENT_RATE)),
				new ChartSeries("毕业生就业地区分布", "人", regionPoints),
				industries(this.snapshot.breakdown(schoolCode, Breakdown.INDUSTRY_SECTION)),
				count(partnerships.current().value()) > 0, partnerships,
				byCodeList(this.snapshot.breakdown(schoolCode, Breakdown.PARTNERSHIP_FORM), CodeLists.PARTNERSHIP_FORM,
						"校企合作项目形式", false),
				people.getOrDefault("interns", 0L), people.getOrDefault("hires", 0L),
				people.getOrDefault("mentors", 0L));
	}

	/** Employed graduates by GB/T 4754 门类, largest first (the query's order). */
	static ChartSeries industries(List<BreakdownItem> items) {
		return new ChartSeries("毕业生就业行业分布（国民经济行业门类）", "人",
				items.stream()
					.map((item) -> new ChartPoint((item.label() != null) ? item.label() : item.key(), item.count()))
					.toList());
	}

	/** A breakdown in code-list order, labelled by the entries' names. */
	static ChartSeries byCodeList(List<BreakdownItem> items, String codeList, String title, boolean withZeros) {
		Map<String, Long> counts = counts(items);
		List<ChartPoint> points = new ArrayList<>();
		for (CodeEntry entry : CodeLists.get(codeList).entries()) {
			long n = counts.getOrDefault(entry.code(), 0L);
			if (withZeros || n > 0) {
				points.add(new ChartPoint(entry.name(), n));
			}
		}
		return new ChartSeries(title, "人", points);
	}

	static Map<String, Long> counts(List<BreakdownItem> items) {
		return items.stream().collect(Collectors.toMap(BreakdownItem::key, BreakdownItem::count, Long::sum));
	}

	static List<IndicatorComparison> pick(Map<Indicator, IndicatorComparison> all, List<Indicator> indicators) {
		// an indicator the year's standard lacks is absent, not an empty row
		return indicators.stream().filter(all::containsKey).map(all::get).toList();
	}

	static long count(Double value) {
		return (value == null) ? 0 : Math.round(value);
	}

}
