package io.vqr.ops.status;

import java.time.OffsetDateTime;

/**
 * One expected school's submission status.
 *
 * @param errorCount errors of the latest rejected file (when rejected)
 * @param warningCount warnings of the current submission (when accepted)
 * @param currentVersion version of the submission that counts, if any
 * @param submissions files processed for the school this year
 * @param lastFile the latest file received from the school
 * @param lastAt when the latest file was processed (or received, if not processed yet)
 */
public record SchoolStatus(String schoolCode, String schoolName, String schoolType, String cityCode, String cityName,
		SchoolState state, int errorCount, int warningCount, Integer currentVersion, int submissions, String lastFile,
		OffsetDateTime lastAt) {
}
