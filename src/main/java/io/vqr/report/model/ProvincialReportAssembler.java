package io.vqr.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.vqr.indicators.Breakdown;
import io.vqr.indicators.Direction;
import io.vqr.indicators.GroupKind;
import io.vqr.indicators.GroupValues;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolInfo;
import io.vqr.indicators.Thresholds;
import io.vqr.report.model.SubmissionStatusQuery.ExpectedSchool;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;

/**
 * Builds the {@link ProvincialReport} from a year's snapshot and the submission status.
 */
class ProvincialReportAssembler {

	private final IndicatorSnapshot snapshot;

	private final Thresholds thresholds;

	private final LocalDate generatedOn;

	private final Supplier<String> provinceWithoutFigures;

	ProvincialReportAssembler(IndicatorSnapshot snapshot, Thresholds thresholds, LocalDate generatedOn) {
		this(snapshot, thresholds, generatedOn, () -> "");
	}

	/**
	 * @param provinceWithoutFigures the province's name when no school of the year has
	 * figures to take it from
	 */
	ProvincialReportAssembler(IndicatorSnapshot snapshot, Thresholds thresholds, LocalDate generatedOn,
			Supplier<String> provinceWithoutFigures) {
		this.snapshot = snapshot;
		this.thresholds = thresholds;
		this.generatedOn = generatedOn;
		this.provinceWithoutFigures = provinceWithoutFigures;
	}

	ProvincialReport build(List<ExpectedSchool> expected) {
		int year = this.snapshot.year();
		String province = provinceName();
		LocalDate dataAsOf = this.snapshot.schools()
			.values()
			.stream()
			.map(SchoolInfo::processedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		ProvincialCover cover = new ProvincialCover(province, province + year + "年度职业教育质量报告", this.generatedOn,
				dataAsOf, this.snapshot.schools().size());
		Map<String, String> cityNames = cityNames(expected);
		List<GroupIndicators> byType = this.snapshot.groups(GroupKind.TYPE)
			.stream()
			.sorted(Comparator.comparingInt((GroupValues group) -> typeOrder(group.key())))
			.map((group) -> group(group, group.key()))
			.toList();
		List<GroupIndicators> byCity = this.snapshot.groups(GroupKind.CITY)
			.stream()
			.sorted(Comparator.comparing(GroupValues::key))
			.map((group) -> group(group, cityNames.getOrDefault(group.key(), group.key())))
			.toList();
		GroupIndicators whole = group(this.snapshot.province(), "全省");
		return new ProvincialReport(year, !this.snapshot.previousSchools().isEmpty(), cover, submissions(expected),
				whole, byType, byCity, spreads(whole), rankings(), warnings(),
				SchoolReportAssembler
					.industries(this.snapshot.breakdown(IndicatorSnapshot.PROVINCE, Breakdown.INDUSTRY_SECTION)),
				employmentByRegion());
	}

	String provinceName() {
		return this.snapshot.schools()
			.values()
			.stream()
			.map(SchoolInfo::provinceName)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElseGet(this.provinceWithoutFigures);
	}

	private Map<String, String> cityNames(List<ExpectedSchool> expected) {
		Map<String, String> names = new TreeMap<>();
		for (SchoolInfo info : this.snapshot.schools().values()) {
			if (info.cityCode() != null && info.cityName() != null) {
				names.put(info.cityCode(), info.cityName());
			}
		}
		for (ExpectedSchool school : expected) {
			if (school.cityCode() != null && school.cityName() != null) {
				names.putIfAbsent(school.cityCode(), school.cityName());
			}
		}
		return names;
	}

	/**
	 * The group's values of Y; Y-1 and the change over the schools with data in both
	 * years, said in a note when those are not all of the group's schools.
	 */
	GroupIndicators group(GroupValues group, String name) {
		Optional<GroupValues> previous = this.snapshot.previousGroup(group.kind(), group.key());
		Optional<GroupValues> comparable = this.snapshot.comparableGroup(group.kind(), group.key());
		List<IndicatorComparison> comparisons = IndicatorCatalog.forYear(this.snapshot.year())
			.stream()
			.map((indicator) -> IndicatorComparison.of(group.value(indicator),
					previous.map((p) -> p.value(indicator)).orElse(null),
					comparable.map((c) -> c.value(indicator)).orElse(null)))
			.toList();
		IndicatorSnapshot.SchoolSets sets = this.snapshot.schoolSets(group.kind(), group.key());
		boolean anyPrevious = !this.snapshot.previousSchools().isEmpty();
		return new GroupIndicators(group.key().isEmpty() ? "province" : group.key(), name, group.schools(), comparisons,
				(anyPrevious && sets.differ()) ? sets.both() : null,
				this.snapshot.excludedIncomes(group.kind(), group.key()));
	}

	static SubmissionStatusSection submissions(List<ExpectedSchool> expected) {
		// a school whose type or city is found nowhere is in the total and named, never
		// a group of its own: an "unknown" row would make every real group look complete
		Map<String, List<ExpectedSchool>> byType = expected.stream()
			.filter((school) -> school.schoolType() != null)
			.sorted(Comparator.comparingInt((ExpectedSchool school) -> typeOrder(school.schoolType())))
			.collect(Collectors.groupingBy(ExpectedSchool::schoolType, LinkedHashMap::new, Collectors.toList()));
		Map<String, List<ExpectedSchool>> byCity = expected.stream()
			.filter((school) -> school.cityName() != null)
			.sorted(Comparator
				.comparing((ExpectedSchool school) -> (school.cityCode() != null) ? school.cityCode() : ""))
			.collect(Collectors.groupingBy(ExpectedSchool::cityName, LinkedHashMap::new, Collectors.toList()));
		List<NotAcceptedSchool> notAccepted = expected.stream()
			.filter((school) -> school.state() == SubmissionState.REJECTED
					|| school.state() == SubmissionState.NOT_SUBMITTED)
			.sorted(Comparator.comparing(ExpectedSchool::state).thenComparing(ExpectedSchool::schoolCode))
			.map((school) -> new NotAcceptedSchool(school.schoolCode(), school.schoolName(), school.schoolType(),
					school.cityName(), school.state(), school.errorCount(), school.topRules()))
			.toList();
		List<SchoolStatus> schools = expected.stream()
			.sorted(Comparator.comparing(ExpectedSchool::schoolCode))
			.map((school) -> new SchoolStatus(school.schoolCode(), school.schoolName(), school.schoolType(),
					school.cityName(), school.state(), school.reviewState()))
			.toList();
		return new SubmissionStatusSection(counts(byType), counts(byCity), count("合计", expected), notAccepted, schools);
	}

	private static List<StatusCount> counts(Map<String, List<ExpectedSchool>> groups) {
		return groups.entrySet().stream().map((entry) -> count(entry.getKey(), entry.getValue())).toList();
	}

	private static StatusCount count(String group, List<ExpectedSchool> schools) {
		Map<SubmissionState, Long> states = schools.stream()
			.collect(Collectors.groupingBy(ExpectedSchool::state, Collectors.counting()));
		return new StatusCount(group, schools.size(), states.getOrDefault(SubmissionState.ACCEPTED, 0L).intValue(),
				states.getOrDefault(SubmissionState.ACCEPTED_WITH_WARNINGS, 0L).intValue(),
				states.getOrDefault(SubmissionState.REJECTED, 0L).intValue(),
				states.getOrDefault(SubmissionState.NOT_SUBMITTED, 0L).intValue());
	}

	private List<SpreadRow> spreads(GroupIndicators whole) {
		List<SpreadRow> rows = new ArrayList<>();
		for (Indicator indicator : IndicatorCatalog.KEY_RATES) {
			double[] spread = this.snapshot.spread(indicator);
			Double pooled = whole.indicator(indicator).current().value();
			if (spread == null) {
				rows.add(new SpreadRow(indicator, 0, null, null, null, null, null, pooled));
			}
			else {
				rows.add(new SpreadRow(indicator, this.snapshot.spreadCount(indicator), spread[0], spread[1], spread[2],
						spread[3], spread[4], pooled));
			}
		}
		return rows;
	}

	private List<Ranking> rankings() {
		List<Ranking> rankings = new ArrayList<>();
		for (Indicator indicator : IndicatorCatalog.RANKED) {
			Comparator<Double> better = (indicator.direction() == Direction.LOWER_IS_BETTER) ? Comparator.naturalOrder()
					: Comparator.reverseOrder();
			List<SchoolInfo> ranked = this.snapshot.schools()
				.values()
				.stream()
				.filter((info) -> !this.snapshot.value(info.schoolCode(), indicator).isEmpty())
				.sorted(Comparator
					.comparing((SchoolInfo info) -> this.snapshot.value(info.schoolCode(), indicator).value(), better)
					.thenComparing(SchoolInfo::schoolCode))
				.toList();
			List<RankingRow> rows = new ArrayList<>();
			int rank = 0;
			Double last = null;
			for (int i = 0; i < ranked.size(); i++) {
				SchoolInfo info = ranked.get(i);
				IndicatorValue value = this.snapshot.value(info.schoolCode(), indicator);
				if (!value.value().equals(last)) {
					rank = i + 1;
					last = value.value();
				}
				rows.add(new RankingRow(rank, info.schoolCode(), info.schoolName(), info.schoolType(), info.cityName(),
						value));
			}
			rankings.add(new Ranking(indicator, rows));
		}
		return rankings;
	}

	private List<WarningEntry> warnings() {
		List<WarningEntry> warnings = new ArrayList<>();
		for (SchoolInfo info : this.snapshot.schools().values()) {
			for (ThresholdCheck check : SchoolReportAssembler.checks(this.snapshot, this.thresholds, info)) {
				if (check.status() == ThresholdStatus.NOT_MET) {
					warnings.add(new WarningEntry(info.schoolCode(), info.schoolName(), info.schoolType(),
							info.cityName(), check));
				}
			}
		}
		return warnings;
	}

	private ChartSeries employmentByRegion() {
		Map<String, Long> regions = SchoolReportAssembler
			.counts(this.snapshot.breakdown(IndicatorSnapshot.PROVINCE, Breakdown.EMPLOYMENT_REGION));
		List<ChartPoint> points = new ArrayList<>();
		points.add(new ChartPoint("省内就业", regions.getOrDefault(Breakdown.IN_CITY, 0L)
				+ regions.getOrDefault(Breakdown.IN_PROVINCE_OTHER_CITY, 0L)));
		points.add(new ChartPoint("省外就业", regions.getOrDefault(Breakdown.OUTSIDE_PROVINCE, 0L)));
		if (regions.getOrDefault(Breakdown.REGION_UNKNOWN, 0L) > 0) {
			points.add(new ChartPoint("未填写地区", regions.get(Breakdown.REGION_UNKNOWN)));
		}
		return new ChartSeries("毕业生就业地区分布", "人", points);
	}

	private static int typeOrder(String schoolType) {
		List<CodeEntry> types = CodeLists.get(CodeLists.SCHOOL_TYPE).entries();
		for (int i = 0; i < types.size(); i++) {
			if (types.get(i).code().equals(schoolType)) {
				return i;
			}
		}
		return types.size();
	}

}
