package io.vqr.jobs.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Submission;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * One partition per submission waiting to be processed (new, or interrupted by a fault or
 * a kill), so files are processed in parallel and a restart redoes only the files that
 * did not finish. The context holds only the id.
 */
class PendingSubmissionPartitioner implements Partitioner {

	static final String SUBMISSION_ID = "submissionId";

	private final SubmissionRegistry registry;

	private final int year;

	PendingSubmissionPartitioner(SubmissionRegistry registry, int year) {
		this.registry = registry;
		this.year = year;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Submission submission : this.registry.pending(this.year)) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(SUBMISSION_ID, submission.id());
			partitions.put("submission-" + submission.id(), context);
		}
		return partitions;
	}

}
