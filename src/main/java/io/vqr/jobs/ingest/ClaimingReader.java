package io.vqr.jobs.ingest;

import java.time.Duration;

import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Claim;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ItemReader;

/**
 * A worker's items: the year's next file free to take, claimed in the database (in a
 * transaction of its own, {@code FOR UPDATE SKIP LOCKED}), until none is left. Workers of
 * this run, of another run or another process read from the same registry and never get
 * the same file. Holds no state: what it needs is in the worker's step execution, so the
 * partitions running at once share one reader.
 */
class ClaimingReader implements ItemReader<Claim> {

	private final SubmissionRegistry registry;

	private final Claimant claimant;

	private final Duration claimTimeout;

	ClaimingReader(SubmissionRegistry registry, Claimant claimant, Duration claimTimeout) {
		this.registry = registry;
		this.claimant = claimant;
		this.claimTimeout = claimTimeout;
	}

	@Override
	public Claim read() {
		StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
		int year = step.getJobParameters().getLong(IngestParameters.YEAR).intValue();
		return this.registry
			.claimNext(year, this.claimant.id(), this.claimTimeout,
					IngestRunState.failedBefore(step.getExecutionContext()), step.getJobExecution().getJobId())
			.orElse(null);
	}

}
