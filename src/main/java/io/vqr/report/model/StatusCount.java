package io.vqr.report.model;

/**
 * Submission status of one group of schools (a 办学类型, a city, or all).
 *
 * @param group group name (办学类型 name, city name, or 合计)
 * @param expected schools expected to submit
 * @param accepted accepted without warnings
 * @param acceptedWithWarnings accepted with warnings
 * @param rejected whose latest submission was rejected (and none accepted)
 * @param notSubmitted with no submission at all (or none processed to the end)
 */
public record StatusCount(String group, int expected, int accepted, int acceptedWithWarnings, int rejected,
		int notSubmitted) {

	/** Accepted with or without warnings. */
	public int acceptedTotal() {
		return this.accepted + this.acceptedWithWarnings;
	}

	/** Accepted share of expected, as a fraction; null when nothing is expected. */
	public Double acceptedShare() {
		return (this.expected == 0) ? null : (double) acceptedTotal() / this.expected;
	}

}
