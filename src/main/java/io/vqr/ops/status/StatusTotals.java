package io.vqr.ops.status;

import java.util.EnumMap;
import java.util.Map;

import io.vqr.review.ReviewState;

/**
 * Counts of expected schools per file outcome and per review state, for a group (a 办学类型,
 * a city, or all).
 */
public record StatusTotals(String group, int expected, Map<SchoolState, Integer> byState,
		Map<ReviewState, Integer> byReviewState) {

	static StatusTotals empty(String group) {
		Map<SchoolState, Integer> counts = new EnumMap<>(SchoolState.class);
		for (SchoolState state : SchoolState.values()) {
			counts.put(state, 0);
		}
		Map<ReviewState, Integer> reviews = new EnumMap<>(ReviewState.class);
		for (ReviewState state : ReviewState.values()) {
			reviews.put(state, 0);
		}
		return new StatusTotals(group, 0, counts, reviews);
	}

	StatusTotals plus(SchoolStatus school) {
		Map<SchoolState, Integer> counts = new EnumMap<>(this.byState);
		counts.merge(school.state(), 1, Integer::sum);
		Map<ReviewState, Integer> reviews = new EnumMap<>(this.byReviewState);
		reviews.merge(school.reviewState(), 1, Integer::sum);
		return new StatusTotals(this.group, this.expected + 1, counts, reviews);
	}

	public int count(SchoolState state) {
		return this.byState.getOrDefault(state, 0);
	}

	public int count(ReviewState state) {
		return this.byReviewState.getOrDefault(state, 0);
	}

}
