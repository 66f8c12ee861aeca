package io.vqr.normalize;

import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;

/** R-TYPE results, worded the same way for every reader. */
final class TypeErrors {

	private TypeErrors() {
	}

	/**
	 * 「label」的值“value”不是有效的type。hint
	 * @param hint what to write instead, a full Chinese sentence, or empty
	 */
	static ParsedValue.Invalid of(FieldDef field, String shownValue, String hint) {
		return ParsedValue.invalid(Rule.R_TYPE, shownValue, field.label(), shownValue, field.type().label(), hint);
	}

}
