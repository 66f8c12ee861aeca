package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.vqr.jobs.JobsConfiguration;
import io.vqr.review.ReviewMode;
import io.vqr.warehouse.Archive;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Claim;
import io.vqr.workbook.ReadLimits;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: scan the inbox (archive and register new files) → process the year's
 * files free to take, on as many workers as cores, each claiming one file at a time in
 * the database → hand on accepted files a failure left, and check graduates' ID numbers
 * across schools (W-CROSS-SCHOOL-ID) → write the run summary → end failed if a file
 * failed (exit 1; the next run takes it again).
 * <p>
 * Every run is a job instance of its own ({@link IngestLauncher}): two processes may run
 * the ingest of one year at once, on one inbox or two, and the claims keep them from
 * processing a file twice. A run killed or failed needs no restart: the next run takes
 * over what it left.
 */
@Configuration
public class IngestJobConfiguration {

	public static final String JOB_NAME = "ingest";

	/**
	 * How long a claim holds while its claimant is alive but not working on the file
	 * (docs/operations.md, Claims). A file being staged keeps its claim however long it
	 * takes, and a claim of a process that stopped is taken over at once.
	 */
	static final String CLAIM_TIMEOUT = "${vqr.ingest.claim-timeout:PT10M}";

	@Bean
	Job ingestJob(JobRepository repository, Step scanInbox, Step processSubmissions, Step checkCrossSchoolIds,
			Step writeSummary, Step endOfRun) {
		return new JobBuilder(JOB_NAME, repository).start(scanInbox)
			.next(processSubmissions)
			.next(checkCrossSchoolIds)
			.next(writeSummary)
			.next(endOfRun)
			.build();
	}

	@Bean
	Step scanInbox(JobRepository repository, PlatformTransactionManager transactions, InboxScanner scanner) {
		return new StepBuilder("scanInbox", repository).tasklet(new ScanInboxTasklet(scanner), transactions).build();
	}

	@Bean
	@JobScope
	Step processSubmissions(JobRepository repository, SubmissionRegistry registry, JdbcTemplate jdbc,
			@Value("#{jobParameters['" + IngestParameters.YEAR + "']}") Long year, Step processSubmission,
			@Qualifier("partitionTaskExecutor") TaskExecutor partitionTaskExecutor, IngestProgress progress,
			@Value("${vqr.workers:0}") int workers) {
		// The database's clock, like the failure times it is compared with.
		OffsetDateTime failedBefore = jdbc.queryForObject("select now()", OffsetDateTime.class);
		int free = registry.countFree(year.intValue(), failedBefore);
		JobExecution execution = JobSynchronizationManager.getContext().getJobExecution();
		progress.start(execution.getId(), free);
		return new StepBuilder("processSubmissions", repository)
			.partitioner("processSubmission", new WorkerPartitioner(free, failedBefore))
			.step(processSubmission)
			.gridSize(JobsConfiguration.workers(workers))
			.taskExecutor(partitionTaskExecutor)
			.build();
	}

	/**
	 * A worker: chunks of one claimed file. Each stage of a file manages its own
	 * transactions, so the chunk's is a formality; the step execution is updated after
	 * each file.
	 */
	@Bean
	Step processSubmission(JobRepository repository, SubmissionRegistry registry, Claimant claimant,
			SubmissionProcessor processor, IngestProgress progress, @Value(CLAIM_TIMEOUT) Duration claimTimeout) {
		ProcessedFilesWriter writer = new ProcessedFilesWriter(progress);
		ItemProcessor<Claim, ProcessedSubmission> process = (claim) -> {
			JobParameters parameters = StepSynchronizationManager.getContext().getStepExecution().getJobParameters();
			return processor.process(claim, Path.of(parameters.getString(IngestParameters.FEEDBACK)),
					ReviewMode.fromCode(parameters.getString(IngestParameters.REVIEW)).orElse(null));
		};
		return new StepBuilder("processSubmission", repository)
			.<Claim, ProcessedSubmission>chunk(1, new ResourcelessTransactionManager())
			.reader(new ClaimingReader(registry, claimant, claimTimeout))
			.processor(process)
			.writer(writer)
			.listener(writer)
			.build();
	}

	@Bean
	Step checkCrossSchoolIds(JobRepository repository, PlatformTransactionManager transactions,
			CrossSchoolWarnings check, HandOn handOn) {
		// The check manages its own transaction, and finds what it has to do in the
		// registry.
		return new StepBuilder("checkCrossSchoolIds", repository)
			.tasklet(new CheckCrossSchoolIdsTasklet(check, handOn), transactions)
			.build();
	}

	@Bean
	Step writeSummary(JobRepository repository, PlatformTransactionManager transactions, IngestSummary summary) {
		return new StepBuilder("writeSummary", repository).tasklet(new WriteSummaryTasklet(summary), transactions)
			.build();
	}

	/**
	 * The run fails (exit 1) when a file failed or could not be handed on: what the
	 * workers and the hand-on counted in their execution contexts, read back from the job
	 * repository.
	 */
	@Bean
	Step endOfRun(JobRepository repository, PlatformTransactionManager transactions, JobExplorer explorer,
			IngestProgress progress) {
		return new StepBuilder("endOfRun", repository).tasklet((contribution, chunk) -> {
			long executionId = chunk.getStepContext().getStepExecution().getJobExecutionId();
			progress.end(executionId);
			int problems = IngestRunState.problems(explorer.getJobExecution(executionId));
			if (problems > 0) {
				throw new IllegalStateException(problems + " file(s) could not be processed or handed on (see the "
						+ "log above); the next run takes them again");
			}
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	InboxScanner inboxScanner(SubmissionRegistry registry, Archive archive, ReadLimits limits) {
		return new InboxScanner(registry, archive, limits.maxFileBytes());
	}

	@Bean
	Archive archive(@Value("${vqr.data-dir:data}") Path dataDir, @Value("${vqr.archive-dir:}") String archiveDir) {
		return new Archive(archiveDir.isBlank() ? dataDir.resolve("archive") : Path.of(archiveDir));
	}

}
