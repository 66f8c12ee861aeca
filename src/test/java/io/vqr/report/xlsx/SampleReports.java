package io.vqr.report.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Comparison;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorKind;
import io.vqr.indicators.Threshold;
import io.vqr.report.model.Appendix;
import io.vqr.report.model.ChallengesSection;
import io.vqr.report.model.ChartPoint;
import io.vqr.report.model.ChartSeries;
import io.vqr.report.model.ConditionsSection;
import io.vqr.report.model.DestinationRow;
import io.vqr.report.model.GroupIndicators;
import io.vqr.report.model.IncomeSummary;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.Intake;
import io.vqr.report.model.MajorDivisionRow;
import io.vqr.report.model.MajorOutcomeRow;
import io.vqr.report.model.MajorRow;
import io.vqr.report.model.NotAcceptedSchool;
import io.vqr.report.model.ProvincialCover;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.Ranking;
import io.vqr.report.model.RankingRow;
import io.vqr.report.model.ResourceRow;
import io.vqr.report.model.SchoolCover;
import io.vqr.report.model.SchoolOverview;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.model.ServiceContribution;
import io.vqr.report.model.SpreadRow;
import io.vqr.report.model.StatusCount;
import io.vqr.report.model.StudentDevelopment;
import io.vqr.report.model.SubmissionState;
import io.vqr.report.model.SubmissionStatusSection;
import io.vqr.report.model.TeachingSection;
import io.vqr.report.model.ThresholdCheck;
import io.vqr.report.model.ThresholdStatus;
import io.vqr.report.model.WarningEntry;

/**
 * Report models built by hand, with figures chosen so that the tests can tell a pooled
 * rate from a mean of rates.
 */
final class SampleReports {

	static final int YEAR = 2024;

	private SampleReports() {
	}

	/** A rate with numerator and denominator, or another indicator's plain value. */
	static IndicatorValue value(Indicator indicator, double numerator, double denominator) {
		if (indicator.kind() == IndicatorKind.RATE || indicator.kind() == IndicatorKind.RATIO) {
			return IndicatorValue.quotient(indicator, numerator, denominator);
		}
		return IndicatorValue.of(indicator, numerator / denominator);
	}

	static IndicatorComparison compare(Indicator indicator, double numerator, double denominator,
			Double previousValue) {
		IndicatorValue current = value(indicator, numerator, denominator);
		IndicatorValue previous = (previousValue == null) ? IndicatorValue.empty(indicator)
				: IndicatorValue.of(indicator, previousValue);
		return IndicatorComparison.of(current, previous);
	}

	/** Every indicator of a section, with made-up values and Y-1 values. */
	static List<IndicatorComparison> section(List<Indicator> indicators, int seed) {
		List<IndicatorComparison> comparisons = new ArrayList<>();
		int i = seed;
		for (Indicator indicator : indicators) {
			i++;
			switch (indicator.kind()) {
				case RATE -> comparisons.add(compare(indicator, 80 + i % 15, 100, 0.8));
				case COUNT -> comparisons.add(compare(indicator, 1000 + 37 * i, 1, 1000.0));
				case RATIO -> comparisons.add(compare(indicator, 2400, 130 + i, 17.5));
				case AMOUNT -> comparisons.add(compare(indicator, 4321.5 + i, 1, (i % 2 == 0) ? 4000.0 : null));
			}
		}
		return comparisons;
	}

	static SchoolReport school(String code, String name) {
		List<IndicatorComparison> all = section(IndicatorCatalog.all(), code.hashCode() & 7);
		List<IndicatorComparison> scorecard = all.stream()
			.filter((c) -> c.indicator().section() == io.vqr.indicators.IndicatorSection.STUDENT_DEVELOPMENT)
			.toList();
		List<IndicatorComparison> resources = all.stream()
			.filter((c) -> c.indicator().section() != io.vqr.indicators.IndicatorSection.STUDENT_DEVELOPMENT)
			.toList();
		SchoolCover cover = new SchoolCover(code, name, YEAR + "年度职业教育质量报告", "广东省", LocalDate.of(2025, 1, 15), 2,
				LocalDate.of(2024, 9, 30));
		IndicatorComparison equipment = find(all, Indicator.EQUIPMENT_PER_STUDENT);
		SchoolOverview overview = new SchoolOverview(code, name, "中等职业学校", "中职", "中职", "公办", "440106", "天河区", "广州市",
				"广东省", 2400, List.of(new ResourceRow("教学科研仪器设备资产总值", "万元", 1234.56, equipment),
						new ResourceRow("教学用计算机", "台", 800.0, null)),
				List.of(equipment));
		List<DestinationRow> destinations = List.of(
				new DestinationRow("10", "签订就业协议/劳动合同", "employed", 120, 120 / 205.0),
				new DestinationRow("20", "升入高一级学校", "further_study", 80, 80 / 205.0),
				new DestinationRow("31", "待就业", "not_placed", 5, 5 / 205.0));
		List<MajorOutcomeRow> byMajor = List.of(
				// 9 of 10 placed (90%) and 10 of 100 (10%): mean of rates 50%, pooled
				// 19/110.
				new MajorOutcomeRow("660301", "机电技术应用", 10, rate(Indicator.PLACEMENT_RATE, 9, 10),
						rate(Indicator.EMPLOYMENT_RATE, 5, 10), rate(Indicator.FURTHER_STUDY_RATE, 4, 10),
						rate(Indicator.RELATED_EMPLOYMENT_RATE, 4, 5)),
				new MajorOutcomeRow("730301", "会计事务", 100, rate(Indicator.PLACEMENT_RATE, 10, 100),
						rate(Indicator.EMPLOYMENT_RATE, 6, 100), rate(Indicator.FURTHER_STUDY_RATE, 4, 100),
						rate(Indicator.RELATED_EMPLOYMENT_RATE, 0, 0)));
		StudentDevelopment students = new StudentDevelopment(new Intake(1000, 950, 900, 2400, 300),
				List.of(find(all, Indicator.PLAN_COMPLETION_RATE), find(all, Indicator.REGISTRATION_RATE),
						find(all, Indicator.NEW_STUDENTS), find(all, Indicator.STUDENTS)),
				205, destinations, series("毕业去向", "人", "签订就业协议/劳动合同", 120, "升入高一级学校", 80, "待就业", 5),
				List.of(find(all, Indicator.GRADUATES), find(all, Indicator.PLACEMENT_RATE),
						find(all, Indicator.EMPLOYMENT_RATE)),
				byMajor,
				new IncomeSummary(find(all, Indicator.MEAN_MONTHLY_INCOME), find(all, Indicator.MEDIAN_MONTHLY_INCOME),
						87),
				List.of(find(all, Indicator.IN_PROVINCE_EMPLOYMENT_RATE), find(all, Indicator.IN_CITY_EMPLOYMENT_RATE)),
				series("就业行业", "人", "制造业", 60, "信息传输、软件和信息技术服务业", 40, "批发和零售业", 20),
				series("单位性质", "人", "其他企业", 100, "国有企业", 20));
		TeachingSection teaching = new TeachingSection(
				List.of(new MajorDivisionRow("66", "装备制造大类", 3, 400, 1300, 110),
						new MajorDivisionRow("73", "财经商贸大类", 2, 500, 1100, 95)),
				List.of(new MajorRow("660301", "机电技术应用", "装备制造大类", 3, 200, 190, 180, 600, 10),
						new MajorRow("730301", "会计事务", "财经商贸大类", 3, 300, 280, 270, 700, 100)),
				resources.stream()
					.filter((c) -> c.indicator().section() == io.vqr.indicators.IndicatorSection.TEACHERS)
					.toList(),
				series("职称", "人", "正高级", 5, "副高级", 30, "中级", 60, "初级", 25), series("学历", "人", "研究生", 20, "大学本科", 100),
				series("双师型", "人", "双师型", 45, "非双师型", 35));
		ServiceContribution service = new ServiceContribution(
				List.of(find(all, Indicator.IN_PROVINCE_EMPLOYMENT_RATE), find(all, Indicator.IN_CITY_EMPLOYMENT_RATE)),
				series("就业地区", "人", "本市", 70, "省内其他地市", 30, "省外", 15, "未填写地区", 5), series("行业", "人", "制造业", 60), true,
				find(all, Indicator.PARTNERSHIPS), series("合作形式", "项", "订单班", 3, "现代学徒制", 2), 150, 40, 12);
		Threshold ratioLimit = new Threshold(Indicator.STUDENT_TEACHER_RATIO, "中职", Comparison.AT_MOST, 20, false);
		Threshold dualLimit = new Threshold(Indicator.DUAL_QUALIFIED_RATE, "中职", Comparison.AT_LEAST, 0.5, false);
		ConditionsSection conditions = new ConditionsSection(List.of(
				new ThresholdCheck(Indicator.STUDENT_TEACHER_RATIO,
						IndicatorValue.of(Indicator.STUDENT_TEACHER_RATIO, 21.3), ratioLimit, ThresholdStatus.NOT_MET),
				new ThresholdCheck(Indicator.DUAL_QUALIFIED_RATE,
						IndicatorValue.of(Indicator.DUAL_QUALIFIED_RATE, 0.5625), dualLimit, ThresholdStatus.MET)));
		ChallengesSection challenges = new ChallengesSection(
				List.of("生师比为21.3:1，高于合格线（≤20），需补充专任教师。", "毕业去向落实率比上年下降6.2个百分点，需加强就业指导。"), true);
		return new SchoolReport(YEAR, true, cover, overview, students, teaching, service, conditions, challenges,
				new Appendix(scorecard, resources));
	}

	/**
	 * A school that filled in only its profile: no graduates, majors, teachers or
	 * partnerships, no Y-1.
	 */
	static SchoolReport emptySchool() {
		SchoolReport full = school("4144010099", "新建职业学校");
		ChartSeries none = new ChartSeries("", "人", List.of());
		List<IndicatorComparison> empty = IndicatorCatalog.all()
			.stream()
			.map((indicator) -> IndicatorComparison.of(IndicatorValue.empty(indicator), null))
			.toList();
		List<DestinationRow> destinations = full.students()
			.destinations()
			.stream()
			.map((row) -> new DestinationRow(row.code(), row.name(), row.group(), 0, null))
			.toList();
		StudentDevelopment students = new StudentDevelopment(new Intake(0, 0, 0, 0, 0), List.of(), 0, destinations,
				none, List.of(), List.of(), new IncomeSummary(find(empty, Indicator.MEAN_MONTHLY_INCOME),
						find(empty, Indicator.MEDIAN_MONTHLY_INCOME), 0),
				List.of(), none, none);
		TeachingSection teaching = new TeachingSection(List.of(), List.of(), List.of(), none, none, none);
		ServiceContribution service = new ServiceContribution(List.of(), none, none, false, null, none, 0, 0, 0);
		return new SchoolReport(YEAR, false, full.cover(), full.overview(), students, teaching, service,
				new ConditionsSection(List.of()), new ChallengesSection(List.of("各项指标均达到合格线。"), false),
				new Appendix(empty, List.of()));
	}

	/** A province where nobody has submitted yet. */
	static ProvincialReport emptyProvince() {
		ChartSeries none = new ChartSeries("", "人", List.of());
		StatusCount total = new StatusCount("合计", 0, 0, 0, 0, 0);
		return new ProvincialReport(YEAR, false,
				new ProvincialCover("广东省", "广东省" + YEAR + "年度职业教育质量报告", LocalDate.of(2025, 1, 15), null, 0),
				new SubmissionStatusSection(List.of(), List.of(), total, List.of(), List.of()),
				new GroupIndicators("province", "全省", 0, List.of()), List.of(), List.of(), List.of(), List.of(),
				List.of(), none, none);
	}

	static ProvincialReport province(int schools) {
		List<StatusCount> byType = List.of(new StatusCount("中等职业学校", 10, 6, 2, 1, 1),
				new StatusCount("高职专科", 5, 4, 0, 0, 1));
		List<StatusCount> byCity = List.of(new StatusCount("广州市", 9, 6, 1, 1, 1),
				new StatusCount("深圳市", 6, 4, 1, 0, 1));
		StatusCount total = new StatusCount("合计", 15, 10, 2, 1, 2);
		List<NotAcceptedSchool> notAccepted = List.of(
				new NotAcceptedSchool("4144010003", "广州市第三职业技术学校", "中等职业学校", "广州市", SubmissionState.REJECTED, 12,
						List.of("必填项为空", "代码不在代码表中")),
				new NotAcceptedSchool("4144010009", "广州市第九职业技术学校", "中等职业学校", "广州市", SubmissionState.NOT_SUBMITTED, 0,
						List.of()));
		GroupIndicators province = new GroupIndicators("province", "全省", 12, section(IndicatorCatalog.all(), 1));
		List<GroupIndicators> byTypeIndicators = List.of(
				new GroupIndicators("中等职业学校", "中等职业学校", 8, section(IndicatorCatalog.all(), 2)),
				new GroupIndicators("高职专科", "高职专科", 4, section(IndicatorCatalog.all(), 3)));
		List<GroupIndicators> byCityIndicators = List.of(
				new GroupIndicators("4401", "广州市", 7, section(IndicatorCatalog.all(), 4)),
				new GroupIndicators("4403", "深圳市", 5, section(IndicatorCatalog.all(), 5)));
		List<SpreadRow> spreads = new ArrayList<>();
		for (Indicator indicator : IndicatorCatalog.KEY_RATES) {
			spreads.add(new SpreadRow(indicator, 12, 0.55, 0.8, 0.88, 0.93, 0.99, 0.87));
		}
		List<Ranking> rankings = new ArrayList<>();
		for (Indicator indicator : IndicatorCatalog.RANKED) {
			List<RankingRow> rows = new ArrayList<>();
			for (int i = 0; i < schools; i++) {
				double v = (indicator == Indicator.STUDENT_TEACHER_RATIO) ? 12 + i * 0.1 : 0.99 - i * 0.0005;
				rows.add(new RankingRow(i + 1, schoolCode(i), "学校" + (i + 1), "中等职业学校", "广州市",
						IndicatorValue.of(indicator, v)));
			}
			rankings.add(new Ranking(indicator, rows));
		}
		Threshold placement = new Threshold(Indicator.PLACEMENT_RATE, "中职", Comparison.AT_LEAST, 0.9, false);
		Threshold ratio = new Threshold(Indicator.STUDENT_TEACHER_RATIO, "中职", Comparison.AT_MOST, 20, false);
		List<WarningEntry> warnings = List.of(
				new WarningEntry("4144010001", "广州市第一职业技术学校", "中等职业学校", "广州市",
						new ThresholdCheck(Indicator.PLACEMENT_RATE, IndicatorValue.of(Indicator.PLACEMENT_RATE, 0.85),
								placement, ThresholdStatus.NOT_MET)),
				new WarningEntry("4144030002", "深圳市第二职业技术学校", "中等职业学校", "深圳市",
						new ThresholdCheck(Indicator.STUDENT_TEACHER_RATIO,
								IndicatorValue.of(Indicator.STUDENT_TEACHER_RATIO, 23.4), ratio,
								ThresholdStatus.NOT_MET)));
		return new ProvincialReport(YEAR, true,
				new ProvincialCover("广东省", "广东省" + YEAR + "年度职业教育质量报告", LocalDate.of(2025, 1, 15),
						LocalDate.of(2024, 10, 31), 12),
				new SubmissionStatusSection(byType, byCity, total, notAccepted, List.of()), province, byTypeIndicators,
				byCityIndicators, spreads, rankings, warnings,
				series("就业行业", "人", "制造业", 6000, "批发和零售业", 2500, "教育", 800),
				series("就业地区", "人", "省内", 9000, "省外", 1500, "未填写地区", 300));
	}

	static String schoolCode(int i) {
		return String.format("41440%05d", i + 1);
	}

	private static IndicatorValue rate(Indicator indicator, double numerator, double denominator) {
		return IndicatorValue.quotient(indicator, numerator, denominator);
	}

	private static IndicatorComparison find(List<IndicatorComparison> all, Indicator indicator) {
		return IndicatorComparison.find(all, indicator);
	}

	/** A chart series from label, value pairs. */
	static ChartSeries series(String title, String unit, Object... labelsAndValues) {
		List<ChartPoint> points = new ArrayList<>();
		for (int i = 0; i < labelsAndValues.length; i += 2) {
			points.add(new ChartPoint((String) labelsAndValues[i], ((Number) labelsAndValues[i + 1]).doubleValue()));
		}
		return new ChartSeries(title, unit, points);
	}

}
