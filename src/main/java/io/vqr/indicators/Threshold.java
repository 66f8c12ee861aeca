package io.vqr.indicators;

/**
 * One 合格线: an indicator must be {@code comparison limit} for the schools of a threshold
 * group (中职 or 高职, {@link io.vqr.standard.CodeLists#THRESHOLD_GROUP}); {@code publicOnly}
 * limits it to 公办 schools. For rates the limit is a fraction (0.5 = 50%).
 */
public record Threshold(Indicator indicator, String group, Comparison comparison, double limit, boolean publicOnly) {

	/** Whether a value meets the threshold. */
	public boolean metBy(double value) {
		return this.comparison.satisfiedBy(value, this.limit);
	}

}
