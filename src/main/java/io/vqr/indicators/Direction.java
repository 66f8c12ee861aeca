package io.vqr.indicators;

/**
 * Which way an indicator gets better: decides what "worse than last year" means (for 生师比
 * a higher value is worse).
 */
public enum Direction {

	HIGHER_IS_BETTER,

	LOWER_IS_BETTER,

	/** Sizes such as 在校生数: a change is neither good nor bad. */
	NEUTRAL;

	/**
	 * Whether going from {@code before} to {@code after} is a deterioration, by the
	 * amount {@code change} (positive when {@code after > before}).
	 */
	public boolean isWorsening(double change) {
		return switch (this) {
			case HIGHER_IS_BETTER -> change < 0;
			case LOWER_IS_BETTER -> change > 0;
			case NEUTRAL -> false;
		};
	}

}
