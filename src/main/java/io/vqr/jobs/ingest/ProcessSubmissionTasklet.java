package io.vqr.jobs.ingest;

import java.nio.file.Path;

import io.vqr.ingest.IngestProgress;
import io.vqr.ingest.SubmissionProcessor;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 2 (one per partition): validate, stage, publish or reject one submission and write
 * its feedback. A content problem is a finding and the step completes; an infrastructure
 * fault fails the step, and the file is retried.
 */
class ProcessSubmissionTasklet implements Tasklet {

	private final SubmissionProcessor processor;

	private final IngestProgress progress;

	ProcessSubmissionTasklet(SubmissionProcessor processor, IngestProgress progress) {
		this.processor = processor;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		long submissionId = step.getExecutionContext().getLong(PendingSubmissionPartitioner.SUBMISSION_ID);
		Path feedbackDir = Path.of(step.getJobParameters().getString(IngestParameters.FEEDBACK));
		var result = this.processor.process(submissionId, feedbackDir);
		contribution.incrementReadCount();
		contribution.incrementWriteCount(result.rowsLoaded());
		this.progress.fileDone(result);
		return RepeatStatus.FINISHED;
	}

}
