package io.vqr.validation;

import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.RuleParameters.SurveyPair;

/**
 * 基本信息 (v2): each satisfaction survey's satisfied count is at most its sample size, and
 * the two are given together (X-SATISFIED-GT-SAMPLE). A v1 form has neither field, so
 * nothing is checked.
 */
final class ProfileRowRules implements RowRules {

	@Override
	public void check(RowContext row, SubmissionContext submission) {
		for (SurveyPair pair : RuleParameters.SURVEY_PAIRS) {
			if (row.sheet().field(pair.sampleField()).isEmpty() || row.isInvalid(pair.sampleField())
					|| row.isInvalid(pair.satisfiedField())) {
				continue;
			}
			Optional<Long> sample = row.integer(pair.sampleField());
			Optional<Long> satisfied = row.integer(pair.satisfiedField());
			String sampleLabel = label(row, pair.sampleField());
			String satisfiedLabel = label(row, pair.satisfiedField());
			if (sample.isPresent() && satisfied.isPresent()) {
				if (satisfied.get() > sample.get()) {
					row.report(Rule.X_SATISFIED_GT_SAMPLE, pair.satisfiedField(),
							"「" + satisfiedLabel + "」" + satisfied.get() + " 大于「" + sampleLabel + "」" + sample.get());
				}
			}
			else if (sample.isPresent()) {
				row.report(Rule.X_SATISFIED_GT_SAMPLE, pair.sampleField(),
						"填写了「" + sampleLabel + "」，未填写「" + satisfiedLabel + "」");
			}
			else if (satisfied.isPresent()) {
				row.report(Rule.X_SATISFIED_GT_SAMPLE, pair.satisfiedField(),
						"填写了「" + satisfiedLabel + "」，未填写「" + sampleLabel + "」");
			}
		}
	}

	private static String label(RowContext row, String field) {
		return row.sheet().field(field).map(FieldDef::label).orElse(field);
	}

}
