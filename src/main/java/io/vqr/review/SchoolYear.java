package io.vqr.review;

import java.time.OffsetDateTime;

/**
 * A school's data for a year as review sees it: its state, the file under review, whether
 * a city reviews it before the province, and the version every change bumps.
 *
 * @param reviewSubmissionId the file under review, or null while nothing passed the rules
 * @param version what an action read; it applies only if nobody changed it since
 */
public record SchoolYear(int year, String schoolCode, ReviewState state, Long reviewSubmissionId, boolean cityLevel,
		int version, OffsetDateTime updatedAt) {

	/** A school-year without any file that passed the rules (no row stored yet). */
	static SchoolYear notSubmitted(int year, String schoolCode) {
		return new SchoolYear(year, schoolCode, ReviewState.NOT_SUBMITTED, null, false, -1, null);
	}

	boolean stored() {
		return this.version >= 0;
	}

}
