package io.vqr.validation;

import java.time.Period;

import io.vqr.normalize.DateValue;
import io.vqr.normalize.MajorCode;
import io.vqr.standard.Rule;

/**
 * 教师: plausible age on 30 September, gender as the ID says, the major taught is one the
 * school offers.
 */
final class TeacherRowRules implements RowRules {

	static final int MIN_AGE = 18;

	static final int MAX_AGE = 75;

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		row.get("birth_date", DateValue.class).ifPresent((birth) -> {
			int age = Period.between(birth.date(), submission.censusDate()).getYears();
			if (age < MIN_AGE || age > MAX_AGE) {
				row.report(Rule.W_AGE, "birth_date", birth, age, submission.year() + "年9月30日");
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
