package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vqr.standard.Severity;
import io.vqr.warehouse.SubmissionRegistry.Submission;
import io.vqr.warehouse.SubmissionStatus;

import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workers share the run's pending submissions: each call processes the next one, a
 * file whose processing fails does not stop its worker, and the worker's step fails at
 * the end so the job reports it.
 */
class ProcessSubmissionTaskletTest {

	private final List<Long> attempted = new ArrayList<>();

	@Test
	void aFailedFileLetsTheWorkerGoOnAndFailsItsStepAtTheEnd() throws Exception {
		PendingSubmissions pending = new PendingSubmissions(List.of(submission(1), submission(2), submission(3)));
		ProcessSubmissionTasklet tasklet = new ProcessSubmissionTasklet(pending, new FailingOn(2),
				new IngestProgress());
		StepExecution worker = step();
		StepExecution other = step();

		assertThat(call(tasklet, worker)).isEqualTo(RepeatStatus.CONTINUABLE);
		assertThat(call(tasklet, worker)).isEqualTo(RepeatStatus.CONTINUABLE);
		assertThat(call(tasklet, other)).isEqualTo(RepeatStatus.CONTINUABLE);
		assertThat(this.attempted).containsExactly(1L, 2L, 3L);
		assertThat(worker.getReadCount()).isEqualTo(1);
		assertThat(other.getReadCount()).isEqualTo(1);

		// Nothing left: the worker that met the failure fails, the other ends.
		assertThatThrownBy(() -> call(tasklet, worker)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("1 file(s) could not be processed");
		assertThat(call(tasklet, other)).isEqualTo(RepeatStatus.FINISHED);
		assertThat(this.attempted).containsExactly(1L, 2L, 3L);
	}

	private static RepeatStatus call(ProcessSubmissionTasklet tasklet, StepExecution step) throws Exception {
		var contribution = step.createStepContribution();
		RepeatStatus status = tasklet.execute(contribution, new ChunkContext(new StepContext(step)));
		step.apply(contribution);
		return status;
	}

	private static long nextStepId = 1;

	private static StepExecution step() {
		StepExecution step = MetaDataInstanceFactory.createStepExecution(
				new JobParametersBuilder().addString(IngestParameters.FEEDBACK, "/tmp/feedback").toJobParameters());
		step.setId(nextStepId++);
		return step;
	}

	private static Submission submission(long id) {
		return new Submission(id, 2024, null, "file-" + id + ".xlsx", "0".repeat(64), null, SubmissionStatus.PROCESSING,
				null, null);
	}

	/**
	 * Processes every submission but one, which fails as an infrastructure fault does.
	 */
	private final class FailingOn extends SubmissionProcessor {

		private final long failing;

		FailingOn(long failing) {
			super(null, null, null, null, null, null, null, null, null, null, null);
			this.failing = failing;
		}

		@Override
		public ProcessedSubmission process(long submissionId, Path feedbackDir) throws IOException {
			ProcessSubmissionTaskletTest.this.attempted.add(submissionId);
			if (submissionId == this.failing) {
				throw new IOException("disk full");
			}
			return new ProcessedSubmission(submissionId, "file-" + submissionId + ".xlsx", "4144000000",
					SubmissionStatus.ACCEPTED, 1, Map.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 0), 10,
					10, null, Duration.ofMillis(1));
		}

	}

}
