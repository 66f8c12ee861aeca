package io.vqr.report.model;

import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Indicator;

/**
 * Everything a school report (学校年度质量报告) prints, in chapter order.
 *
 * @param year the report year Y
 * @param previousYearAvailable whether the school has current data for Y-1
 * @param cover the cover
 * @param overview 一、学校概况
 * @param students 二、学生发展
 * @param teaching 三、教育教学
 * @param service 四、服务贡献
 * @param conditions 五、办学条件与政策落实
 * @param challenges 六、面临挑战与改进
 * @param appendix 附表 计分卡 and 教学资源表 (v1's), and every indicator of the year for
 * {@link #indicator}
 * @param parts for a year read with standard v2 (2025 on): the eight parts with their
 * cases and the five attached tables, which the v2 template prints with the figures
 * above; null for a v1 year, whose report keeps v1's outline
 */
public record SchoolReport(int year, boolean previousYearAvailable, SchoolCover cover, SchoolOverview overview,
		StudentDevelopment students, TeachingSection teaching, ServiceContribution service,
		ConditionsSection conditions, ChallengesSection challenges, Appendix appendix, PartsReport parts) {

	/** A report in v1's outline. */
	public SchoolReport(int year, boolean previousYearAvailable, SchoolCover cover, SchoolOverview overview,
			StudentDevelopment students, TeachingSection teaching, ServiceContribution service,
			ConditionsSection conditions, ChallengesSection challenges, Appendix appendix) {
		this(year, previousYearAvailable, cover, overview, students, teaching, service, conditions, challenges,
				appendix, null);
	}

	/** Whether the report has v2's eight parts and five attached tables. */
	public boolean hasParts() {
		return this.parts != null;
	}

	/** Y-1. */
	public int previousYear() {
		return this.year - 1;
	}

	/**
	 * The comparison of an indicator wherever it appears (the appendix holds every one).
	 */
	public IndicatorComparison indicator(Indicator indicator) {
		List<IndicatorComparison> all = new ArrayList<>(this.appendix.scorecard());
		all.addAll(this.appendix.resources());
		return IndicatorComparison.find(all, indicator);
	}

}
