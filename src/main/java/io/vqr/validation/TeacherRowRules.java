package io.vqr.validation;

import java.time.Period;

import io.vqr.normalize.DateValue;
import io.vqr.normalize.MajorCode;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;

/**
 * 教师: plausible age on the census day, gender as the ID says, the major taught is one the
 * school offers.
 */
final class TeacherRowRules implements RowRules {

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		row.get("birth_date", DateValue.class).ifPresent((birth) -> {
			int age = Period.between(birth.date(), submission.censusDate()).getYears();
			if (!RuleParameters.TEACHER_AGE.contains(age)) {
				row.report(Rule.W_AGE, "birth_date", birth, age, RuleParameters.censusDayText(submission.year()));
			}
		});
		GenderCheck.check(row);
		row.get("major_code", MajorCode.class).ifPresent((major) -> {
			if (!submission.offers(major.code())) {
				row.report(Rule.W_TEACHER_MAJOR, "major_code", major.code());
			}
		});
	}

}
