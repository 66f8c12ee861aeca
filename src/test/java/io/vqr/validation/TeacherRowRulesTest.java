package io.vqr.validation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.teacher;
import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/** 教师's cross-field rules at their boundaries. */
class TeacherRowRulesTest {

	private static final LocalDate CENSUS = RuleParameters.censusDate(Records.YEAR);

	private static List<Rule> rules(String... keysAndTexts) {
		return Records.rulesOf(SubmissionStandard.TEACHERS, with(teacher(), keysAndTexts));
	}

	private static List<Rule> bornOn(LocalDate birth) {
		return rules("birth_date", birth.toString());
	}

	@Test
	void theCleanRecordHasNoFinding() {
		assertThat(rules()).isEmpty();
	}

	@Test
	@TestsRule(Rule.W_AGE)
	void ageOnTheCensusDayWithinItsBoundsInclusive() {
		assertThat(CENSUS).isEqualTo(LocalDate.of(2024, 9, 30));
		long youngest = RuleParameters.TEACHER_AGE.min();
		long oldest = RuleParameters.TEACHER_AGE.max();
		// 18 on the census day itself: within; one day short of 18: too young
		assertThat(bornOn(CENSUS.minusYears(youngest))).isEmpty();
		assertThat(bornOn(CENSUS.minusYears(youngest).plusDays(1))).containsExactly(Rule.W_AGE);
		assertThat(bornOn(CENSUS.minusYears(youngest + 1))).isEmpty();
		// 75 until the day before turning 76: within; 76 on the census day: too old
		assertThat(bornOn(CENSUS.minusYears(oldest - 1))).isEmpty();
		assertThat(bornOn(CENSUS.minusYears(oldest + 1).plusDays(1))).isEmpty();
		assertThat(bornOn(CENSUS.minusYears(oldest + 1))).containsExactly(Rule.W_AGE);
	}

	@Test
	@TestsRule(Rule.W_AGE)
	void aBirthMonthCountsFromItsFirstDay() {
		// 2006年10月 is read as 2006-10-01: one day short of 18 on 2024-09-30
		assertThat(rules("birth_date", "2006年9月")).isEmpty();
		assertThat(rules("birth_date", "2006年10月")).containsExactly(Rule.W_AGE);
		assertThat(rules("birth_date", "1948年10月")).isEmpty();
		assertThat(rules("birth_date", "1948年9月")).containsExactly(Rule.W_AGE);
	}

	@Test
	@TestsRule(Rule.W_AGE)
	void theAgeMessageStatesTheBoundsAndTheCensusDay() {
		assertThat(RuleParameters.TEACHER_AGE.text()).isEqualTo("18–75");
		Records records = Records.of(SubmissionStandard.TEACHERS);
		records.check(with(teacher(), "birth_date", "1940-05-01"));
		assertThat(records.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.isEqualTo("出生日期 1940-05-01 对应的年龄为 84 岁（截至 2024年9月30日），不在18–75岁之间。请核对出生日期。"));
	}

	@Test
	@TestsRule(Rule.W_AGE)
	void noBirthDateIsItsOwnFinding() {
		assertThat(rules("birth_date", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(rules("birth_date", "  ")).containsExactly(Rule.R_REQUIRED);
		assertThat(rules("birth_date", "不详")).containsExactly(Rule.R_TYPE);
	}

	@Test
	@TestsRule(Rule.W_TEACHER_MAJOR)
	void aTeachersMajorIfGivenIsOffered() {
		assertThat(rules("major_code", Records.MAJOR)).isEmpty();
		assertThat(rules("major_code", null)).isEmpty();
		assertThat(rules("major_code", " ")).isEmpty();
		assertThat(rules("major_code", Records.OTHER_MAJOR)).containsExactly(Rule.W_TEACHER_MAJOR);
		assertThat(rules("major_code", "999999")).containsExactly(Rule.R_MAJOR_UNKNOWN);
	}

	@Test
	@TestsRule(Rule.W_GENDER_ID)
	void aTeachersGenderAsTheIdNumberSays() {
		assertThat(rules("gender", "女")).isEmpty();
		assertThat(rules("gender", "男")).containsExactly(Rule.W_GENDER_ID);
	}

}
