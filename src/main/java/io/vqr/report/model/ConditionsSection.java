package io.vqr.report.model;

import java.util.List;

/**
 * 五、办学条件与政策落实: every threshold that applies to the school.
 *
 * @param checks the checks, in the order of the thresholds file
 */
public record ConditionsSection(List<ThresholdCheck> checks) {

	public ConditionsSection {
		checks = List.copyOf(checks);
	}

	public long metCount() {
		return this.checks.stream().filter((check) -> check.status() == ThresholdStatus.MET).count();
	}

	public long notMetCount() {
		return this.checks.stream().filter((check) -> check.status() == ThresholdStatus.NOT_MET).count();
	}

}
