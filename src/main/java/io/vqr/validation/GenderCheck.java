package io.vqr.validation;

import io.vqr.normalize.IdNumber;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.Rule;

/**
 * W-GENDER-ID, shared by the graduate and teacher sheets: 性别 must agree with the ID
 * number's 17th digit.
 */
final class GenderCheck {

	private GenderCheck() {
	}

	static void check(RowContext row) {
		row.get("gender", CodeEntry.class)
			.ifPresent((gender) -> row.get("id_number", IdNumber.class).ifPresent((id) -> {
				if (!gender.code().equals(id.gender())) {
					row.report(Rule.W_GENDER_ID, "gender", gender.code(), id.gender());
				}
			}));
	}

}
