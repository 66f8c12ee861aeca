package io.vqr.report.model;

import java.util.List;

/**
 * Everything the provincial report (省级年度质量报告) prints, in chapter order.
 *
 * @param year the report year Y
 * @param previousYearAvailable whether any school has current data for Y-1
 * @param cover the cover
 * @param submissions submission status by 办学类型 and city, and schools not accepted
 * @param province pooled indicators of the whole province
 * @param byType pooled indicators by 办学类型 (code list A order)
 * @param byCity pooled indicators by city (city code order)
 * @param spreads spread across schools of the key rates
 * @param rankings rankings by placement rate, dual-qualified rate, student-teacher ratio
 * @param warnings 预警名单, by school code then threshold order
 * @param employmentByIndustry match-base graduates employed, by GB/T 4754 门类, largest
 * first
 * @param employmentByRegion match-base graduates: 省内 / 省外 / 未填写地区
 */
public record ProvincialReport(int year, boolean previousYearAvailable, ProvincialCover cover,
		SubmissionStatusSection submissions, GroupIndicators province, List<GroupIndicators> byType,
		List<GroupIndicators> byCity, List<SpreadRow> spreads, List<Ranking> rankings, List<WarningEntry> warnings,
		ChartSeries employmentByIndustry, ChartSeries employmentByRegion) {

	public ProvincialReport {
		byType = List.copyOf(byType);
		byCity = List.copyOf(byCity);
		spreads = List.copyOf(spreads);
		rankings = List.copyOf(rankings);
		warnings = List.copyOf(warnings);
	}

	public int previousYear() {
		return this.year - 1;
	}

	/**
	 * Whether any school has figures (an official file, or a draft for a draft): without
	 * any, the report is its submission status alone (review-workflow.md).
	 */
	public boolean figuresAvailable() {
		return this.cover.schoolsWithData() > 0;
	}

	/**
	 * The opening sentences: key figures and changes, best and worst cities, warnings.
	 */
	public List<String> overview() {
		return ProvincialOverview.sentences(this);
	}

	/** Cities side by side with the province, in tables narrow enough for a page. */
	public List<ComparisonMatrix> cityMatrices() {
		return ComparisonMatrix.of(this.byCity, this.province, 7);
	}

	/** 办学类型 side by side with the province. */
	public List<ComparisonMatrix> typeMatrices() {
		// 办学类型 names are long: fewer columns, so that none wraps
		return ComparisonMatrix.of(this.byType, this.province, 4);
	}

	/** Indicators the cities are compared on in charts (sorted bars, province marked). */
	public List<io.vqr.indicators.Indicator> cityChartIndicators() {
		return ProvincialOverview.CITY_KEYS;
	}

}
