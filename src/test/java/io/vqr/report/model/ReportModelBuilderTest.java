package io.vqr.report.model;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.ProvinceFixture;
import io.vqr.indicators.WarehouseFixture;
import io.vqr.report.TemplateFiles;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.vqr.indicators.ProvinceFixture.S1;
import static io.vqr.indicators.ProvinceFixture.S2;
import static io.vqr.indicators.ProvinceFixture.S3;
import static io.vqr.indicators.ProvinceFixture.S4;
import static io.vqr.indicators.ProvinceFixture.S5;
import static io.vqr.indicators.ProvinceFixture.S6;
import static io.vqr.indicators.ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The school and provincial models built from {@link ProvinceFixture}, with the shipped
 * thresholds and sentence templates.
 */
class ReportModelBuilderTest {

	private static final Offset<Double> EXACT = Offset.offset(1e-9);

	private static WarehouseFixture db;

	private static ReportModelBuilder builder;

	private static SchoolReport s1;

	private static ProvincialReport province;

	@BeforeAll
	static void build() {
		db = ProvinceFixture.create("reportmodel");
		builder = new ReportModelBuilder(db.jdbc, new TemplateFiles(null, Path.of("does-not-exist")), Clock
			.fixed(LocalDate.of(2025, 1, 15).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
		s1 = builder.school(YEAR, S1);
		province = builder.province(YEAR);
	}

	@Test
	void cover() {
		SchoolCover cover = s1.cover();
		assertThat(cover.schoolName()).isEqualTo("广州示范职业技术学校");
		assertThat(cover.title()).isEqualTo("2024年度职业教育质量报告");
		assertThat(cover.provinceName()).isEqualTo("广东省");
		assertThat(cover.generatedOnText()).isEqualTo("2025年1月15日");
		assertThat(cover.dataVersion()).isEqualTo(2);
		assertThat(cover.dataVersionText()).isEqualTo("第2版（2024年10月8日）");
	}

	@Test
	void overview() {
		SchoolOverview overview = s1.overview();
		assertThat(overview.schoolType()).isEqualTo("中等职业学校");
		assertThat(overview.level()).isEqualTo("中职");
		assertThat(overview.thresholdGroup()).isEqualTo("中职");
		assertThat(overview.fullRegionName()).isEqualTo("广东省广州市天河区");
		assertThat(overview.students()).isEqualTo(400);
		assertThat(overview.resources().get(0).name()).isEqualTo("教学科研仪器设备资产总值");
		assertThat(overview.resources().get(0).unit()).isEqualTo("万元");
		assertThat(overview.resources().get(0).totalText()).isEqualTo("120");
		assertThat(overview.resources().get(0).perStudent().currentText()).isEqualTo("3,000");
		assertThat(builder.school(YEAR, S3).overview().fullRegionName()).isEqualTo("广东省广州市");
	}

	@Test
	void studentDevelopment() {
		StudentDevelopment students = s1.students();
		assertThat(students.intake()).isEqualTo(new Intake(150, 140, 125, 400, 30));
		assertThat(students.graduates()).isEqualTo(10);
		assertThat(students.destinations()).hasSize(9);
		DestinationRow signed = students.destinations().get(0);
		assertThat(signed.code()).isEqualTo("10");
		assertThat(signed.count()).isEqualTo(2);
		assertThat(signed.shareText()).isEqualTo("20.0%");
		// code 14 has nobody: in the table, not in the chart
		assertThat(students.destinationChart().points()).hasSize(8);
		assertThat(students.income().n()).isEqualTo(4);
		assertThat(students.income().mean().currentText()).isEqualTo("4,500");
		assertThat(students.income().mean().changeText()).isEqualTo("下降10.0%");
		assertThat(students.employmentByIndustry().points()).containsExactly(new ChartPoint("制造业", 2),
				new ChartPoint("教育", 1));
		assertThat(students.byMajor()).hasSize(2);
	}

	@Test
	void yearOverYear() {
		assertThat(s1.previousYearAvailable()).isTrue();
		IndicatorComparison placement = s1.indicator(Indicator.PLACEMENT_RATE);
		assertThat(placement.currentText()).isEqualTo("80.0%");
		assertThat(placement.previousText()).isEqualTo("90.0%");
		assertThat(placement.changeText()).isEqualTo("-10.0个百分点");
		assertThat(s1.indicator(Indicator.STUDENTS).changeText()).isEqualTo("增长5.3%");
		assertThat(s1.indicator(Indicator.SENIOR_TITLE_RATE).changeText()).isEqualTo("+25.0个百分点");
		SchoolReport s2 = builder.school(YEAR, S2);
		assertThat(s2.previousYearAvailable()).isFalse();
		assertThat(s2.indicator(Indicator.STUDENTS).previousText()).isEqualTo("—");
		assertThat(s2.indicator(Indicator.STUDENTS).changeText()).isEqualTo("—");
		assertThat(s2.indicator(Indicator.DUAL_QUALIFIED_RATE).currentText()).isEqualTo("—");
	}

	@Test
	void teachingAndService() {
		TeachingSection teaching = s1.teaching();
		assertThat(teaching.majorsByDivision()).containsExactly(new MajorDivisionRow("71", "电子与信息大类", 1, 80, 300, 10),
				new MajorDivisionRow("66", "装备制造大类", 1, 45, 100, 5));
		assertThat(teaching.byTitle().points()).containsExactly(new ChartPoint("正高级", 1), new ChartPoint("副高级", 1),
				new ChartPoint("中级", 1), new ChartPoint("初级", 1), new ChartPoint("未评级", 0));
		assertThat(teaching.dualQualified().points()).containsExactly(new ChartPoint("双师型", 2),
				new ChartPoint("非双师型", 1));
		ServiceContribution service = s1.service();
		assertThat(service.employmentByRegion().points()).containsExactly(new ChartPoint("本市", 2),
				new ChartPoint("省内其他地市", 1), new ChartPoint("省外", 1), new ChartPoint("未填写地区", 1));
		assertThat(service.partnershipsGiven()).isTrue();
		assertThat(service.interns()).isEqualTo(10);
		assertThat(service.partnershipsByForm().points()).containsExactly(new ChartPoint("订单班", 1),
				new ChartPoint("产业学院", 1));
		assertThat(builder.school(YEAR, S2).service().partnershipsGiven()).isFalse();
	}

	@Test
	void thresholdsByGroupWithThePublicOnlyOne() {
		// 中职: no postgraduate and no funding threshold; 3000 元 exactly meets ≥ 3000
		assertThat(s1.conditions().checks()).extracting((c) -> c.indicator().code() + " " + c.status().label())
			.containsExactly("student_teacher_ratio 未达标", "dual_qualified_rate 达标", "senior_title_rate 达标",
					"equipment_per_student 达标", "books_per_student 未达标", "placement_rate 未达标");
		assertThat(s1.conditions().checks().get(0).thresholdText()).isEqualTo("≤20:1");
		// 技师学院 is 高职 and 公办: funding applies; no graduates: placement has no data
		assertThat(builder.school(YEAR, S3).conditions().checks())
			.extracting((c) -> c.indicator().code() + " " + c.status().label())
			.containsExactly("student_teacher_ratio 未达标", "dual_qualified_rate 未达标", "senior_title_rate 达标",
					"postgraduate_rate 达标", "equipment_per_student 达标", "books_per_student 达标",
					"funding_per_student 未达标", "placement_rate 无数据");
		// 高职专科 民办: no funding threshold
		assertThat(builder.school(YEAR, S2).conditions().checks()).extracting((c) -> c.indicator().code())
			.doesNotContain("funding_per_student")
			.contains("postgraduate_rate");
	}

	@Test
	void challengesBelowThresholdThenClearlyWorseThanLastYear() {
		assertThat(s1.challenges().found()).isTrue();
		assertThat(s1.challenges().sentences()).containsExactly("生师比为80.0:1，高于20:1的合格线，需加快补充专任教师，优化师资配置。",
				"生均纸质图书为25.0册，低于30册的合格线，需加大图书资源建设投入，丰富纸质图书资源。", "毕业去向落实率为80.0%，低于90%的合格线，需加强就业指导与服务，拓宽毕业生去向渠道。",
				"招生计划完成率为93.3%，较上年下降6.7个百分点，需优化专业设置与招生宣传，提高招生计划完成率。", "新生报到率为89.3%，较上年下降10.7个百分点，需加强新生报到服务，提高新生报到率。",
				"专业对口就业率为60.0%，较上年下降20.0个百分点，需推进岗课赛证融通，提高毕业生专业对口就业水平。",
				"双师型教师占专业课教师比例为66.7%，较上年下降8.3个百分点，需加强“双师型”教师队伍建设。");
		// income fell by exactly 10%: not more than 10%, no sentence; 升学率 has no
		// direction
	}

	@Test
	void appendixRows() {
		assertThat(s1.appendix().scorecard()).hasSize(15);
		assertThat(s1.appendix().resources()).hasSize(13);
		assertThat(s1.appendix().scorecard().get(0).name()).isEqualTo("招生计划完成率");
		assertThat(s1.appendix().resources().get(2).unit()).isEqualTo(":1");
	}

	@Test
	void unknownSchool() {
		assertThatThrownBy(() -> builder.school(YEAR, S4)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(S4);
		assertThat(builder.schoolsWithCurrentData(YEAR)).containsExactly(S1, S2, S3);
	}

	@Test
	void submissionStatus() {
		SubmissionStatusSection status = province.submissions();
		assertThat(status.total()).isEqualTo(new StatusCount("合计", 6, 2, 1, 1, 2));
		assertThat(status.byType()).containsExactly(new StatusCount("中等职业学校", 3, 1, 0, 1, 1),
				new StatusCount("高职专科", 2, 0, 1, 0, 1), new StatusCount("技师学院", 1, 1, 0, 0, 0));
		assertThat(status.byCity()).containsExactly(new StatusCount("广州市", 4, 2, 0, 0, 2),
				new StatusCount("深圳市", 2, 0, 1, 1, 0));
		assertThat(status.notAccepted()).extracting(NotAcceptedSchool::schoolCode).containsExactly(S4, S5, S6);
		assertThat(status.notAccepted().get(0).reason()).isEqualTo("未通过：4个错误，主要为必填项为空、不在代码表中");
		assertThat(status.notAccepted().get(1).reason()).isEqualTo("未报送");
		assertThat(status.notAccepted().get(2).schoolName()).isEqualTo("广州某中职学校");
	}

	@Test
	void provincialIndicatorsArePooledWithLastYear() {
		assertThat(province.cover().title()).isEqualTo("广东省2024年度职业教育质量报告");
		assertThat(province.cover().schoolsWithData()).isEqualTo(3);
		IndicatorComparison placement = province.province().indicator(Indicator.PLACEMENT_RATE);
		assertThat(placement.current().value()).isCloseTo(11.0 / 15, EXACT);
		assertThat(placement.previousText()).isEqualTo("90.0%");
		// 2023 has S1 only: the change compares S1 with itself (80.0% → 90.0%), not three
		// schools with one, and the report says so
		assertThat(placement.changeText()).isEqualTo("-10.0个百分点");
		assertThat(province.province().yearOverYearNote()).isEqualTo("上年数据及变化按两年均有数据的1所学校计算。");
		assertThat(province.byType()).extracting(GroupIndicators::name).containsExactly("中等职业学校", "高职专科", "技师学院");
		assertThat(province.byCity()).extracting(GroupIndicators::name).containsExactly("广州市", "深圳市");
		assertThat(province.byCity().get(0).indicator(Indicator.STUDENT_TEACHER_RATIO).current().value()).isCloseTo(50,
				EXACT);
	}

	@Test
	void spreadsRankingsAndWarnings() {
		SpreadRow placement = province.spreads().get(0);
		assertThat(placement.indicator()).isEqualTo(Indicator.PLACEMENT_RATE);
		assertThat(placement.p25()).isCloseTo(0.65, EXACT);
		assertThat(placement.pooled()).isCloseTo(11.0 / 15, EXACT);
		assertThat(placement.text(placement.max())).isEqualTo("80.0%");
		assertThat(province.rankings().get(0).rows()).extracting(RankingRow::schoolCode).containsExactly(S1, S2);
		Ranking ratio = province.rankings().get(2);
		assertThat(ratio.indicator()).isEqualTo(Indicator.STUDENT_TEACHER_RATIO);
		assertThat(ratio.rows()).extracting(RankingRow::schoolCode).containsExactly(S3, S1, S2);
		assertThat(province.warnings()).hasSize(9);
		assertThat(province.warnings()).extracting((w) -> w.schoolCode() + " " + w.check().indicator().code())
			.contains(S3 + " funding_per_student", S2 + " books_per_student")
			.doesNotContain(S2 + " dual_qualified_rate", S3 + " placement_rate");
	}

	@Test
	void provincialCharts() {
		assertThat(province.employmentByIndustry().points()).containsExactly(new ChartPoint("制造业", 5),
				new ChartPoint("教育", 1));
		assertThat(province.employmentByRegion().points()).containsExactly(new ChartPoint("省内就业", 6),
				new ChartPoint("省外就业", 1), new ChartPoint("未填写地区", 1));
	}

	@Test
	void noIdOrPhoneNumberAnywhere() {
		for (Object model : new Object[] { s1, province, builder.school(YEAR, S2), builder.school(YEAR, S3) }) {
			assertThat(model.toString()).doesNotContain("020-12345678", "440111********123X", "李老师");
		}
	}

	@Test
	void theSnapshotIsReusedUntilTheCurrentDataChanges() {
		IndicatorSnapshot first = builder.snapshot(YEAR);
		assertThat(builder.snapshot(YEAR)).isSameAs(first);
		long id = db.submission(YEAR, "4144000009", "新学校", "ACCEPTED", 1, true);
		db.profile(id, YEAR, "4144000009", "新学校", "中等职业学校", "公办", "440106", 1, 1, 1, 1.0);
		IndicatorSnapshot second = builder.snapshot(YEAR);
		assertThat(second).isNotSameAs(first);
		assertThat(second.schools()).containsKey("4144000009");
		db.jdbc.update("delete from current_submission where submission_id = ?", id);
	}

}
