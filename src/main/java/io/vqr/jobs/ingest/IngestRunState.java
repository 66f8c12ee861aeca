package io.vqr.jobs.ingest;

import java.time.OffsetDateTime;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * What the ingest's steps keep in their execution contexts (the job repository, so a
 * worker in another process could read and write them too), and what the run's end reads
 * from them.
 */
final class IngestRunState {

	/** Partition: files that failed before this time are taken again. */
	static final String FAILED_BEFORE = "ingest.failedBefore";

	/** Worker step: files it processed. */
	static final String FILES = "ingest.files";

	/** Worker step: files whose processing failed, or that could not be handed on. */
	static final String FAILED = "ingest.failed";

	/**
	 * Cross-school step: accepted files left from earlier that still could not be handed
	 * on.
	 */
	static final String NOT_HANDED_ON = "ingest.notHandedOn";

	/**
	 * Scan step: the names of the symbolic links the scan refused, for the run's summary
	 * (they are in no table: nothing of them was received).
	 */
	static final String REFUSED_LINKS = "ingest.refusedLinks";

	private IngestRunState() {
	}

	static OffsetDateTime failedBefore(ExecutionContext context) {
		return OffsetDateTime.parse(context.getString(FAILED_BEFORE));
	}

	/** The problems the run's steps recorded: failed files and files not handed on. */
	static int problems(JobExecution execution) {
		int problems = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			problems += context.getInt(FAILED, 0) + context.getInt(NOT_HANDED_ON, 0);
		}
		return problems;
	}

}
