package io.vqr.validation;

import io.vqr.normalize.PersonalNumbers;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.TextNormalizer;

/**
 * 典型案例 (v2): lengths of title and text, no personal numbers (the report is public), and
 * at most {@link RuleParameters#CASES_PER_PART} cases per report part — the rows past
 * that are the errors, so a school knows which to move or drop.
 */
final class CaseRowRules implements RowRules {

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		row.get("title", String.class).ifPresent((title) -> {
			int length = length(title);
			if (length > RuleParameters.CASE_TITLE_MAX) {
				row.report(Rule.R_CASE_LENGTH, "title", label(row, "title"), length,
						"超过" + RuleParameters.CASE_TITLE_MAX + "个字", "缩短标题");
			}
		});
		row.get("body", String.class).ifPresent((body) -> {
			int length = length(body);
			if (length < RuleParameters.CASE_BODY_MIN) {
				row.report(Rule.R_CASE_LENGTH, "body", label(row, "body"), length,
						"少于" + RuleParameters.CASE_BODY_MIN + "个字", "补充案例内容");
			}
			else if (length > RuleParameters.CASE_BODY_MAX) {
				row.report(Rule.R_CASE_LENGTH, "body", label(row, "body"), length,
						"超过" + RuleParameters.CASE_BODY_MAX + "个字", "精简到" + RuleParameters.CASE_BODY_MAX + "个字以内");
			}
		});
		for (String field : new String[] { "title", "body" }) {
			row.get(field, String.class)
				.flatMap(PersonalNumbers::first)
				.ifPresent((found) -> row.report(Rule.R_CASE_PII, field, label(row, field), found.kind().label(),
						found.position(row.get(field, String.class).orElseThrow())));
		}
		row.get("part", CodeEntry.class).ifPresent((part) -> {
			int count = submission.countCase(part.code());
			if (count > RuleParameters.CASES_PER_PART) {
				row.report(Rule.R_CASE_TOO_MANY, "part", part.name(), count);
			}
		});
	}

	/**
	 * Characters as a school counts them: code points, white space and line breaks not
	 * counted.
	 */
	static int length(String text) {
		return (int) TextNormalizer.removeWhitespace(text).codePoints().count();
	}

	private static String label(RowContext row, String field) {
		return row.sheet().field(field).map(FieldDef::label).orElse(field);
	}

}
