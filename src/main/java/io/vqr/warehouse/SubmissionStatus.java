package io.vqr.warehouse;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file's outcome (submission-standard; review-workflow.md, "a file's outcome") and the
 * states of a file on its way there, with the moves allowed between them. The only model
 * of {@code submission.status}: the registry's statements take their states from here
 * ({@link #sql}) rather than spelling them.
 * <p>
 * Free to take: {@link #RECEIVED}, and {@link #FAILED} in a later run. In progress:
 * {@link #PROCESSING}, a claim with its claimant and claim time, taken over only when the
 * claim has expired or its claimant's process has stopped. Done: the three outcomes.
 */
public enum SubmissionStatus {

	/** Archived and registered; no one has claimed it yet. */
	RECEIVED,

	/** Claimed by one process, which is validating and staging it. */
	PROCESSING,

	/** Passed the rules. */
	ACCEPTED,

	/**
	 * Passed the rules with warnings (also when the run's cross-school check added some).
	 */
	ACCEPTED_WITH_WARNINGS,

	/** Did not pass the rules: nothing of it stays in the facts. */
	REJECTED,

	/** Not a stored status: the same bytes were processed before. */
	DUPLICATE,

	/**
	 * Processing stopped for an infrastructure reason (disk full, database gone); nothing
	 * of it stays in the facts, and a later run takes it again.
	 */
	FAILED;

	/** Whether the file passed the rules. */
	public boolean accepted() {
		return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
	}

	/** Whether processing has ended with an outcome (passed the rules or not). */
	public boolean outcome() {
		return accepted() || this == REJECTED;
	}

	/** Whether the file still has to be processed (received, claimed, or failed). */
	public boolean pending() {
		return this == RECEIVED || this == PROCESSING || this == FAILED;
	}

	/** The allowed moves, the only place they are written. */
	public boolean canMoveTo(SubmissionStatus next) {
		return switch (this) {
			// A claim; a claim taken over.
			case RECEIVED, FAILED -> next == PROCESSING;
			case PROCESSING -> next == PROCESSING || next.outcome() || next == FAILED;
			// The run's cross-school check adds warnings to an accepted file.
			case ACCEPTED, ACCEPTED_WITH_WARNINGS -> next == ACCEPTED_WITH_WARNINGS;
			case REJECTED, DUPLICATE -> false;
		};
	}

	/** The states from which a file may move to {@code next}. */
	public static Set<SubmissionStatus> from(SubmissionStatus next) {
		return Arrays.stream(values())
			.filter((status) -> status.canMoveTo(next))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SubmissionStatus.class)));
	}

	/** The states as an SQL list for {@code status in (...)}, e.g. {@code ('A', 'B')}. */
	public static String sql(Set<SubmissionStatus> states) {
		return states.stream().map((status) -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));
	}

	/** The accepted states as an SQL list. */
	public static String acceptedSql() {
		return sql(EnumSet.of(ACCEPTED, ACCEPTED_WITH_WARNINGS));
	}

}
