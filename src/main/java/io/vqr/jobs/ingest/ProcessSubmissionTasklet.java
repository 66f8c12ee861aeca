package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 2 (one per worker): validate, load, publish or reject the next pending submission
 * and write its feedback, one file per call, each in its own transaction, until none is
 * left. A content problem is a finding; an infrastructure fault fails the file (it is
 * retried by the next run), the worker goes on with the others, and its step fails at the
 * end so the job reports it.
 */
class ProcessSubmissionTasklet implements Tasklet {

	private final PendingSubmissions pending;

	private final SubmissionProcessor processor;

	private final IngestProgress progress;

	/**
	 * Files that failed, per worker step execution. Kept here, not in the step's
	 * execution context: a restarted worker gets its failed execution's context back and
	 * would fail again for files the restart processed.
	 */
	private final Map<Long, Integer> failedFiles = new ConcurrentHashMap<>();

	ProcessSubmissionTasklet(PendingSubmissions pending, SubmissionProcessor processor, IngestProgress progress) {
		this.pending = pending;
		this.processor = processor;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		Long submissionId = this.pending.next();
		if (submissionId == null) {
			int failed = this.failedFiles.getOrDefault(step.getId(), 0);
			if (failed > 0) {
				throw new IllegalStateException(failed + " file(s) could not be processed (see the log above); "
						+ "they are retried by the next run");
			}
			return RepeatStatus.FINISHED;
		}
		Path feedbackDir = Path.of(step.getJobParameters().getString(IngestParameters.FEEDBACK));
		try {
			var result = this.processor.process(submissionId, feedbackDir);
			contribution.incrementReadCount();
			contribution.incrementWriteCount(result.rowsLoaded());
			this.progress.fileDone(result);
		}
		catch (Exception ex) {
			// The processor logged it and marked the submission FAILED; its transaction
			// (this file's only) is rolled back.
			this.failedFiles.merge(step.getId(), 1, Integer::sum);
		}
		return RepeatStatus.CONTINUABLE;
	}

}
