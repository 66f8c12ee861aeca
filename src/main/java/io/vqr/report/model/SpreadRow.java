package io.vqr.report.model;

import io.vqr.indicators.Indicator;

/**
 * The spread of one rate across the schools that have it (percentile_cont), next to the
 * pooled provincial value. Values are fractions for rates; all null when no school has a
 * value.
 *
 * @param indicator the indicator
 * @param schools schools with a non-empty value
 * @param min minimum
 * @param p25 25th percentile
 * @param median median
 * @param p75 75th percentile
 * @param max maximum
 * @param pooled the pooled provincial value
 */
public record SpreadRow(Indicator indicator, int schools, Double min, Double p25, Double median, Double p75, Double max,
		Double pooled) {

	public String text(Double value) {
		return ReportFormats.value(this.indicator, value);
	}

}
