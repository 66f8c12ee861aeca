package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.vqr.standard.Severity;
import io.vqr.warehouse.SubmissionStatus;

/**
 * What processing one submission produced, for progress lines, the step's counts and the
 * command's printout.
 *
 * @param status the file's outcome, or {@link SubmissionStatus#FAILED}
 * @param note what becomes of the accepted file (review's note), or null
 * @param feedbackFile the feedback workbook written, or null
 * @param failure why processing failed or the file could not be handed on, or null
 * @param mostFindingsHeld the most findings held in memory at once while processing:
 * bounded by the rules found, not by the findings' number
 */
public record ProcessedSubmission(long submissionId, String fileName, String schoolCode, SubmissionStatus status,
		Integer version, Map<Severity, Integer> findings, long rowsRead, long rowsLoaded, String note,
		Path feedbackFile, String failure, Duration took, int mostFindingsHeld) {

	/** Processing failed; nothing of the file stays. */
	static ProcessedSubmission failed(long submissionId, String fileName, String failure, Duration took) {
		Map<Severity, Integer> none = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			none.put(severity, 0);
		}
		return new ProcessedSubmission(submissionId, fileName, null, SubmissionStatus.FAILED, null, none, 0, 0, null,
				null, failure, took, 0);
	}

	/** Whether something went wrong that the run must report (exit 1). */
	public boolean problem() {
		return this.failure != null;
	}

	ProcessedSubmission withFailure(String why) {
		return new ProcessedSubmission(this.submissionId, this.fileName, this.schoolCode, this.status, this.version,
				this.findings, this.rowsRead, this.rowsLoaded, this.note, this.feedbackFile, why, this.took,
				this.mostFindingsHeld);
	}

}
