package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.util.Map;

import io.vqr.standard.Severity;
import io.vqr.warehouse.SubmissionStatus;

/**
 * What became of one file given to {@link FileIntake}.
 *
 * @param submissionId its submission (for a duplicate: the earlier one with the same
 * bytes)
 * @param fileName the name the school gave the file
 * @param status its outcome ({@code ACCEPTED}, {@code ACCEPTED_WITH_WARNINGS},
 * {@code REJECTED}), {@code DUPLICATE} (the same bytes were received before: the earlier
 * file's outcome stands), {@code FAILED} (an infrastructure fault: nothing of it is
 * loaded, a later run takes it again) or {@code PROCESSING} (another process is working
 * on it)
 * @param schoolCode the school read from the file, or null
 * @param version the version of the school's data it became, or null
 * @param findings findings per severity
 * @param rowsRead rows read over all sheets
 * @param rowsLoaded rows loaded over all sheets (0 unless accepted)
 * @param note what becomes of the accepted file (review's note, e.g.
 * {@code 已锁定：省级解锁后方可替换}), or null
 * @param feedbackFile the feedback workbook, or null
 * @param failure why processing failed, or null
 */
public record IntakeResult(long submissionId, String fileName, SubmissionStatus status, String schoolCode,
		Integer version, Map<Severity, Integer> findings, long rowsRead, long rowsLoaded, String note,
		Path feedbackFile, String failure) {
}
