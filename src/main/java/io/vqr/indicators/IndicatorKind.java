package io.vqr.indicators;

/**
 * How an indicator is measured, which decides how it is shown and how its change from the
 * year before is expressed (indicators.md, Year over year).
 */
public enum IndicatorKind {

	/** A share with numerator and denominator; value is a fraction (0.965 = 96.5%). */
	RATE,

	/** A number of persons, projects and the like. */
	COUNT,

	/** A money amount, a per-student value or a mean. */
	AMOUNT,

	/** A ratio shown as {@code x:1} (生师比). */
	RATIO;

	/** Whether a change is expressed in percentage points (rates) rather than percent. */
	public boolean changesInPoints() {
		return this == RATE;
	}

}
