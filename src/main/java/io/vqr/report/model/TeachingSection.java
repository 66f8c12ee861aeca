package io.vqr.report.model;

import java.util.List;

/**
 * 三、教育教学.
 *
 * @param majorsByDivision majors by 专业大类, largest enrolment first
 * @param majors every major offered, in the order submitted
 * @param teacherIndicators fulltime and parttime teachers, student-teacher ratio,
 * dual-qualified, senior-title and postgraduate rate, practice days, training hours, for
 * Y and Y-1
 * @param byTitle fulltime teachers by 专业技术职务 (code list C order)
 * @param byEducation fulltime teachers by 最高学历
 * @param dualQualified fulltime 专业课 teachers: 双师型 / 非双师型
 */
public record TeachingSection(List<MajorDivisionRow> majorsByDivision, List<MajorRow> majors,
		List<IndicatorComparison> teacherIndicators, ChartSeries byTitle, ChartSeries byEducation,
		ChartSeries dualQualified) {

	public TeachingSection {
		majorsByDivision = List.copyOf(majorsByDivision);
		majors = List.copyOf(majors);
		teacherIndicators = List.copyOf(teacherIndicators);
	}

}
