package io.vqr.ops.status;

import java.time.OffsetDateTime;

import io.vqr.review.ReviewState;

/**
 * One expected school's submission status.
 *
 * @param errorCount errors of the latest rejected file (when rejected)
 * @param warningCount warnings of the current submission (when accepted)
 * @param currentVersion version of the file that counts for the school's submission: the
 * file under review (its latest file that passed the rules), if any
 * @param submissions files processed for the school this year
 * @param lastFile the latest file received from the school
 * @param lastAt when the latest file was processed (or received, if not processed yet)
 * @param reviewState where review stands for the school-year
 * @param officialVersion version of the official (last approved) file, if any
 */
public record SchoolStatus(String schoolCode, String schoolName, String schoolType, String cityCode, String cityName,
		SchoolState state, int errorCount, int warningCount, Integer currentVersion, int submissions, String lastFile,
		OffsetDateTime lastAt, ReviewState reviewState, Integer officialVersion) {
}
