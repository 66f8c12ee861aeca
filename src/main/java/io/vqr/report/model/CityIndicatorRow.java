package io.vqr.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorKind;

/**
 * One indicator of a city report: the city's pooled 中职 value with its change on last
 * year, beside the province's 中职 value.
 *
 * @param city the city's comparison (Y, Y-1, change)
 * @param province the province's 中职 comparison
 */
public record CityIndicatorRow(IndicatorComparison city, IndicatorComparison province) {

	public Indicator indicator() {
		return this.city.indicator();
	}

	public String name() {
		return this.city.name();
	}

	public String unit() {
		return this.city.unit();
	}

	public String provinceText() {
		return this.province.currentText();
	}

	/**
	 * How the city stands against the province, from the values as printed: a count as
	 * the city's share of the province ({@code 占全省18.2%}), a rate in percentage points
	 * ({@code 高1.2个百分点}), anything else in percent ({@code 低3.4%}); {@code 持平} when equal
	 * as printed, {@code —} without both values.
	 */
	public String gapText() {
		Indicator indicator = indicator();
		Double own = this.city.current().value();
		Double whole = this.province.current().value();
		if (own == null || whole == null) {
			return ReportFormats.EMPTY;
		}
		if (indicator.kind() == IndicatorKind.COUNT) {
			return (whole == 0) ? ReportFormats.EMPTY : "占全省" + ReportFormats.percent(own / whole);
		}
		Double gap = ReportFormats.change(indicator, own, whole);
		if (gap == null) {
			return ReportFormats.EMPTY;
		}
		BigDecimal rounded = BigDecimal.valueOf(gap).setScale(1, RoundingMode.HALF_UP);
		if (rounded.signum() == 0) {
			return ReportFormats.UNCHANGED;
		}
		String amount = rounded.abs().toPlainString() + (indicator.kind().changesInPoints() ? "个百分点" : "%");
		return ((rounded.signum() > 0) ? "高" : "低") + amount;
	}

	/**
	 * {@code better}, {@code worse} or empty: whether the city is on the good side of the
	 * province, for the table's colour.
	 */
	public String gapTrend() {
		Double own = this.city.current().value();
		Double whole = this.province.current().value();
		if (own == null || whole == null || indicator().kind() == IndicatorKind.COUNT) {
			return "";
		}
		double difference = ReportFormats.shown(indicator(), own) - ReportFormats.shown(indicator(), whole);
		if (difference == 0) {
			return "";
		}
		return switch (indicator().direction()) {
			case HIGHER_IS_BETTER -> (difference > 0) ? "better" : "worse";
			case LOWER_IS_BETTER -> (difference < 0) ? "better" : "worse";
			default -> "";
		};
	}

}
