package io.vqr.jobs.ingest;

import java.nio.file.Path;

import io.vqr.review.ReviewMode;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

/**
 * The ingest job's parameters: year and inbox identify the work; the output locations do
 * not.
 */
public final class IngestParameters {

	public static final String YEAR = "year";

	public static final String INBOX = "inbox";

	public static final String FEEDBACK = "feedback";

	public static final String SUMMARY = "summary";

	/**
	 * The review mode of this run ({@code auto} or {@code required}; {@code ingest
	 * --review}); absent: the year's ({@link io.vqr.review.ReviewSettings}).
	 */
	public static final String REVIEW = "review";

	private IngestParameters() {
	}

	public static JobParameters identifying(int year, Path inbox) {
		return new JobParametersBuilder().addLong(YEAR, (long) year)
			.addString(INBOX, inbox.toAbsolutePath().normalize().toString())
			.toJobParameters();
	}

	public static JobParameters other(Path feedbackDir, Path summaryFile) {
		return other(feedbackDir, summaryFile, null);
	}

	/**
	 * @param review the run's review mode, or null for the year's
	 */
	public static JobParameters other(Path feedbackDir, Path summaryFile, ReviewMode review) {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (review != null) {
			builder.addString(REVIEW, review.code(), false);
		}
		builder.addString(FEEDBACK, feedbackDir.toAbsolutePath().normalize().toString(), false);
		if (summaryFile != null) {
			builder.addString(SUMMARY, summaryFile.toAbsolutePath().normalize().toString(), false);
		}
		return builder.toJobParameters();
	}

}
