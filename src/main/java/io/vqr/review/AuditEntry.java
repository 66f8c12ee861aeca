package io.vqr.review;

import java.time.OffsetDateTime;

/**
 * One row of the review audit: who did what to a school-year, when, from which state to
 * which, why, and on which file.
 *
 * @param reason the reason (return, unlock), the explanation's text, or what the system
 * did
 * @param submissionId the file under review the action was about, or null
 * @param sha256 that file's content digest, or null
 */
public record AuditEntry(long auditId, int year, String schoolCode, ReviewLevel level, ReviewAction action,
		ReviewState fromState, ReviewState toState, String actor, OffsetDateTime actedAt, String reason,
		Long submissionId, String sha256) {
}
