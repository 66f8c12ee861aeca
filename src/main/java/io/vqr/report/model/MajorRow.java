package io.vqr.report.model;

/**
 * One major offered (三、教育教学).
 *
 * @param majorCode major code as submitted
 * @param majorName major name as submitted
 * @param divisionName its 专业大类 (技工 majors: 技工类)
 * @param duration 学制 in years
 * @param plan 招生计划数
 * @param admitted 录取数
 * @param registered 报到数
 * @param enrolled 在校生数
 * @param graduates 毕业生数 as given in the majors sheet
 */
public record MajorRow(String majorCode, String majorName, String divisionName, int duration, long plan, long admitted,
		long registered, long enrolled, long graduates) {

}
