package io.vqr.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;

/**
 * Checks of 基本信息 against the run: the year processed (F-YEAR-MISMATCH) and the file name
 * (W-FILE-NAME: a run of digits that names another school code or another year).
 */
final class ProfileChecks {

	private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");

	private ProfileChecks() {
	}

	static void checkYear(RowContext profile, Integer runYear) {
		if (runYear == null) {
			return;
		}
		profile.integer("year").ifPresent((year) -> {
			if (year.intValue() != runYear) {
				profile.report(Rule.F_YEAR_MISMATCH, "year", year, runYear);
			}
		});
	}

	static List<Finding> checkFileName(String fileName, String schoolCode, int year) {
		List<Finding> findings = new ArrayList<>();
		String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
		String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : ".xlsx";
		String recommended = ((schoolCode != null) ? schoolCode : "学校代码") + "_" + year + extension;
		Matcher digits = DIGIT_RUN.matcher(base);
		while (digits.find()) {
			String run = digits.group();
			if (run.length() == RuleParameters.SCHOOL_CODE_DIGITS && schoolCode != null && !run.equals(schoolCode)) {
				findings.add(Finding.ofFile(Rule.W_FILE_NAME,
						Rule.W_FILE_NAME.message(run, "学校代码 " + schoolCode, recommended)));
			}
			else if (namesYear(run) && Integer.parseInt(run) != year) {
				findings
					.add(Finding.ofFile(Rule.W_FILE_NAME, Rule.W_FILE_NAME.message(run, "统计年度 " + year, recommended)));
			}
		}
		return findings;
	}

	/** Whether a run of digits reads as a year: no leading zero, within the bounds. */
	private static boolean namesYear(String run) {
		return run.length() <= 9 && run.charAt(0) != '0'
				&& RuleParameters.FILE_NAME_YEARS.contains(Integer.parseInt(run));
	}

}
