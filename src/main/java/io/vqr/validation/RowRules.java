package io.vqr.validation;

/**
 * The cross-field rules of one sheet, applied to each record after its fields were read.
 * A rule only looks at fields that read cleanly: a field that could not be read has its
 * own finding already.
 */
interface RowRules {

	void check(RowContext row, SubmissionContext submission);

}
