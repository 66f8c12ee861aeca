package io.vqr.indicators;

import java.util.List;

import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.MajorOutcomeRow;
import io.vqr.report.model.MajorRow;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.vqr.indicators.ProvinceFixture.S1;
import static io.vqr.indicators.ProvinceFixture.S2;
import static io.vqr.indicators.ProvinceFixture.S3;
import static io.vqr.indicators.ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator against values computed by hand from {@link ProvinceFixture}: rates
 * with numerator and denominator, empty when the denominator is 0, pooled group values,
 * medians, spreads and breakdowns.
 */
class IndicatorRepositoryTest {

	private static final Offset<Double> EXACT = Offset.offset(1e-9);

	private static IndicatorSnapshot snapshot;

	private static WarehouseFixture db;

	@BeforeAll
	static void load() {
		db = ProvinceFixture.create("indicators");
		snapshot = new IndicatorRepository(db.jdbc).load(YEAR);
	}

	@Test
	void studentDevelopmentOfASchoolWithEveryDestination() {
		rate(S1, Indicator.PLAN_COMPLETION_RATE, 140, 150);
		rate(S1, Indicator.REGISTRATION_RATE, 125, 140);
		count(S1, Indicator.NEW_STUDENTS, 125);
		count(S1, Indicator.STUDENTS, 400);
		rate(S1, Indicator.THROUGH_TRACK_SHARE, 30, 400);
		count(S1, Indicator.GRADUATES, 10);
		rate(S1, Indicator.PLACEMENT_RATE, 8, 10);
		rate(S1, Indicator.EMPLOYMENT_RATE, 6, 10);
		rate(S1, Indicator.FURTHER_STUDY_RATE, 2, 10);
		rate(S1, Indicator.ENTREPRENEURSHIP_RATE, 1, 10);
		rate(S1, Indicator.RELATED_EMPLOYMENT_RATE, 3, 5);
		rate(S1, Indicator.MEAN_MONTHLY_INCOME, 18000, 4);
		IndicatorValue median = snapshot.value(S1, Indicator.MEDIAN_MONTHLY_INCOME);
		assertThat(median.value()).isCloseTo(4500, EXACT);
		assertThat(median.n()).isEqualTo(4);
		rate(S1, Indicator.IN_PROVINCE_EMPLOYMENT_RATE, 3, 4);
		rate(S1, Indicator.IN_CITY_EMPLOYMENT_RATE, 2, 4);
	}

	@Test
	void teachersAndResources() {
		count(S1, Indicator.FULLTIME_TEACHERS, 4);
		count(S1, Indicator.PARTTIME_TEACHERS, 2);
		rate(S1, Indicator.STUDENT_TEACHER_RATIO, 400, 5);
		assertThat(snapshot.value(S1, Indicator.STUDENT_TEACHER_RATIO).value()).isCloseTo(80, EXACT);
		rate(S1, Indicator.DUAL_QUALIFIED_RATE, 2, 3);
		rate(S1, Indicator.SENIOR_TITLE_RATE, 2, 4);
		rate(S1, Indicator.POSTGRADUATE_RATE, 2, 4);
		rate(S1, Indicator.MEAN_PRACTICE_DAYS, 60, 3);
		rate(S1, Indicator.MEAN_TRAINING_HOURS, 100, 4);
		rate(S1, Indicator.EQUIPMENT_PER_STUDENT, 1_200_000, 400);
		rate(S1, Indicator.WORKSTATIONS_PER_STUDENT, 200, 400);
		rate(S1, Indicator.BOOKS_PER_STUDENT, 10000, 400);
		count(S1, Indicator.FUNDING_PER_STUDENT, 15000);
		count(S1, Indicator.PARTNERSHIPS, 2);
		count(S2, Indicator.PARTNERSHIPS, 0);
	}

	@Test
	void aZeroDenominatorGivesAnEmptyValueNeverZero() {
		// S2 has no 专业课 teacher, S3 no graduates and a plan of 0
		empty(S2, Indicator.DUAL_QUALIFIED_RATE, 0);
		empty(S2, Indicator.MEAN_PRACTICE_DAYS, 0);
		empty(S3, Indicator.PLACEMENT_RATE, 0);
		empty(S3, Indicator.RELATED_EMPLOYMENT_RATE, 0);
		empty(S3, Indicator.PLAN_COMPLETION_RATE, 0);
		empty(S3, Indicator.MEAN_MONTHLY_INCOME, 0);
		assertThat(snapshot.value(S3, Indicator.MEDIAN_MONTHLY_INCOME).value()).isNull();
		assertThat(snapshot.value(S2, Indicator.FUNDING_PER_STUDENT).value()).isNull();
		count(S3, Indicator.GRADUATES, 0);
		// a numerator of 0 over a real denominator is a real 0
		rate(S2, Indicator.THROUGH_TRACK_SHARE, 0, 600);
	}

	@Test
	void onlyTheCurrentSubmissionCounts() {
		count(S1, Indicator.STUDENTS, 400);
		assertThat(snapshot.school(S1).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void previousYear() {
		assertThat(snapshot.previousSchools()).containsOnlyKeys(S1);
		assertThat(snapshot.previousValue(S1, Indicator.PLACEMENT_RATE).value()).isCloseTo(0.9, EXACT);
		assertThat(snapshot.previousValue(S1, Indicator.STUDENTS).value()).isCloseTo(380, EXACT);
		assertThat(snapshot.previousValue(S2, Indicator.STUDENTS).isEmpty()).isTrue();
	}

	@Test
	void groupValuesArePooledNotTheMeanOfTheSchoolsRates() {
		GroupValues province = snapshot.province();
		assertThat(province.schools()).isEqualTo(3);
		// S1 8/10 and S2 3/5: the mean of the rates would be 0.7
		pooled(province, Indicator.PLACEMENT_RATE, 11, 15);
		assertThat(province.value(Indicator.PLACEMENT_RATE).value()).isNotCloseTo(0.7, Offset.offset(0.01));
		pooled(province, Indicator.STUDENT_TEACHER_RATIO, 1100, 12);
		assertThat(province.value(Indicator.STUDENTS).value()).isCloseTo(1100, EXACT);
		assertThat(province.value(Indicator.GRADUATES).value()).isCloseTo(15, EXACT);
		// median over every income row of the province: 3000 4000 5000 [5000] 6000 6000
		// 8000
		assertThat(province.value(Indicator.MEDIAN_MONTHLY_INCOME).value()).isCloseTo(5000, EXACT);
		assertThat(province.value(Indicator.MEDIAN_MONTHLY_INCOME).n()).isEqualTo(7);
		// funding weighted by students over the schools that give it (15000×400 +
		// 10000×100) / 500
		assertThat(province.value(Indicator.FUNDING_PER_STUDENT).value()).isCloseTo(14000, EXACT);
		pooled(province, Indicator.DUAL_QUALIFIED_RATE, 3, 8);
	}

	@Test
	void groupsByCityAndType() {
		GroupValues guangzhou = group(GroupKind.CITY, "440100");
		assertThat(guangzhou.schools()).isEqualTo(2);
		pooled(guangzhou, Indicator.PLACEMENT_RATE, 8, 10);
		pooled(guangzhou, Indicator.STUDENT_TEACHER_RATIO, 500, 10);
		GroupValues shenzhen = group(GroupKind.CITY, "440300");
		pooled(shenzhen, Indicator.PLACEMENT_RATE, 3, 5);
		GroupValues vocational = group(GroupKind.TYPE, "高职专科");
		assertThat(vocational.value(Indicator.DUAL_QUALIFIED_RATE).value()).isNull();
		assertThat(snapshot.groups(GroupKind.TYPE)).extracting(GroupValues::key)
			.containsExactlyInAnyOrder("中等职业学校", "高职专科", "技师学院");
		assertThat(snapshot.previousGroup(GroupKind.PROVINCE, "").orElseThrow().value(Indicator.PLACEMENT_RATE).value())
			.isCloseTo(0.9, EXACT);
		assertThat(snapshot.previousGroup(GroupKind.CITY, "440300")).isEmpty();
	}

	@Test
	void spreadAcrossSchoolsUsesPercentileCont() {
		// placement: S1 0.8, S2 0.6 (S3 has none)
		assertThat(snapshot.spreadCount(Indicator.PLACEMENT_RATE)).isEqualTo(2);
		assertThat(snapshot.spread(Indicator.PLACEMENT_RATE))
			.containsExactly(new double[] { 0.6, 0.65, 0.7, 0.75, 0.8 }, Offset.offset(1e-9));
		// dual: S1 2/3, S3 1/5 (S2 has none)
		double[] dual = snapshot.spread(Indicator.DUAL_QUALIFIED_RATE);
		assertThat(dual[0]).isCloseTo(0.2, EXACT);
		assertThat(dual[2]).isCloseTo((0.2 + 2.0 / 3) / 2, EXACT);
		assertThat(dual[4]).isCloseTo(2.0 / 3, EXACT);
	}

	@Test
	void breakdowns() {
		assertThat(snapshot.breakdown(S1, Breakdown.DESTINATION)).extracting(BreakdownItem::key)
			.containsExactlyInAnyOrder("10", "11", "12", "13", "20", "21", "30", "31");
		// C given as a letter and as division 13 (农副食品加工业), P as a letter
		assertThat(snapshot.breakdown(S1, Breakdown.INDUSTRY_SECTION)).containsExactly(new BreakdownItem("C", "制造业", 2),
				new BreakdownItem("P", "教育", 1));
		assertThat(snapshot.breakdown(IndicatorSnapshot.PROVINCE, Breakdown.INDUSTRY_SECTION))
			.containsExactly(new BreakdownItem("C", "制造业", 5), new BreakdownItem("P", "教育", 1));
		assertThat(snapshot.breakdown(S1, Breakdown.EMPLOYMENT_REGION)).containsExactlyInAnyOrder(
				new BreakdownItem("city", null, 2), new BreakdownItem("province", null, 1),
				new BreakdownItem("outside", null, 1), new BreakdownItem("unknown", null, 1));
		assertThat(snapshot.breakdown(S1, Breakdown.EMPLOYER_KIND))
			.containsExactlyInAnyOrder(new BreakdownItem("国有企业", null, 1), new BreakdownItem("民营企业", null, 1));
		assertThat(snapshot.breakdown(S1, Breakdown.DUAL_QUALIFIED))
			.containsExactlyInAnyOrder(new BreakdownItem("yes", null, 2), new BreakdownItem("no", null, 1));
		assertThat(snapshot.breakdown(S1, Breakdown.PARTNERSHIP_PEOPLE)).containsExactlyInAnyOrder(
				new BreakdownItem("interns", null, 10), new BreakdownItem("hires", null, 5),
				new BreakdownItem("mentors", null, 2));
	}

	@Test
	void outcomesByMajor() {
		List<MajorOutcomeRow> rows = snapshot.outcomes(S1);
		assertThat(rows).extracting(MajorOutcomeRow::majorCode).containsExactly("710201", "660101");
		MajorOutcomeRow computing = rows.get(0);
		assertThat(computing.graduates()).isEqualTo(7);
		assertThat(computing.placementRate().value()).isCloseTo(6.0 / 7, EXACT);
		assertThat(computing.employmentRate().value()).isCloseTo(4.0 / 7, EXACT);
		assertThat(computing.furtherStudyRate().value()).isCloseTo(2.0 / 7, EXACT);
		assertThat(computing.relatedEmploymentRate().value()).isCloseTo(0.5, EXACT);
		assertThat(rows.get(1).furtherStudyRate().value()).isCloseTo(0, EXACT);
	}

	@Test
	void majorsWithTheirDivision() {
		assertThat(snapshot.majors(S1)).extracting(MajorRow::divisionName).containsExactly("电子与信息大类", "装备制造大类");
		assertThat(snapshot.divisionCode(S1, "电子与信息大类")).isEqualTo("71");
		assertThat(snapshot.majors(S3)).extracting(MajorRow::divisionName).containsExactly("技工类·机械类");
	}

	private static GroupValues group(GroupKind kind, String key) {
		return snapshot.groups(kind).stream().filter((g) -> g.key().equals(key)).findFirst().orElseThrow();
	}

	private static void rate(String school, Indicator indicator, double numerator, double denominator) {
		IndicatorValue value = snapshot.value(school, indicator);
		assertThat(value.numerator()).as(indicator.code()).isCloseTo(numerator, EXACT);
		assertThat(value.denominator()).as(indicator.code()).isCloseTo(denominator, EXACT);
		assertThat(value.value()).as(indicator.code()).isCloseTo(numerator / denominator, EXACT);
	}

	private static void pooled(GroupValues group, Indicator indicator, double numerator, double denominator) {
		IndicatorValue value = group.value(indicator);
		assertThat(value.numerator()).as(indicator.code()).isCloseTo(numerator, EXACT);
		assertThat(value.denominator()).as(indicator.code()).isCloseTo(denominator, EXACT);
		assertThat(value.value()).as(indicator.code()).isCloseTo(numerator / denominator, EXACT);
	}

	private static void count(String school, Indicator indicator, double expected) {
		assertThat(snapshot.value(school, indicator).value()).as(indicator.code()).isCloseTo(expected, EXACT);
	}

	private static void empty(String school, Indicator indicator, double denominator) {
		IndicatorValue value = snapshot.value(school, indicator);
		assertThat(value.value()).as(indicator.code()).isNull();
		assertThat(value.denominator()).as(indicator.code()).isCloseTo(denominator, EXACT);
	}

}
