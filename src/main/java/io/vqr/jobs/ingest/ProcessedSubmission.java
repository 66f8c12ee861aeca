package io.vqr.jobs.ingest;

import java.time.Duration;
import java.util.Map;

import io.vqr.standard.Severity;
import io.vqr.warehouse.SubmissionStatus;

/**
 * What processing one submission produced, for progress lines and the command's printout.
 */
public record ProcessedSubmission(long submissionId, String fileName, String schoolCode, SubmissionStatus status,
		Integer version, Map<Severity, Integer> findings, long rowsRead, long rowsLoaded, String feedbackFile,
		Duration took) {
}
