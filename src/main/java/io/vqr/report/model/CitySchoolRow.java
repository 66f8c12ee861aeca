package io.vqr.report.model;

import java.util.List;

import io.vqr.review.ReviewState;

/**
 * One 中职 school of a city with figures, as a row of the city report's table of schools.
 *
 * @param schoolCode school code
 * @param schoolName school name
 * @param ownership 办学性质 (公办, 民办)
 * @param reviewState the review state of the file its figures come from
 * @param values its values in Y, one per column of {@link CityReport#schoolColumns()}
 * (the key indicators)
 * @param allValues its values of every indicator of the year, in catalogue order (the
 * workbook)
 * @param warnings how many thresholds it misses
 */
public record CitySchoolRow(String schoolCode, String schoolName, String ownership, ReviewState reviewState,
		List<IndicatorValue> values, List<IndicatorValue> allValues, int warnings) {

	public CitySchoolRow {
		values = List.copyOf(values);
		allValues = List.copyOf(allValues);
	}

	/** {@code 2项}, or {@code —} when it misses none. */
	public String warningsText() {
		return (this.warnings == 0) ? ReportFormats.EMPTY : this.warnings + "项";
	}

}
