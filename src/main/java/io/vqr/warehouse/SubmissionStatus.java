package io.vqr.warehouse;

/**
 * The outcome of a submission (reports-and-commands: summary JSON) plus the two states of
 * one being worked on.
 */
public enum SubmissionStatus {

	PROCESSING,

	ACCEPTED,

	ACCEPTED_WITH_WARNINGS,

	REJECTED,

	/** Not a stored status: the same bytes were processed before. */
	DUPLICATE,

	/** Processing stopped for an infrastructure reason; the next run retries it. */
	FAILED;

	public boolean accepted() {
		return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
	}

}
