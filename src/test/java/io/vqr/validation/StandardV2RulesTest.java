package io.vqr.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.body;
import static io.vqr.validation.Records.caseRow;
import static io.vqr.validation.Records.graduate;
import static io.vqr.validation.Records.id;
import static io.vqr.validation.Records.major;
import static io.vqr.validation.Records.profileV2;
import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules standard v2 adds (2025 on), each at its boundaries. */
class StandardV2RulesTest {

	private static List<Rule> rules(String sheetKey, Map<String, String> texts, String... columnsLeftOut) {
		Records records = Records.v2(sheetKey, columnsLeftOut);
		records.check(texts);
		return records.rules();
	}

	private static List<Rule> profile(String... keysAndTexts) {
		return rules(SubmissionStandard.PROFILE, with(profileV2(), keysAndTexts));
	}

	private static List<Rule> aCase(String... keysAndTexts) {
		return rules(SubmissionStandard.CASES, with(caseRow("产教融合", 300), keysAndTexts));
	}

	@Test
	void theCleanV2RecordsHaveNoFinding() {
		assertThat(profile()).isEmpty();
		assertThat(rules(SubmissionStandard.MAJORS, with(major(), "apprentices", "45"))).isEmpty();
		assertThat(rules(SubmissionStandard.GRADUATES, with(graduate(), "certificate", "是"))).isEmpty();
		assertThat(aCase()).isEmpty();
	}

	@Test
	@TestsRule(Rule.R_REQUIRED)
	void newProfileFieldsAreRequiredAndTwoOnlyForPublicSchools() {
		assertThat(profile("building_area", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(profile("parttime_pay", "")).containsExactly(Rule.R_REQUIRED);
		assertThat(profile("courses", "0")).isEmpty();
		assertThat(profile("special_funding_per_student", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(profile("staff_quota", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(profile("ownership", "民办", "special_funding_per_student", null, "staff_quota", null,
				"funding_per_student", null))
			.isEmpty();
		Records records = Records.v2(SubmissionStandard.PROFILE);
		records.check(with(profileV2(), "staff_quota", null));
		assertThat(records.findings()).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("教职工额定编制数")
			.contains("办学性质为 公办 时必填");
	}

	@Test
	@TestsRule(Rule.R_REQUIRED)
	void theCertificateColumnIsOptionalButOnceThereEveryRowFillsIt() {
		Map<String, String> without = with(graduate(), "certificate", null);
		assertThat(rules(SubmissionStandard.GRADUATES, without, "certificate")).isEmpty();
		assertThat(rules(SubmissionStandard.GRADUATES, without)).containsExactly(Rule.R_REQUIRED);
		assertThat(rules(SubmissionStandard.GRADUATES, with(graduate(), "certificate", "否"))).isEmpty();
		assertThat(rules(SubmissionStandard.GRADUATES, with(graduate(), "certificate", "也许")))
			.containsExactly(Rule.R_TYPE);
		Records records = Records.v2(SubmissionStandard.GRADUATES);
		records.check(without);
		assertThat(records.findings().get(0).message()).contains("获得职业资格或职业技能等级证书").contains("每行都须填写");
		assertThat(SubmissionStandard.v1().sheet(SubmissionStandard.GRADUATES).field("certificate")).isEmpty();
	}

	@Test
	@TestsRule(Rule.X_SATISFIED_GT_SAMPLE)
	void satisfiedUpToTheSampleForBothSurveys() {
		assertThat(profile("alumni_survey_n", "320", "alumni_satisfied", "320")).isEmpty();
		assertThat(profile("alumni_survey_n", "320", "alumni_satisfied", "321"))
			.containsExactly(Rule.X_SATISFIED_GT_SAMPLE);
		assertThat(profile("employer_survey_n", "45", "employer_satisfied", "45")).isEmpty();
		assertThat(profile("employer_survey_n", "45", "employer_satisfied", "46"))
			.containsExactly(Rule.X_SATISFIED_GT_SAMPLE);
		assertThat(profile("alumni_survey_n", "0", "alumni_satisfied", "0")).isEmpty();
		assertThat(profile("alumni_survey_n", "0", "alumni_satisfied", "1"))
			.containsExactly(Rule.X_SATISFIED_GT_SAMPLE);
		Records records = Records.v2(SubmissionStandard.PROFILE);
		records.check(with(profileV2(), "employer_survey_n", "45", "employer_satisfied", "50"));
		assertThat(records.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("「其中满意数」50 大于「用人单位满意度调查样本数」45"));
	}

	@Test
	@TestsRule(Rule.X_SATISFIED_GT_SAMPLE)
	void aSurveyIsGivenWholeOrNotAtAll() {
		assertThat(profile("alumni_survey_n", null, "alumni_satisfied", null, "employer_survey_n", null,
				"employer_satisfied", null))
			.isEmpty();
		assertThat(profile("alumni_survey_n", "320", "alumni_satisfied", null))
			.containsExactly(Rule.X_SATISFIED_GT_SAMPLE);
		assertThat(profile("employer_survey_n", null, "employer_satisfied", "43"))
			.containsExactly(Rule.X_SATISFIED_GT_SAMPLE);
		// an unreadable half has its own finding only
		assertThat(profile("alumni_survey_n", "许多", "alumni_satisfied", "298")).containsExactly(Rule.R_TYPE);
		Records records = Records.v2(SubmissionStandard.PROFILE);
		records.check(with(profileV2(), "alumni_survey_n", "320", "alumni_satisfied", null));
		assertThat(records.findings().get(0).message()).contains("填写了「母校满意度调查样本数」，未填写「其中满意人数」");
	}

	@Test
	@TestsRule(Rule.X_APPRENTICE_GT_STUDENTS)
	void apprenticesUpToStudentsInSchool() {
		assertThat(rules(SubmissionStandard.MAJORS, with(major(), "enrolled", "300", "apprentices", "300"))).isEmpty();
		assertThat(rules(SubmissionStandard.MAJORS, with(major(), "enrolled", "300", "apprentices", "301")))
			.containsExactly(Rule.X_APPRENTICE_GT_STUDENTS);
		assertThat(rules(SubmissionStandard.MAJORS, with(major(), "apprentices", null))).isEmpty();
		assertThat(rules(SubmissionStandard.MAJORS, with(major(), "apprentices", "-1"))).containsExactly(Rule.R_RANGE);
		assertThat(rules(SubmissionStandard.MAJORS, with(major(), "apprentices", "1"), "apprentices")).isEmpty();
	}

	@Test
	@TestsRule(Rule.R_CASE_PART)
	void aCaseBelongsToAPartOfTheReport() {
		for (String part : List.of("人才培养", "产教融合", "服务贡献", "文化传承", "国际合作", "发展保障", "学生发展", "校企合作", " 产教融合 ")) {
			assertThat(aCase("part", part)).as(part).isEmpty();
		}
		assertThat(aCase("part", "基本情况")).containsExactly(Rule.R_CASE_PART);
		assertThat(aCase("part", "面临挑战")).containsExactly(Rule.R_CASE_PART);
		assertThat(aCase("part", "其他")).containsExactly(Rule.R_CASE_PART);
		assertThat(aCase("part", null)).containsExactly(Rule.R_REQUIRED);
		Records records = Records.v2(SubmissionStandard.CASES);
		records.check(with(caseRow("产教融合", 300), "part", "其他"));
		assertThat(records.findings().get(0).message()).contains("“其他”").contains("人才培养、产教融合、服务贡献、文化传承、国际合作、发展保障");
	}

	@Test
	@TestsRule(Rule.R_CASE_LENGTH)
	void titleUpTo40AndTextFrom100To2000Characters() {
		assertThat(aCase("title", "案".repeat(RuleParameters.CASE_TITLE_MAX))).isEmpty();
		assertThat(aCase("title", "案".repeat(RuleParameters.CASE_TITLE_MAX + 1))).containsExactly(Rule.R_CASE_LENGTH);
		assertThat(aCase("title", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(aCase("body", body(RuleParameters.CASE_BODY_MIN - 1))).containsExactly(Rule.R_CASE_LENGTH);
		assertThat(aCase("body", body(RuleParameters.CASE_BODY_MIN))).isEmpty();
		assertThat(aCase("body", body(RuleParameters.CASE_BODY_MAX))).isEmpty();
		assertThat(aCase("body", body(RuleParameters.CASE_BODY_MAX + 1))).containsExactly(Rule.R_CASE_LENGTH);
		assertThat(aCase("body", null)).containsExactly(Rule.R_REQUIRED);
		// line breaks and spaces are not characters of the text
		assertThat(aCase("body", body(RuleParameters.CASE_BODY_MIN - 1) + "\n\n   \r\n"))
			.containsExactly(Rule.R_CASE_LENGTH);
		Records records = Records.v2(SubmissionStandard.CASES);
		records.check(with(caseRow("产教融合", 300), "body", body(99)));
		assertThat(records.findings().get(0).message()).isEqualTo("「案例正文」有 99 个字，少于100个字。请补充案例内容。");
	}

	@Test
	@TestsRule(Rule.R_CASE_LENGTH)
	void paragraphsOfTheTextAreKept() {
		Records records = Records.v2(SubmissionStandard.CASES);
		String first = body(60).replace("\n", "");
		String second = body(60).replace("\n", "");
		RowContext row = records
			.check(with(caseRow("产教融合", 300), "body", "  " + first + "\r\n\r\n　" + second + "  \n 电工 电子 \n"));
		assertThat(records.findings()).isEmpty();
		assertThat(row.get("body", String.class)).contains(first + "\n" + second + "\n电工电子");
	}

	@Test
	@TestsRule(Rule.R_CASE_TOO_MANY)
	void atMostThreeCasesPerPartTheExtraRowsAreErrors() {
		Records records = Records.v2(SubmissionStandard.CASES);
		for (int i = 0; i < RuleParameters.CASES_PER_PART; i++) {
			records.check(caseRow("产教融合", 200));
			records.check(caseRow("人才培养", 200));
		}
		assertThat(records.findings()).isEmpty();
		// 校企合作 is 产教融合 under another name
		records.check(caseRow("校企合作", 200));
		records.check(caseRow("产教融合", 200));
		records.check(caseRow("文化传承", 200));
		assertThat(records.findings()).extracting(Finding::rule)
			.containsExactly(Rule.R_CASE_TOO_MANY, Rule.R_CASE_TOO_MANY);
		assertThat(records.findings()).extracting(Finding::excelRow).containsExactly(8, 9);
		assertThat(records.findings().get(0).message()).isEqualTo("「产教融合」部分的第 4 个案例：每个部分最多3个案例。请删除本行，或把它归入其他部分。");
	}

	@Test
	@TestsRule(Rule.R_CASE_PII)
	void anIdNumberInACaseIsAnError() {
		String valid = id(java.time.LocalDate.of(2003, 3, 15), true, 1);
		String wrongCheck = valid.substring(0, 17) + ((valid.charAt(17) == '1') ? "2" : "1");
		assertThat(aCase("body", body(150) + "学生" + valid + "获奖。")).containsExactly(Rule.R_CASE_PII);
		assertThat(aCase("title", "学生" + valid)).containsExactly(Rule.R_CASE_PII);
		assertThat(aCase("body", body(150) + "编号" + wrongCheck + "。")).isEmpty();
		// full-width digits are digits
		assertThat(aCase("body", body(150) + fullWidth(valid))).containsExactly(Rule.R_CASE_PII);
		// the old 15-digit form: region, yyMMdd, serial
		assertThat(aCase("body", body(150) + "身份证440111850315123。")).containsExactly(Rule.R_CASE_PII);
		assertThat(aCase("body", body(150) + "合同号440111851345123。")).isEmpty();
		assertThat(aCase("body", body(150) + "编号4401118503151234。")).isEmpty();
	}

	private static String fullWidth(String ascii) {
		StringBuilder out = new StringBuilder();
		ascii.chars().forEach((c) -> out.append((char) (c + 0xFEE0)));
		return out.toString();
	}

	@Test
	@TestsRule(Rule.R_CASE_PII)
	void aMobileNumberInACaseIsAnErrorWithOrWithoutSeparators() {
		for (String mobile : List.of("13812345678", "138 1234 5678", "138-1234-5678", "19912345678",
				"1 3 8 1 2 3 4 5 6 7 8")) {
			assertThat(aCase("body", body(150) + "联系电话" + mobile + "。")).as(mobile).containsExactly(Rule.R_CASE_PII);
		}
		for (String other : List.of("12812345678", "1381234567", "138123456789", "020-12345678", "2023年1380人次")) {
			assertThat(aCase("body", body(150) + "数据" + other + "。")).as(other).isEmpty();
		}
	}

	@Test
	@TestsRule(Rule.R_CASE_PII)
	void theFindingNeverRepeatsTheNumber() {
		String valid = id(java.time.LocalDate.of(2003, 3, 15), true, 1);
		Records records = Records.v2(SubmissionStandard.CASES);
		records.check(with(caseRow("产教融合", 300), "body", "联系人电话 138-1234-5678，" + body(150)));
		records.check(with(caseRow("产教融合", 300), "body", body(150) + valid));
		assertThat(records.findings()).hasSize(2);
		assertThat(records.findings().get(0).message()).isEqualTo("「案例正文」中含有手机号（第 7 个字起）。质量年报将公开发布，请删除该号码后重新提交。");
		assertThat(records.findings().get(1).message()).contains("身份证号");
		for (Finding finding : records.findings()) {
			assertThat(finding.value() + finding.message()).doesNotContain("1234-5678")
				.doesNotContain("12345678")
				.doesNotContain(valid)
				.doesNotContain(valid.substring(6, 14));
		}
		assertThat(records.findings().get(0).value()).contains("138****5678");
	}

}
