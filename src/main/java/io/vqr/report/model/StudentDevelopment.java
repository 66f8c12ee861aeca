package io.vqr.report.model;

import java.util.List;

/**
 * 二、学生发展.
 *
 * @param intake intake totals
 * @param intakeIndicators plan completion, registration, new students, students,
 * through-track share, for Y and Y-1
 * @param graduates graduates in Y
 * @param destinations graduates by destination code, every code of list B in order
 * @param destinationChart the same as a chart series (label {@code 名称}, value count)
 * @param outcomes graduates, placement, employment, further study, entrepreneurship and
 * related-employment rate, for Y and Y-1
 * @param byMajor the four rates by major
 * @param income mean and median monthly income with n
 * @param mobility in-province and in-city employment, for Y and Y-1
 * @param employmentByIndustry employed graduates of the match base by GB/T 4754 门类 (label
 * {@code 制造业}), largest first
 * @param employmentByKind employed graduates of the match base by 单位性质
 */
public record StudentDevelopment(Intake intake, List<IndicatorComparison> intakeIndicators, long graduates,
		List<DestinationRow> destinations, ChartSeries destinationChart, List<IndicatorComparison> outcomes,
		List<MajorOutcomeRow> byMajor, IncomeSummary income, List<IndicatorComparison> mobility,
		ChartSeries employmentByIndustry, ChartSeries employmentByKind) {

	public StudentDevelopment {
		intakeIndicators = List.copyOf(intakeIndicators);
		destinations = List.copyOf(destinations);
		outcomes = List.copyOf(outcomes);
		byMajor = List.copyOf(byMajor);
		mobility = List.copyOf(mobility);
	}

}
