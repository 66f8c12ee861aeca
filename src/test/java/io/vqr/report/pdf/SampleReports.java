package io.vqr.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Comparison;
import io.vqr.indicators.Indicator;
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
import io.vqr.report.model.SchoolStatus;
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
import io.vqr.review.ReviewState;

/**
 * Report models with values chosen by the tests: placement rate 96.5% (Y-1 95.3%, so
 * +1.2个百分点), 在校生 12,345 (Y-1 11,938, 增长3.4%), a thin related-employment base, and as many
 * majors as asked for (a long table).
 */
final class SampleReports {

	static final String SCHOOL_NAME = "广州市示范职业技术学院";

	private SampleReports() {
	}

	static SchoolReport school(int majors) {
		int year = 2024;
		IndicatorComparison students = count(Indicator.STUDENTS, 12345, 11938);
		IndicatorComparison placement = rate(Indicator.PLACEMENT_RATE, 3335, 3456, 3180, 3337);
		IndicatorComparison employment = rate(Indicator.EMPLOYMENT_RATE, 2800, 3456, 2700, 3337);
		IndicatorComparison furtherStudy = rate(Indicator.FURTHER_STUDY_RATE, 535, 3456, 480, 3337);
		IndicatorComparison entrepreneurship = rate(Indicator.ENTREPRENEURSHIP_RATE, 40, 3456, 38, 3337);
		IndicatorComparison related = rate(Indicator.RELATED_EMPLOYMENT_RATE, 18, 24, 20, 26);
		IndicatorComparison graduates = count(Indicator.GRADUATES, 3456, 3337);
		IndicatorComparison meanIncome = new IndicatorComparison(Indicator.MEAN_MONTHLY_INCOME,
				new IndicatorValue(Indicator.MEAN_MONTHLY_INCOME, 4512.0, 4512.0 * 812, 812.0),
				new IndicatorValue(Indicator.MEAN_MONTHLY_INCOME, 4380.0, 4380.0 * 790, 790.0));
		IndicatorComparison medianIncome = new IndicatorComparison(Indicator.MEDIAN_MONTHLY_INCOME,
				new IndicatorValue(Indicator.MEDIAN_MONTHLY_INCOME, 4200.0, null, 812.0),
				new IndicatorValue(Indicator.MEDIAN_MONTHLY_INCOME, 4100.0, null, 790.0));
		IndicatorComparison inProvince = rate(Indicator.IN_PROVINCE_EMPLOYMENT_RATE, 2300, 2700, 2200, 2650);
		IndicatorComparison inCity = rate(Indicator.IN_CITY_EMPLOYMENT_RATE, 1500, 2700, 1480, 2650);
		List<IndicatorComparison> intake = List.of(rate(Indicator.PLAN_COMPLETION_RATE, 3900, 4000, 3700, 3900),
				rate(Indicator.REGISTRATION_RATE, 3700, 3900, 3500, 3700), count(Indicator.NEW_STUDENTS, 3700, 3500),
				students, rate(Indicator.THROUGH_TRACK_SHARE, 800, 12345, 700, 11938));
		List<IndicatorComparison> outcomes = List.of(graduates, placement, employment, furtherStudy, entrepreneurship,
				related);
		IndicatorComparison ratio = new IndicatorComparison(Indicator.STUDENT_TEACHER_RATIO,
				IndicatorValue.quotient(Indicator.STUDENT_TEACHER_RATIO, 12345.0, 700.0),
				IndicatorValue.quotient(Indicator.STUDENT_TEACHER_RATIO, 11938.0, 660.0));
		IndicatorComparison dual = rate(Indicator.DUAL_QUALIFIED_RATE, 180, 400, 190, 390);
		List<IndicatorComparison> teachers = List.of(count(Indicator.FULLTIME_TEACHERS, 650, 620),
				count(Indicator.PARTTIME_TEACHERS, 100, 80), ratio, dual,
				rate(Indicator.SENIOR_TITLE_RATE, 170, 650, 160, 620),
				rate(Indicator.POSTGRADUATE_RATE, 260, 650, 240, 620), amount(Indicator.MEAN_PRACTICE_DAYS, 32.5, 30.0),
				amount(Indicator.MEAN_TRAINING_HOURS, 68.0, 72.0));
		IndicatorComparison equipment = amount(Indicator.EQUIPMENT_PER_STUDENT, 4536.0, 4380.0);
		IndicatorComparison books = amount(Indicator.BOOKS_PER_STUDENT, 72.4, 70.1);
		IndicatorComparison workstations = amount(Indicator.WORKSTATIONS_PER_STUDENT, 0.62, 0.6);
		IndicatorComparison funding = amount(Indicator.FUNDING_PER_STUDENT, 13500.0, 13000.0);
		List<IndicatorComparison> perStudent = List.of(equipment, workstations, books, funding);
		List<ResourceRow> resources = List.of(new ResourceRow("教学科研仪器设备资产总值", "万元", 5600.0, equipment),
				new ResourceRow("校内实践教学工位数", "个", 7654.0, workstations), new ResourceRow("纸质图书", "册", 893778.0, books),
				new ResourceRow("教学用计算机", "台", 3200.0, null));
		IndicatorComparison partnerships = count(Indicator.PARTNERSHIPS, 36, 30);

		List<DestinationRow> destinations = List.of(new DestinationRow("10", "签订就业协议/劳动合同", "employed", 1900, 0.55),
				new DestinationRow("11", "灵活就业", "employed", 700, 0.2),
				new DestinationRow("12", "自主创业", "employed", 40, 0.012),
				new DestinationRow("13", "应征义务兵", "employed", 60, 0.017),
				new DestinationRow("14", "国家和地方基层项目", "employed", 100, 0.029),
				new DestinationRow("20", "升学（专升本、高职）", "further_study", 500, 0.145),
				new DestinationRow("21", "出国（境）留学", "further_study", 35, 0.01),
				new DestinationRow("30", "待就业", "not_placed", 101, 0.029),
				new DestinationRow("31", "暂不就业", "not_placed", 20, 0.006));
		ChartSeries destinationChart = new ChartSeries("毕业去向分布", "人",
				destinations.stream().map((d) -> new ChartPoint(d.name(), d.count())).toList());
		ChartSeries industries = new ChartSeries("就业毕业生行业门类分布", "人",
				List.of(new ChartPoint("制造业", 820), new ChartPoint("信息传输、软件和信息技术服务业", 610),
						new ChartPoint("批发和零售业", 380), new ChartPoint("建筑业", 250), new ChartPoint("交通运输、仓储和邮政业", 190),
						new ChartPoint("教育", 120), new ChartPoint("卫生和社会工作", 90)));

		List<MajorOutcomeRow> byMajor = new ArrayList<>();
		List<MajorRow> majorRows = new ArrayList<>();
		for (int i = 0; i < majors; i++) {
			String code = String.valueOf(510201 + i);
			String name = "专业" + (i + 1) + "（" + ((i % 2 == 0) ? "计算机应用技术" : "机电一体化技术") + "）";
			byMajor.add(new MajorOutcomeRow(code, name, 60 + i,
					IndicatorValue.quotient(Indicator.PLACEMENT_RATE, 55.0 + (i % 5), 60.0 + i),
					IndicatorValue.quotient(Indicator.EMPLOYMENT_RATE, 45.0, 60.0 + i),
					IndicatorValue.quotient(Indicator.FURTHER_STUDY_RATE, 10.0, 60.0 + i),
					IndicatorValue.quotient(Indicator.RELATED_EMPLOYMENT_RATE, 30.0, 40.0)));
			majorRows.add(new MajorRow(code, name, (i % 2 == 0) ? "电子与信息大类" : "装备制造大类", 3, 150, 148, 140, 420, 120));
		}
		List<MajorDivisionRow> divisions = List.of(
				new MajorDivisionRow("51", "电子与信息大类", (majors + 1) / 2, 1900, 6200, 1800),
				new MajorDivisionRow("46", "装备制造大类", majors / 2, 1800, 6145, 1656));

		Threshold ratioLimit = new Threshold(Indicator.STUDENT_TEACHER_RATIO, "高职", Comparison.AT_MOST, 18, false);
		Threshold dualLimit = new Threshold(Indicator.DUAL_QUALIFIED_RATE, "高职", Comparison.AT_LEAST, 0.5, false);
		Threshold placementLimit = new Threshold(Indicator.PLACEMENT_RATE, "高职", Comparison.AT_LEAST, 0.9, false);
		List<ThresholdCheck> checks = List.of(
				new ThresholdCheck(Indicator.STUDENT_TEACHER_RATIO, ratio.current(), ratioLimit,
						ThresholdStatus.NOT_MET),
				new ThresholdCheck(Indicator.DUAL_QUALIFIED_RATE, dual.current(), dualLimit, ThresholdStatus.NOT_MET),
				new ThresholdCheck(Indicator.PLACEMENT_RATE, placement.current(), placementLimit, ThresholdStatus.MET));

		SchoolCover cover = new SchoolCover("4144010001", SCHOOL_NAME, year + "年度职业教育质量报告", "广东省",
				LocalDate.of(2024, 9, 30), 2, LocalDate.of(2024, 9, 1));
		SchoolOverview overview = new SchoolOverview("4144010001", SCHOOL_NAME, "高职专科", "高职专科", "高职", "公办", "440106",
				"天河区", "广州市", "广东省", 12345, resources, perStudent);
		StudentDevelopment studentDevelopment = new StudentDevelopment(new Intake(4000, 3900, 3700, 12345, 800), intake,
				3456, destinations, destinationChart, outcomes, byMajor,
				new IncomeSummary(meanIncome, medianIncome, 812), List.of(inProvince, inCity), industries,
				new ChartSeries("单位性质", "人", List.of()));
		TeachingSection teaching = new TeachingSection(divisions, majorRows, teachers,
				new ChartSeries("专任教师职称结构", "人",
						List.of(new ChartPoint("正高级", 40), new ChartPoint("副高级", 130), new ChartPoint("中级", 310),
								new ChartPoint("初级", 120), new ChartPoint("未定职级", 50))),
				new ChartSeries("专任教师学历结构", "人",
						List.of(new ChartPoint("研究生", 260), new ChartPoint("本科", 370), new ChartPoint("专科及以下", 20))),
				new ChartSeries("双师型教师", "人", List.of(new ChartPoint("双师型", 180), new ChartPoint("非双师型", 220))));
		ServiceContribution service = new ServiceContribution(List.of(inProvince, inCity),
				new ChartSeries("就业地区分布", "人",
						List.of(new ChartPoint("本市", 1500), new ChartPoint("省内其他地市", 800), new ChartPoint("省外", 350),
								new ChartPoint("未填写地区", 50))),
				industries, true, partnerships, new ChartSeries("校企合作形式", "项", List.of(new ChartPoint("订单班", 12),
						new ChartPoint("现代学徒制", 8), new ChartPoint("产业学院", 4), new ChartPoint("共建实训基地", 12))),
				850, 320, 95);
		ChallengesSection challenges = new ChallengesSection(
				List.of("生师比为17.6:1，高于合格线（≤18）。", "双师型教师占专业课教师比例为45.0%，低于合格线（≥50%），较上年下降3.7个百分点。"), true);
		List<IndicatorComparison> scorecard = new ArrayList<>(intake);
		scorecard.addAll(outcomes);
		scorecard.addAll(List.of(meanIncome, medianIncome, inProvince, inCity));
		List<IndicatorComparison> resourceTable = new ArrayList<>(teachers);
		resourceTable.addAll(perStudent);
		resourceTable.add(partnerships);
		return new SchoolReport(year, true, cover, overview, studentDevelopment, teaching, service,
				new ConditionsSection(checks), challenges, new Appendix(scorecard, resourceTable));
	}

	static ProvincialReport province(int schools) {
		int year = 2024;
		List<IndicatorComparison> all = List.of(count(Indicator.STUDENTS, 456789, 441000),
				count(Indicator.GRADUATES, 120345, 118000),
				rate(Indicator.PLACEMENT_RATE, 115531, 120345, 111800, 118000),
				rate(Indicator.EMPLOYMENT_RATE, 90000, 120345, 89000, 118000),
				rate(Indicator.DUAL_QUALIFIED_RATE, 9100, 16000, 8600, 15500));
		GroupIndicators province = new GroupIndicators("province", "全省", schools, all);
		List<GroupIndicators> byType = List.of(new GroupIndicators("中等职业学校", "中等职业学校", schools / 2, all),
				new GroupIndicators("高职专科", "高职专科", schools / 2, all));
		List<GroupIndicators> byCity = List.of(new GroupIndicators("440100", "广州市", schools / 3, all),
				new GroupIndicators("440300", "深圳市", schools / 3,
						List.of(rate(Indicator.PLACEMENT_RATE, 900, 1000, 880, 1000))),
				new GroupIndicators("440600", "佛山市", schools / 3,
						List.of(rate(Indicator.PLACEMENT_RATE, 930, 1000, 940, 1000))));
		SubmissionStatusSection status = new SubmissionStatusSection(
				List.of(new StatusCount("中等职业学校", 300, 260, 20, 10, 10), new StatusCount("高职专科", 90, 80, 5, 3, 2)),
				List.of(new StatusCount("广州市", 150, 130, 10, 5, 5), new StatusCount("深圳市", 240, 210, 15, 8, 7)),
				new StatusCount("合计", 390, 340, 25, 13, 12),
				List.of(new NotAcceptedSchool("4144010099", "某某中等职业学校", "中等职业学校", "广州市", SubmissionState.REJECTED, 12,
						List.of("必填项为空", "代码不在代码表中")),
						new NotAcceptedSchool("4144010098", "某某技工学校", "技工学校", "深圳市", SubmissionState.NOT_SUBMITTED, 0,
								List.of())),
				List.of(new SchoolStatus("4144010099", "某某中等职业学校", "中等职业学校", "广州市", SubmissionState.REJECTED,
						ReviewState.NOT_SUBMITTED),
						new SchoolStatus("4144010100", "第1职业学校", "中等职业学校", "广州市", SubmissionState.ACCEPTED,
								ReviewState.APPROVED)));
		List<SpreadRow> spreads = List.of(
				new SpreadRow(Indicator.PLACEMENT_RATE, schools, 0.78, 0.91, 0.95, 0.975, 1.0, 0.96),
				new SpreadRow(Indicator.EMPLOYMENT_RATE, schools, 0.5, 0.68, 0.75, 0.82, 0.95, 0.748),
				new SpreadRow(Indicator.RELATED_EMPLOYMENT_RATE, schools, 0.4, 0.6, 0.7, 0.78, 0.92, 0.69),
				new SpreadRow(Indicator.DUAL_QUALIFIED_RATE, schools, 0.2, 0.45, 0.56, 0.64, 0.85, 0.57));
		List<RankingRow> rankingRows = new ArrayList<>();
		List<WarningEntry> warnings = new ArrayList<>();
		Threshold placementLimit = new Threshold(Indicator.PLACEMENT_RATE, "中职", Comparison.AT_LEAST, 0.9, false);
		for (int i = 0; i < schools; i++) {
			String code = String.valueOf(4144010100L + i);
			IndicatorValue value = IndicatorValue.quotient(Indicator.PLACEMENT_RATE, 1000.0 - 3 * i, 1000.0);
			rankingRows.add(new RankingRow(i + 1, code, "第" + (i + 1) + "职业学校", "中等职业学校", "广州市", value));
			if (value.value() < 0.9) {
				warnings.add(new WarningEntry(code, "第" + (i + 1) + "职业学校", "中等职业学校", "广州市",
						new ThresholdCheck(Indicator.PLACEMENT_RATE, value, placementLimit, ThresholdStatus.NOT_MET)));
			}
		}
		List<Ranking> rankings = List.of(new Ranking(Indicator.PLACEMENT_RATE, rankingRows));
		ProvincialCover cover = new ProvincialCover("广东省", "广东省" + year + "年度职业教育质量报告", LocalDate.of(2024, 9, 30),
				LocalDate.of(2024, 9, 28), schools);
		return new ProvincialReport(year, true, cover, status, province, byType, byCity, spreads, rankings, warnings,
				new ChartSeries("就业行业门类分布", "人",
						List.of(new ChartPoint("制造业", 30000), new ChartPoint("建筑业", 12000),
								new ChartPoint("批发和零售业", 9000), new ChartPoint("信息传输、软件和信息技术服务业", 11000))),
				new ChartSeries("就业地区分布", "人", List.of(new ChartPoint("省内", 70000), new ChartPoint("省外", 15000),
						new ChartPoint("未填写地区", 2000))));
	}

	private static IndicatorComparison rate(Indicator indicator, double num, double den, double prevNum,
			double prevDen) {
		return new IndicatorComparison(indicator, IndicatorValue.quotient(indicator, num, den),
				IndicatorValue.quotient(indicator, prevNum, prevDen));
	}

	private static IndicatorComparison count(Indicator indicator, double current, double previous) {
		return new IndicatorComparison(indicator, IndicatorValue.of(indicator, current),
				IndicatorValue.of(indicator, previous));
	}

	private static IndicatorComparison amount(Indicator indicator, double current, double previous) {
		return count(indicator, current, previous);
	}

}
