package io.vqr.validation;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/** 基本信息 against the run: the year processed and the file name. */
class ProfileChecksTest {

	private static final String CODE = "4144012345";

	private static List<Rule> yearFindings(String year, Integer runYear) {
		Records records = Records.of(SubmissionStandard.PROFILE);
		RowContext profile = records.check(Records.with(Records.profile(), "year", year));
		ProfileChecks.checkYear(profile, runYear);
		return records.rules();
	}

	private static List<Finding> fileName(String name) {
		return ProfileChecks.checkFileName(name, CODE, YEAR);
	}

	@Test
	@TestsRule(Rule.F_YEAR_MISMATCH)
	void theYearMustBeTheYearProcessed() {
		assertThat(yearFindings(Integer.toString(YEAR), YEAR)).isEmpty();
		assertThat(yearFindings(YEAR + "年", YEAR)).isEmpty();
		assertThat(yearFindings(Integer.toString(YEAR - 1), YEAR)).containsExactly(Rule.F_YEAR_MISMATCH);
		assertThat(yearFindings(Integer.toString(YEAR + 1), YEAR)).containsExactly(Rule.F_YEAR_MISMATCH);
		// offline validation takes the year from the file
		assertThat(yearFindings(Integer.toString(YEAR - 1), null)).isEmpty();
		// no year or no readable year: its own finding, not a mismatch
		assertThat(yearFindings(null, YEAR)).containsExactly(Rule.R_REQUIRED);
		assertThat(yearFindings("　", YEAR)).containsExactly(Rule.R_REQUIRED);
		assertThat(yearFindings("24", YEAR)).containsExactly(Rule.R_TYPE);
	}

	@Test
	@TestsRule(Rule.F_YEAR_MISMATCH)
	void theMismatchSaysBothYears() {
		Records records = Records.of(SubmissionStandard.PROFILE);
		ProfileChecks.checkYear(records.check(Records.with(Records.profile(), "year", "2023")), YEAR);
		assertThat(records.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.isEqualTo("统计年度填写为“2023”，本次采集的是 2024 年度。请核对统计年度，或使用 2024 年度的填报模板。"));
	}

	@Test
	@TestsRule(Rule.W_FILE_NAME)
	void aRunOfTheSchoolCodesDigitsMustBeTheSchoolCode() {
		assertThat(RuleParameters.SCHOOL_CODE_DIGITS).isEqualTo(10);
		assertThat(fileName(CODE + "_2024.xlsx")).isEmpty();
		assertThat(fileName("2024年度数据（" + CODE + "）.xls")).isEmpty();
		assertThat(fileName("4144012346_2024.xlsx")).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.isEqualTo("文件名中的“4144012346”与学校代码 4144012345不一致。建议文件名为 4144012345_2024.xlsx。"));
		// one digit fewer or more is not a school code
		assertThat(fileName("414401234_2024.xlsx")).isEmpty();
		assertThat(fileName("41440123456_2024.xlsx")).isEmpty();
		// without a school code in the file, no run can be another school's
		assertThat(ProfileChecks.checkFileName("4144012346_2024.xlsx", null, YEAR)).isEmpty();
		assertThat(fileName("某某职业学校.xlsx")).isEmpty();
	}

	@Test
	@TestsRule(Rule.W_FILE_NAME)
	void aRunWithinTheYearsMustBeTheYear() {
		long first = RuleParameters.FILE_NAME_YEARS.min();
		long last = RuleParameters.FILE_NAME_YEARS.max();
		assertThat(RuleParameters.FILE_NAME_YEARS.text()).isEqualTo("2000–2099");
		assertThat(fileName(CODE + "_" + (first - 1) + ".xlsx")).isEmpty();
		assertThat(fileName(CODE + "_" + first + ".xlsx")).extracting(Finding::rule).containsExactly(Rule.W_FILE_NAME);
		assertThat(fileName(CODE + "_" + (YEAR - 1) + ".xlsx")).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.isEqualTo("文件名中的“2023”与统计年度 2024不一致。建议文件名为 4144012345_2024.xlsx。"));
		assertThat(fileName(CODE + "_" + YEAR + ".xlsx")).isEmpty();
		assertThat(fileName(CODE + "_" + (YEAR + 1) + ".xlsx")).extracting(Finding::rule)
			.containsExactly(Rule.W_FILE_NAME);
		assertThat(fileName(CODE + "_" + last + ".xlsx")).extracting(Finding::rule).containsExactly(Rule.W_FILE_NAME);
		assertThat(fileName(CODE + "_" + (last + 1) + ".xlsx")).isEmpty();
		// a longer run is not a year, nor is one with a leading zero
		assertThat(fileName(CODE + "_02023.xlsx")).isEmpty();
		assertThat(fileName(CODE + "_20231.xlsx")).isEmpty();
		// both wrong: two findings, and the recommended name keeps the extension
		assertThat(fileName("4144012346_2023.xls")).hasSize(2)
			.allSatisfy((finding) -> assertThat(finding.message()).endsWith("建议文件名为 4144012345_2024.xls。"));
	}

}
