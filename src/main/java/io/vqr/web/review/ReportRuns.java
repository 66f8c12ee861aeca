package io.vqr.web.review;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.jobs.JobRunner;
import io.vqr.jobs.report.ReportJobConfiguration;
import io.vqr.jobs.report.ReportParameters;
import io.vqr.report.output.ReportFiles;
import io.vqr.web.official.PublishedReports;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The report run started from a reviewer's page: the same report job as {@code report},
 * into the folder officials download from, one run at a time in the background.
 */
@Component
public class ReportRuns {

	private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "portal-report-run");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<String> state = new AtomicReference<>();

	private final ApplicationContext context;

	private final PublishedReports reports;

	ReportRuns(ApplicationContext context, PublishedReports reports) {
		this.context = context;
		this.reports = reports;
	}

	/** Starts a run unless one is going; returns what the page says. */
	public synchronized String start(int year, String by) {
		String current = this.state.get();
		if (current != null && current.startsWith("正在")) {
			return current;
		}
		this.state.set("正在生成 " + year + " 年度报告（" + by + " 于 " + Instant.now() + " 开始）");
		this.executor.submit(() -> run(year, by));
		return this.state.get();
	}

	public String state() {
		return this.state.get();
	}

	private void run(int year, String by) {
		try {
			Job job = this.context.getBean(ReportJobConfiguration.JOB_NAME + "Job", Job.class);
			JobExecution execution = this.context.getBean(JobRunner.class)
				.run(job, ReportParameters.of(year, this.reports.root(), List.of(), ReportFiles.FORMATS),
						new JobParameters());
			boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
			log.info("Report run for {} started by {} from the portal: {}", year, by, execution.getStatus());
			this.state.set(completed ? year + " 年度报告已生成。" : year + " 年度报告未能全部生成，请再次点击继续。");
		}
		catch (Exception ex) {
			log.error("Report run for {} failed: {}", year, ex.toString());
			this.state.set(year + " 年度报告生成失败：" + ex.getMessage() + "。请再次点击继续，或联系系统管理员。");
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
