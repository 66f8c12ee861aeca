package io.vqr.indicators;

import java.util.Map;

import io.vqr.report.model.IndicatorValue;

/**
 * Pooled indicator values of one group of schools in one year.
 *
 * @param kind how the group is formed
 * @param key 办学类型 name, city code, or empty for the province
 * @param schools schools with current data in the group
 * @param values every indicator's pooled value
 */
public record GroupValues(GroupKind kind, String key, int schools, Map<Indicator, IndicatorValue> values) {

	public GroupValues {
		values = Map.copyOf(values);
	}

	public IndicatorValue value(Indicator indicator) {
		IndicatorValue value = this.values.get(indicator);
		return (value != null) ? value : IndicatorValue.empty(indicator);
	}

}
