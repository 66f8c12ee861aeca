package io.vqr.report.model;

/**
 * Graduate outcomes of one major (二、学生发展, table by major).
 *
 * @param majorCode major code as submitted
 * @param majorName major name (catalogue name, or as submitted)
 * @param graduates graduates of the major (rows in 毕业生去向)
 * @param placementRate 毕业去向落实率
 * @param employmentRate 就业率
 * @param furtherStudyRate 升学率
 * @param relatedEmploymentRate 专业对口就业率
 */
public record MajorOutcomeRow(String majorCode, String majorName, long graduates, IndicatorValue placementRate,
		IndicatorValue employmentRate, IndicatorValue furtherStudyRate, IndicatorValue relatedEmploymentRate) {

}
