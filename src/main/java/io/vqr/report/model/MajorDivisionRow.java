package io.vqr.report.model;

/**
 * Majors of one 专业大类 (division of dim_major_catalog; 技工类 for technical-school majors; 其他
 * when the code is not in the catalogue).
 *
 * @param divisionCode division code, or empty when there is none
 * @param divisionName division name
 * @param majors number of majors offered
 * @param registered Σ 报到数
 * @param enrolled Σ 在校生数
 * @param graduates Σ 毕业生数 of the majors sheet
 */
public record MajorDivisionRow(String divisionCode, String divisionName, int majors, long registered, long enrolled,
		long graduates) {

}
