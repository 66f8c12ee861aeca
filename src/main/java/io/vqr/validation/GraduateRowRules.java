package io.vqr.validation;

import java.math.BigDecimal;
import java.util.Set;

import io.vqr.normalize.MajorCode;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.Rule;

/**
 * 毕业生去向: the major must be offered, income only for the employed and in a plausible
 * range, gender as the ID says.
 */
final class GraduateRowRules implements RowRules {

	/** Destinations that may report a monthly income: 10 签约, 11 灵活就业, 12 自主创业. */
	static final Set<String> INCOME_DESTINATIONS = Set.of("10", "11", "12");

	static final BigDecimal INCOME_LOW = BigDecimal.valueOf(500);

	static final BigDecimal INCOME_HIGH = BigDecimal.valueOf(100_000);

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		row.get("major_code", MajorCode.class).ifPresent((major) -> {
			if (!submission.offers(major.code())) {
				row.report(Rule.R_MAJOR_NOT_OFFERED, "major_code", major.code());
			}
		});
		row.decimal("monthly_income")
			.ifPresent((income) -> row.get("destination", CodeEntry.class).ifPresent((destination) -> {
				if (!INCOME_DESTINATIONS.contains(destination.code())) {
					row.report(Rule.X_INCOME_NOT_EMPLOYED, "monthly_income", destination.display());
				}
				else if (income.compareTo(INCOME_LOW) < 0 || income.compareTo(INCOME_HIGH) > 0) {
					row.report(Rule.W_INCOME_RANGE, "monthly_income", income.stripTrailingZeros().toPlainString());
				}
			}));
		GenderCheck.check(row);
	}

}
