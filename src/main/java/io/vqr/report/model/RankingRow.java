package io.vqr.report.model;

/**
 * A school's place in a ranking.
 *
 * @param rank 1 = best; equal values share a rank
 * @param schoolCode school code
 * @param schoolName school name
 * @param schoolType 办学类型
 * @param cityName city name
 * @param value the school's value
 */
public record RankingRow(int rank, String schoolCode, String schoolName, String schoolType, String cityName,
		IndicatorValue value) {

}
