package io.vqr.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Minimum, median and maximum of one figure over the benchmark's runs.
 *
 * @param min the smallest value
 * @param median the middle value (mean of the two middle ones for an even count)
 * @param max the largest value
 * @param values every value, in run order
 */
public record Stats(double min, double median, double max, List<Double> values) {

	public Stats {
		values = List.copyOf(values);
	}

	public static Stats of(List<Double> values) {
		if (values.isEmpty()) {
			return new Stats(Double.NaN, Double.NaN, Double.NaN, List.of());
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return new Stats(sorted.get(0), median, sorted.get(n - 1), values);
	}

}
