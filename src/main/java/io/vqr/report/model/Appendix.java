package io.vqr.report.model;

import java.util.List;

/**
 * 附表: rows {@code 指标 | 单位 | Y-1 | Y | 变化}.
 *
 * @param scorecard 计分卡: the student-development indicators
 * @param resources 教学资源表: the teacher and resource indicators
 */
public record Appendix(List<IndicatorComparison> scorecard, List<IndicatorComparison> resources) {

	public Appendix {
		scorecard = List.copyOf(scorecard);
		resources = List.copyOf(resources);
	}

}
