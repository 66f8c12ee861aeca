package io.vqr.report.model;

import java.util.List;

/**
 * Data of one chart as a plain series, label → value, in display order.
 *
 * @param title chart title, Chinese
 * @param unit unit of the values (人, %, ...); for {@code %} the values are fractions
 * @param points the points; empty when there is nothing to chart
 */
public record ChartSeries(String title, String unit, List<ChartPoint> points) {

	public ChartSeries {
		points = List.copyOf(points);
	}

	public boolean isEmpty() {
		return this.points.isEmpty();
	}

	/** Sum of the values, e.g. for a totals row or shares. */
	public double total() {
		return this.points.stream().mapToDouble(ChartPoint::value).sum();
	}

}
