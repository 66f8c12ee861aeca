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
 * @param sameSchools when the group's schools of Y and Y-1 differ, the number present in
 * both, on which the Y-1 column and the changes rest; null when the sets are the same (or
 * there is no Y-1)
 * @param excludedIncomes monthly incomes left out of the mean and median (flagged by
 * W-INCOME-RANGE, not explained)
 */
public record GroupIndicators(String key, String name, int schools, List<IndicatorComparison> indicators,
		Integer sameSchools, long excludedIncomes) {

	public GroupIndicators {
		indicators = List.copyOf(indicators);
	}

	public GroupIndicators(String key, String name, int schools, List<IndicatorComparison> indicators) {
		this(key, name, schools, indicators, null, 0);
	}

	/**
	 * {@code 上年数据及变化按两年均有数据的12所学校计算}, or null when Y-1 and Y cover the same schools.
	 */
	public String yearOverYearNote() {
		return (this.sameSchools != null) ? ReportNotes.sameSchools(this.sameSchools) : null;
	}

	/** What the mean and median income leave out, said under the table. */
	public String incomeNote() {
		return ReportNotes.excludedIncomes(this.excludedIncomes);
	}

	public IndicatorComparison indicator(Indicator indicator) {
		return IndicatorComparison.find(this.indicators, indicator);
	}

}
