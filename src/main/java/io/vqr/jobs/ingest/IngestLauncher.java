package io.vqr.jobs.ingest;

import java.nio.file.Path;

import io.vqr.jobs.JobRunner;
import io.vqr.review.ReviewMode;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Runs the ingest of a year's inbox: a new run each time, alongside any other ingest of
 * the warehouse (docs/operations.md, Claims).
 */
@Component
public class IngestLauncher {

	private final Job job;

	private final JobRunner runner;

	public IngestLauncher(@Qualifier(IngestJobConfiguration.JOB_NAME + "Job") Job job, JobRunner runner) {
		this.job = job;
		this.runner = runner;
	}

	/**
	 * @param feedbackDir where the feedback workbooks of the files this run registers go
	 * @param summaryFile where to write the run's summary as JSON, or null
	 */
	public JobExecution run(int year, Path inbox, Path feedbackDir, Path summaryFile) throws Exception {
		return run(year, inbox, feedbackDir, summaryFile, null);
	}

	/**
	 * @param review this run's review mode ({@code ingest --review}), or null for the
	 * year's
	 */
	public JobExecution run(int year, Path inbox, Path feedbackDir, Path summaryFile, ReviewMode review)
			throws Exception {
		return this.runner.runAlongside(this.job, IngestParameters.identifying(year, inbox),
				IngestParameters.other(feedbackDir, summaryFile, review));
	}

}
