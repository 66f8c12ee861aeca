package io.vqr.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row {@code 指标 | 单位 | Y-1 | Y} of a v2 report's tables: an indicator (with its
 * change), or a number as the school submitted it (服务贡献, 国际合作, the new 基本信息 fields). A
 * value not given, or not collected in the year's standard, prints as the dash, never 0.
 *
 * @param name the row's name
 * @param unit its unit
 * @param indicator the indicator, or null for a submitted number
 * @param previous Y-1's value (a rate as a fraction), or null
 * @param current Y's value, or null
 * @param decimals decimals a submitted number is printed with
 */
public record FigureRow(String name, String unit, IndicatorComparison indicator, Double previous, Double current,
		int decimals) {

	/** An indicator's row. */
	public static FigureRow of(IndicatorComparison comparison) {
		return new FigureRow(comparison.name(), comparison.unit(), comparison, comparison.previous().value(),
				comparison.current().value(), comparison.indicator().decimals());
	}

	/** A submitted number's row. */
	public static FigureRow submitted(String name, String unit, Double previous, Double current, int decimals) {
		return new FigureRow(name, unit, null, previous, current, decimals);
	}

	/** Whether the values are fractions printed as percentages. */
	public boolean isRate() {
		return this.indicator != null && this.indicator.indicator().isRate();
	}

	public String previousText() {
		return (this.indicator != null) ? this.indicator.previousText()
				: ReportFormats.number(this.previous, this.decimals);
	}

	public String currentText() {
		return (this.indicator != null) ? this.indicator.currentText()
				: ReportFormats.number(this.current, this.decimals);
	}

	/**
	 * The change as the indicator tables print it; for a submitted number the percent
	 * change of the values as printed, the dash when a year is missing or Y-1 is 0.
	 */
	public String changeText() {
		if (this.indicator != null) {
			return this.indicator.changeText();
		}
		if (this.previous == null || this.current == null) {
			return ReportFormats.EMPTY;
		}
		BigDecimal before = BigDecimal.valueOf(this.previous).setScale(this.decimals, RoundingMode.HALF_UP);
		BigDecimal after = BigDecimal.valueOf(this.current).setScale(this.decimals, RoundingMode.HALF_UP);
		if (before.signum() == 0) {
			return ReportFormats.EMPTY;
		}
		double change = after.subtract(before).doubleValue() / before.abs().doubleValue() * 100;
		BigDecimal rounded = BigDecimal.valueOf(change).setScale(1, RoundingMode.HALF_UP);
		if (rounded.signum() == 0) {
			return ReportFormats.UNCHANGED;
		}
		return ((rounded.signum() > 0) ? "增长" : "下降") + rounded.abs().toPlainString() + "%";
	}

}
