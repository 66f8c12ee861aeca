package io.vqr.validation;

import io.vqr.normalize.MajorCode;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;

/**
 * 毕业生去向: the major must be offered, income only for the employed and in a plausible
 * range, gender as the ID says.
 */
final class GraduateRowRules implements RowRules {

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		row.get("major_code", MajorCode.class).ifPresent((major) -> {
			if (!submission.offers(major.code())) {
				row.report(Rule.R_MAJOR_NOT_OFFERED, "major_code", major.code());
			}
		});
		row.decimal("monthly_income")
			.ifPresent((income) -> row.get("destination", CodeEntry.class).ifPresent((destination) -> {
				if (!RuleParameters.INCOME_DESTINATIONS.contains(destination.code())) {
					row.report(Rule.X_INCOME_NOT_EMPLOYED, "monthly_income", destination.display());
				}
				else if (!RuleParameters.MONTHLY_INCOME.contains(income)) {
					row.report(Rule.W_INCOME_RANGE, "monthly_income", income.stripTrailingZeros().toPlainString());
				}
			}));
		GenderCheck.check(row);
	}

}
