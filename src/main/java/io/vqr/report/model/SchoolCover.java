package io.vqr.report.model;

import java.time.LocalDate;

/**
 * The cover of a school report.
 *
 * @param schoolCode 10-digit school code
 * @param schoolName school name
 * @param title {@code <Y>年度职业教育质量报告}
 * @param provinceName province name from dim_region, e.g. 广东省
 * @param generatedOn date of generation
 * @param dataVersion version of the school's current submission (1, 2, ...)
 * @param dataProcessedOn the date that submission was processed
 */
public record SchoolCover(String schoolCode, String schoolName, String title, String provinceName,
		LocalDate generatedOn, int dataVersion, LocalDate dataProcessedOn) {

	/** {@code 2024年9月30日}. */
	public String generatedOnText() {
		return ReportFormats.date(this.generatedOn);
	}

	/** {@code 第2版（2024年9月30日）}. */
	public String dataVersionText() {
		return "第" + this.dataVersion + "版（" + ReportFormats.date(this.dataProcessedOn) + "）";
	}

}
