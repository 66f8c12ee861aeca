package io.vqr.report.model;

import java.util.List;

/**
 * 四、服务贡献.
 *
 * @param localEmployment in-province and in-city employment rates, for Y and Y-1
 * @param employmentByRegion match-base graduates: 本市, 省内其他地市, 省外, 未填写地区
 * @param industriesServed employed graduates by GB/T 4754 门类, largest first
 * @param partnershipsGiven whether the school filled 校企合作 in Y
 * @param partnerships number of partnership projects, for Y and Y-1
 * @param partnershipsByForm projects by 合作形式
 * @param interns Σ 接收实习学生数
 * @param hires Σ 录用毕业生数
 * @param mentors Σ 企业导师数
 */
public record ServiceContribution(List<IndicatorComparison> localEmployment, ChartSeries employmentByRegion,
		ChartSeries industriesServed, boolean partnershipsGiven, IndicatorComparison partnerships,
		ChartSeries partnershipsByForm, long interns, long hires, long mentors) {

	public ServiceContribution {
		localEmployment = List.copyOf(localEmployment);
	}

}
