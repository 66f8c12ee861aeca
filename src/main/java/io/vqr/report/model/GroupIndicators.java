package io.vqr.report.model;

import java.util.List;

import io.vqr.indicators.Indicator;

/**
 * Pooled indicators of a group of schools (Σ numerators / Σ denominators, never the mean
 * of the schools' rates), for Y and Y-1.
 *
 * @param key group key (办学类型 name, city code, or {@code province})
 * @param name group name as printed (办学类型, city name, 全省)
 * @param schools schools with current data in Y
 * @param indicators every indicator, in catalogue order
 */
public record GroupIndicators(String key, String name, int schools, List<IndicatorComparison> indicators) {

	public GroupIndicators {
		indicators = List.copyOf(indicators);
	}

	public IndicatorComparison indicator(Indicator indicator) {
		return IndicatorComparison.find(this.indicators, indicator);
	}

}
