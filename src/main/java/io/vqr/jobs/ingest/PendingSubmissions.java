package io.vqr.jobs.ingest;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.vqr.warehouse.SubmissionRegistry.Submission;

/**
 * The submissions a run has to process (new ones, and those a fault or a kill
 * interrupted), handed out one at a time to the workers in the order they were
 * registered.
 */
final class PendingSubmissions {

	private final ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();

	PendingSubmissions(List<Submission> pending) {
		pending.forEach((submission) -> this.ids.add(submission.id()));
	}

	/** The next submission to process, or null when none is left. */
	Long next() {
		return this.ids.poll();
	}

	int size() {
		return this.ids.size();
	}

}
