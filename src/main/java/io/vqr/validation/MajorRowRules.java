package io.vqr.validation;

import io.vqr.normalize.MajorCode;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.TextNormalizer;

/**
 * 专业与招生: intake consistency, catalog names, and the set of majors offered that later
 * sheets check against.
 */
final class MajorRowRules implements RowRules {

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		row.get("major_code", MajorCode.class).ifPresent((major) -> {
			submission.offer(major.code());
			major.catalogEntry().ifPresent((entry) -> row.get("major_name", String.class).ifPresent((name) -> {
				if (!matchesCatalogName(name, entry.name())) {
					row.report(Rule.W_MAJOR_NAME, "major_name", name, entry.name());
				}
			}));
		});
		row.integer("registered").ifPresent((registered) -> row.integer("admitted").ifPresent((admitted) -> {
			if (registered > admitted) {
				row.report(Rule.X_REGISTERED_GT_ADMITTED, "registered", registered, admitted);
			}
		}));
		row.integer("through_track").ifPresent((through) -> row.integer("enrolled").ifPresent((enrolled) -> {
			if (through > enrolled) {
				row.report(Rule.X_THROUGH_GT_ENROLLED, "through_track", through, enrolled);
			}
		}));
		row.integer("apprentices").ifPresent((apprentices) -> row.integer("enrolled").ifPresent((enrolled) -> {
			if (apprentices > enrolled) {
				row.report(Rule.X_APPRENTICE_GT_STUDENTS, "apprentices", apprentices, enrolled);
			}
		}));
		row.integer("admitted").ifPresent((admitted) -> row.integer("plan").ifPresent((plan) -> {
			if (RuleParameters.ADMITTED_PER_PLAN.exceeded(admitted, plan)) {
				row.report(Rule.W_ADMITTED_GT_PLAN, "admitted", admitted, plan);
			}
		}));
	}

	/**
	 * The catalog name itself, or the catalog name followed by a direction in brackets:
	 * 名称（方向）.
	 */
	static boolean matchesCatalogName(String name, String catalogName) {
		String given = TextNormalizer.key(name);
		String official = TextNormalizer.key(catalogName);
		if (given.equals(official)) {
			return true;
		}
		return given.startsWith(official + "(") && given.endsWith(")") && given.length() > official.length() + 2;
	}

}
