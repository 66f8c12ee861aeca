package io.vqr.warehouse;

/**
 * What becomes of a file that passed the rules once its outcome is committed: making it a
 * school-year's official data is a separate step from validating it (review-workflow.md).
 * The ingest calls this after the file's own transaction has committed, and after the
 * run's cross-school check added warnings to a file.
 */
public interface AcceptedFiles {

	/**
	 * A short Chinese note for the outcome of a file that passes the rules for this
	 * school-year, shown in its feedback and the run's summary before the file is handed
	 * on (e.g. {@code 已锁定：省级解锁后方可替换} when the school-year is approved), or null.
	 */
	String outcomeNote(int year, String schoolCode);

	/**
	 * The note for a file of a run in the given mode: with {@code autoApprove} a file is
	 * approved at once, so no note says it waits or is locked.
	 */
	default String outcomeNote(int year, String schoolCode, boolean autoApprove) {
		return autoApprove ? null : outcomeNote(year, schoolCode);
	}

	/**
	 * A file passed the rules (its outcome is committed).
	 * @param autoApprove make it official at once ({@code review: auto}) instead of
	 * entering review
	 */
	void accepted(long submissionId, int year, String schoolCode, boolean withWarnings, boolean autoApprove);

	/** Warnings were added to an accepted file after its run (W-CROSS-SCHOOL-ID). */
	void warningsAdded(long submissionId, int year, String schoolCode);

}
