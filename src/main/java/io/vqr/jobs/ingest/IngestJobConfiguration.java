package io.vqr.jobs.ingest;

import java.nio.file.Path;

import io.vqr.warehouse.Archive;
import io.vqr.warehouse.SubmissionRegistry;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: scan the inbox (archive and register new files) → process each pending
 * submission, on as many workers as cores → check graduates' ID numbers across schools
 * (W-CROSS-SCHOOL-ID) → write the run summary. Restartable: a restart skips the scan if
 * it completed and processes only the files the registry still has pending.
 */
@Configuration
public class IngestJobConfiguration {

	public static final String JOB_NAME = "ingest";

	@Bean
	Job ingestJob(JobRepository repository, Step scanInbox, Step processSubmissions, Step checkCrossSchoolIds,
			Step writeSummary) {
		return new JobBuilder(JOB_NAME, repository).start(scanInbox)
			.next(processSubmissions)
			.next(checkCrossSchoolIds)
			.next(writeSummary)
			.build();
	}

	@Bean
	Step scanInbox(JobRepository repository, PlatformTransactionManager transactions, InboxScanner scanner) {
		return new StepBuilder("scanInbox", repository).tasklet(new ScanInboxTasklet(scanner), transactions).build();
	}

	@Bean
	@JobScope
	Step processSubmissions(JobRepository repository, SubmissionRegistry registry, SubmissionProcessor processor,
			@Value("#{jobParameters['" + IngestParameters.YEAR + "']}") Long year,
			@Qualifier("partitionTaskExecutor") TaskExecutor partitionTaskExecutor, IngestProgress progress,
			@Value("${vqr.workers:0}") int workers) {
		int grid = io.vqr.jobs.JobsConfiguration.workers(workers);
		PendingSubmissions pending = new PendingSubmissions(registry.pending(year.intValue()));
		progress.start(pending.size());
		// Each call of the worker's tasklet processes one file in the processor's own
		// transaction; the step's chunks hold no database work of their own.
		Step processSubmission = new StepBuilder("processSubmission", repository)
			.tasklet(new ProcessSubmissionTasklet(pending, processor, progress), new ResourcelessTransactionManager())
			.build();
		return new StepBuilder("processSubmissions", repository)
			.partitioner("processSubmission", new WorkerPartitioner(pending.size()))
			.step(processSubmission)
			.gridSize(grid)
			.taskExecutor(partitionTaskExecutor)
			.build();
	}

	@Bean
	Step checkCrossSchoolIds(JobRepository repository, PlatformTransactionManager transactions,
			CrossSchoolIdCheck check) {
		// The check manages its own transaction, and finds what it has to do in the
		// registry: a restart after it completed has nothing left to check.
		return new StepBuilder("checkCrossSchoolIds", repository)
			.tasklet(new CheckCrossSchoolIdsTasklet(check), transactions)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step writeSummary(JobRepository repository, PlatformTransactionManager transactions, IngestSummary summary) {
		return new StepBuilder("writeSummary", repository).tasklet(new WriteSummaryTasklet(summary), transactions)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	InboxScanner inboxScanner(SubmissionRegistry registry, Archive archive) {
		return new InboxScanner(registry, archive);
	}

	@Bean
	Archive archive(@Value("${vqr.data-dir:data}") Path dataDir, @Value("${vqr.archive-dir:}") String archiveDir) {
		return new Archive(archiveDir.isBlank() ? dataDir.resolve("archive") : Path.of(archiveDir));
	}

}
