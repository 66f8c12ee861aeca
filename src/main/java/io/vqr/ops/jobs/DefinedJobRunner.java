package io.vqr.ops.jobs;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.app.Warehouse;
import io.vqr.jobs.ingest.IngestSummary;
import io.vqr.jobs.ingest.IngestSummary.RunSummary;
import io.vqr.jobs.ingest.IngestLauncher;
import io.vqr.ops.delivery.DeliveryLog;
import io.vqr.ops.delivery.DeliveryResult;
import io.vqr.ops.delivery.Mailer;
import io.vqr.ops.delivery.ReportDelivery;
import io.vqr.ops.delivery.RenderedReports;
import io.vqr.review.ReviewSettings;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Runs a job definition's work on an open warehouse: load the roster (when given), ingest
 * the inbox, render the reports, deliver them, logging the start, the end and a one-line
 * run summary. A failed part ends the run; running it again continues where it stopped
 * (the ingest takes what is left, the report job restarts, delivery retries what failed).
 */
public final class DefinedJobRunner {

	private static final Logger log = LoggerFactory.getLogger(DefinedJobRunner.class);

	private final Warehouse warehouse;

	private final ReportRenderer renderer;

	public DefinedJobRunner(Warehouse warehouse, ReportRenderer renderer) {
		this.warehouse = warehouse;
		this.renderer = renderer;
	}

	/**
	 * @throws io.vqr.jobs.JobBusyException when another process renders or delivers the
	 * same reports
	 */
	public RunOutcome run(JobDefinition job, JobWork work, PrintWriter out) throws Exception {
		long started = System.nanoTime();
		long runId = System.currentTimeMillis();
		String what = work.name().toLowerCase(java.util.Locale.ROOT);
		log.info("Job {} {} started: year {}, inbox {}, output {}", job.name(), what, job.year(), job.inbox(),
				job.output());
		Map<String, Integer> counts = new LinkedHashMap<>();
		Optional<RunSummary> ingest = Optional.empty();
		Optional<String> problem = Optional.empty();
		try {
			if (job.roster().isPresent() && work != JobWork.DELIVER) {
				counts.put("roster schools",
						this.warehouse.bean(RosterLoader.class).load(job.year(), job.roster().get()));
			}
			if (work != JobWork.DELIVER) {
				// The job file says how the year's files go through review, for every
				// way they arrive (the portal's uploads too).
				this.warehouse.bean(ReviewSettings.class).save(job.year(), job.review());
			}
			if (work.ingests()) {
				OffsetDateTime start = OffsetDateTime.now();
				JobExecution execution = this.warehouse.bean(IngestLauncher.class)
					.run(job.year(), job.inbox(), job.feedback(), null);
				RunSummary summary = this.warehouse.bean(IngestSummary.class)
					.build(execution.getJobId(), job.year(), start, OffsetDateTime.now());
				ingest = Optional.of(summary);
				counts.put("files", summary.files().size());
				counts.putAll(summary.totals());
				if (execution.getStatus() != BatchStatus.COMPLETED) {
					problem = Optional.of("ingest ended " + execution.getStatus() + ": "
							+ execution.getExitStatus().getExitDescription().lines().findFirst().orElse("see the log"));
				}
			}
			if (work.reports() && problem.isEmpty()
					&& !this.renderer.render(this.warehouse, job.year(), job.output(), out)) {
				problem = Optional.of("the report job did not finish");
			}
			if (work.delivers() && problem.isEmpty()) {
				counts.put("reports", RenderedReports.read(job.output(), job.year()).entries().size());
				DeliveryResult delivery = delivery(job).deliver(job, runId);
				counts.putAll(delivery.counts());
				if (delivery.failed() > 0) {
					problem = Optional.of(delivery.failed() + " delivery failure(s), retried on the next run");
				}
			}
		}
		catch (io.vqr.jobs.JobBusyException ex) {
			throw ex;
		}
		catch (Exception ex) {
			log.error("Job {} {} failed after {} s: {}", job.name(), what,
					Duration.ofNanos(System.nanoTime() - started).toSeconds(), ex.getMessage());
			throw ex;
		}
		RunOutcome outcome = new RunOutcome(job.name(), work, problem.isEmpty(), counts, ingest,
				Duration.ofNanos(System.nanoTime() - started), problem);
		log.info("Job {} {} ended {}", job.name(), what, outcome.completed() ? "COMPLETED" : "NOT COMPLETED");
		log.info(outcome.summaryLine());
		return outcome;
	}

	private ReportDelivery delivery(JobDefinition job) {
		Optional<JavaMailSender> springSender = Optional
			.ofNullable(this.warehouse.context().getBeanProvider(JavaMailSender.class).getIfAvailable());
		Optional<Mailer> mailer = Mailer.configure(job.mail(), springSender, this.warehouse.context().getEnvironment(),
				System.getenv());
		return new ReportDelivery(this.warehouse.bean(DeliveryLog.class),
				this.warehouse.bean(javax.sql.DataSource.class), mailer);
	}

}
