package io.vqr.report.model;

import java.util.List;

import io.vqr.indicators.Indicator;

/**
 * An indicator for year Y and Y-1 with the change: in percentage points for rates, in
 * percent for counts, amounts and ratios (indicators.md, Year over year).
 * {@code previous} is an empty value when Y-1 has no data.
 *
 * @param indicator the indicator
 * @param current value in Y
 * @param previous value in Y-1 (empty when there is none)
 * @param changeBase the value in Y the change is computed from: {@code current}, except
 * for a group whose schools differ between the years, where it is Y over the schools
 * present in both (as {@code previous} is)
 */
public record IndicatorComparison(Indicator indicator, IndicatorValue current, IndicatorValue previous,
		IndicatorValue changeBase) {

	public IndicatorComparison(Indicator indicator, IndicatorValue current, IndicatorValue previous) {
		this(indicator, current, previous, current);
	}

	public static IndicatorComparison of(IndicatorValue current, IndicatorValue previous) {
		return of(current, previous, current);
	}

	/**
	 * A comparison whose change is {@code changeBase} against {@code previous}: both over
	 * the same schools.
	 */
	public static IndicatorComparison of(IndicatorValue current, IndicatorValue previous, IndicatorValue changeBase) {
		return new IndicatorComparison(current.indicator(), current,
				(previous != null) ? previous : IndicatorValue.empty(current.indicator()),
				(changeBase != null) ? changeBase : IndicatorValue.empty(current.indicator()));
	}

	/** Chinese name of the indicator. */
	public String name() {
		return this.indicator.title();
	}

	public String unit() {
		return this.indicator.unit();
	}

	/**
	 * The change as a number: percentage points for rates (1.2 = +1.2 个百分点), percent for
	 * the others (3.4 = 增长3.4%); null when either year is empty or (percent) Y-1 is 0.
	 */
	public Double change() {
		return ReportFormats.change(this.indicator, this.changeBase.value(), this.previous.value());
	}

	/** {@code +1.2个百分点}, {@code 增长3.4%}, {@code 下降2.0%}, {@code 持平} or {@code —}. */
	public String changeText() {
		return ReportFormats.changeText(this.indicator, change());
	}

	public String currentText() {
		return this.current.text();
	}

	/**
	 * The value in Y the change is computed from, as printed: Y over the schools present
	 * in both years where a group's schools differ.
	 */
	public String changeBaseText() {
		return this.changeBase.text();
	}

	public String previousText() {
		return this.previous.text();
	}

	/** The value in Y with its unit, for running text and key figures: {@code 17.2:1}. */
	public String currentWithUnit() {
		return ReportFormats.valueWithUnit(this.indicator, this.current.value());
	}

	/** The comparison of {@code indicator} in {@code comparisons}, or null. */
	public static IndicatorComparison find(List<IndicatorComparison> comparisons, Indicator indicator) {
		return comparisons.stream().filter((c) -> c.indicator() == indicator).findFirst().orElse(null);
	}

}
