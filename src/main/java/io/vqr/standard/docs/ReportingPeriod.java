package io.vqr.standard.docs;

import java.util.List;

import io.vqr.standard.RuleParameters;

/**
 * What date or period each figure of a submission for 统计年度 Y refers to (submission
 * standard, section 1), worded for schools.
 */
public final class ReportingPeriod {

	private ReportingPeriod() {
	}

	/** The periods for a concrete year, as the template's 填报说明 prints them. */
	public static List<String> forYear(int year) {
		return lines(Integer.toString(year), Integer.toString(year - 1));
	}

	/** The periods in terms of Y, as the published docs print them. */
	public static List<String> general() {
		return lines("Y", "Y-1");
	}

	private static List<String> lines(String year, String previousYear) {
		return List.of("毕业生：" + year + "届毕业生（" + year + "年6–7月毕业）；毕业去向为截至" + year + "年8月31日的初次去向。",
				"招生：" + year + "年秋季招生（招生计划数、录取数、报到数）。",
				"在校生：截至" + year + "年" + RuleParameters.censusDayText() + "的在校生。",
				"教师：截至" + year + "年" + RuleParameters.censusDayText() + "在册的专任教师和校外兼职教师；企业实践天数和培训学时按" + previousYear
						+ "—" + year + "学年统计。",
				"办学条件（仪器设备、实践教学工位、图书、教学用计算机、生均财政拨款）：截至" + previousYear + "年12月31日，即上一个已结束的财政年度。");
	}

}
