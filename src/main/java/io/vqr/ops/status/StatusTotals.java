package io.vqr.ops.status;

import java.util.EnumMap;
import java.util.Map;

/** Counts of expected schools per state, for a group (a 办学类型, a city, or all). */
public record StatusTotals(String group, int expected, Map<SchoolState, Integer> byState) {

	static StatusTotals empty(String group) {
		Map<SchoolState, Integer> counts = new EnumMap<>(SchoolState.class);
		for (SchoolState state : SchoolState.values()) {
			counts.put(state, 0);
		}
		return new StatusTotals(group, 0, counts);
	}

	StatusTotals plus(SchoolState state) {
		Map<SchoolState, Integer> counts = new EnumMap<>(this.byState);
		counts.merge(state, 1, Integer::sum);
		return new StatusTotals(this.group, this.expected + 1, counts);
	}

	public int count(SchoolState state) {
		return this.byState.getOrDefault(state, 0);
	}

}
