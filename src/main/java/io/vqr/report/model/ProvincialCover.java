package io.vqr.report.model;

import java.time.LocalDate;

/**
 * The cover of the provincial report.
 *
 * @param provinceName province name from dim_region
 * @param title {@code <省名><Y>年度职业教育质量报告}
 * @param generatedOn date of generation
 * @param dataAsOf the latest processing date among the current submissions of Y, or null
 * @param schoolsWithData schools with current data for Y
 */
public record ProvincialCover(String provinceName, String title, LocalDate generatedOn, LocalDate dataAsOf,
		int schoolsWithData) {

	public String generatedOnText() {
		return ReportFormats.date(this.generatedOn);
	}

	public String dataAsOfText() {
		return ReportFormats.date(this.dataAsOf);
	}

}
