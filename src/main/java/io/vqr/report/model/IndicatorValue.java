package io.vqr.report.model;

import io.vqr.indicators.Indicator;

/**
 * One indicator's value for a school or a group, with what it was computed from.
 * <ul>
 * <li>rates: {@code value = numerator / denominator} as a fraction (0.965); value is null
 * when the denominator is 0</li>
 * <li>ratio (生师比): numerator = students, denominator = fulltime + 0.5 × parttime</li>
 * <li>per-student amounts: numerator = the resource (in 元, 个, 册), denominator =
 * students</li>
 * <li>means: numerator = sum, denominator = n; median: numerator null, denominator =
 * n</li>
 * <li>counts and as-submitted amounts: numerator and denominator null</li>
 * </ul>
 *
 * @param indicator the indicator
 * @param value the value, null when it cannot be computed (no denominator, not given)
 * @param numerator see above, or null
 * @param denominator see above, or null
 */
public record IndicatorValue(Indicator indicator, Double value, Double numerator, Double denominator) {

	/** A rate or ratio; empty when the denominator is 0 or missing. */
	public static IndicatorValue quotient(Indicator indicator, Double numerator, Double denominator) {
		Double value = (numerator == null || denominator == null || denominator == 0) ? null : numerator / denominator;
		return new IndicatorValue(indicator, value, numerator, denominator);
	}

	/** A count or as-submitted amount; value may be null (not given). */
	public static IndicatorValue of(Indicator indicator, Double value) {
		return new IndicatorValue(indicator, value, null, null);
	}

	/** No data at all (e.g. no Y-1 submission). */
	public static IndicatorValue empty(Indicator indicator) {
		return new IndicatorValue(indicator, null, null, null);
	}

	public boolean isEmpty() {
		return this.value == null;
	}

	/**
	 * The sample size behind a mean or median, or the base of a rate; null when there is
	 * none.
	 */
	public Long n() {
		return (this.denominator == null) ? null : Math.round(this.denominator);
	}

	/** The value as printed: {@code 96.5%}, {@code 1,234}, {@code 17.2}, or {@code —}. */
	public String text() {
		return ReportFormats.value(this.indicator, this.value);
	}

}
