package io.vqr.jobs.ingest;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemWriter;

/**
 * The end of a worker's item: the file is processed and recorded (in its own
 * transactions); here it is counted in the worker step's execution context and logged as
 * progress. Holds no state, like {@link ClaimingReader}.
 */
class ProcessedFilesWriter implements ItemWriter<ProcessedSubmission>, StepExecutionListener {

	private final IngestProgress progress;

	ProcessedFilesWriter(IngestProgress progress) {
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		// A worker's counts are its own execution's.
		stepExecution.getExecutionContext().putInt(IngestRunState.FILES, 0);
		stepExecution.getExecutionContext().putInt(IngestRunState.FAILED, 0);
	}

	@Override
	public void write(Chunk<? extends ProcessedSubmission> files) {
		StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
		ExecutionContext context = step.getExecutionContext();
		for (ProcessedSubmission file : files) {
			context.putInt(IngestRunState.FILES, context.getInt(IngestRunState.FILES) + 1);
			if (file.problem()) {
				context.putInt(IngestRunState.FAILED, context.getInt(IngestRunState.FAILED) + 1);
			}
			this.progress.fileDone(step.getJobExecutionId(), file);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		return null;
	}

}
