package io.vqr.report.pdf;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.vqr.indicators.Direction;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.CitySchoolRow;
import io.vqr.report.model.GroupIndicators;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.ReportFormats;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.model.SpreadRow;
import org.jfree.chart.JFreeChart;

/**
 * The charts a report template may place, by the name its {@code data-chart} attribute
 * uses. Each is built only when the template places it.
 */
final class ReportChartSets {

	private ReportChartSets() {
	}

	/**
	 * Charts of the school report: {@code destinations}, {@code industries},
	 * {@code teacher-titles}, {@code teacher-education}, {@code dual-qualified},
	 * {@code employment-regions}, {@code partnership-forms}.
	 */
	static Map<String, Supplier<JFreeChart>> school(SchoolReport report, ReportCharts charts) {
		Map<String, Supplier<JFreeChart>> set = new LinkedHashMap<>();
		set.put("destinations", () -> charts.bars(report.students().destinationChart(), true));
		set.put("industries", () -> charts.bars(report.students().employmentByIndustry(), true));
		set.put("teacher-titles", () -> charts.bars(report.teaching().byTitle(), false));
		set.put("teacher-education", () -> charts.bars(report.teaching().byEducation(), false));
		set.put("dual-qualified", () -> charts.pie(report.teaching().dualQualified()));
		set.put("employment-regions", () -> charts.pie(report.service().employmentByRegion()));
		set.put("partnership-forms", () -> charts.bars(report.service().partnershipsByForm(), true));
		return set;
	}

	/**
	 * Charts of the provincial report: {@code spread}, {@code industries},
	 * {@code employment-regions}, {@code placement-by-city}, and {@code by-city-<code>}
	 * for every indicator (e.g. {@code by-city-dual_qualified_rate}): the cities sorted
	 * from best to worst with the province's value marked.
	 */
	static Map<String, Supplier<JFreeChart>> province(ProvincialReport report, ReportCharts charts) {
		Map<String, Supplier<JFreeChart>> set = new LinkedHashMap<>();
		set.put("spread", () -> charts.spread("主要比率的学校间分布（最小值、P25、中位数、P75、最大值）", spreads(report)));
		set.put("industries", () -> charts.bars(report.employmentByIndustry(), true));
		set.put("employment-regions", () -> charts.pie(report.employmentByRegion()));
		set.put("placement-by-city", () -> byCity(report, charts, Indicator.PLACEMENT_RATE));
		for (Indicator indicator : IndicatorCatalog.all()) {
			set.put("by-city-" + indicator.code(), () -> byCity(report, charts, indicator));
		}
		return set;
	}

	/**
	 * Charts of the city report: {@code by-school-<code>} for every indicator (e.g.
	 * {@code by-school-placement_rate}): the city's 中职 schools sorted from best to worst
	 * with the province's 中职 value marked.
	 */
	static Map<String, Supplier<JFreeChart>> city(CityReport report, ReportCharts charts) {
		Map<String, Supplier<JFreeChart>> set = new LinkedHashMap<>();
		for (Indicator indicator : IndicatorCatalog.forYear(report.year())) {
			set.put("by-school-" + indicator.code(), () -> bySchool(report, charts, indicator));
		}
		return set;
	}

	private static JFreeChart bySchool(CityReport report, ReportCharts charts, Indicator indicator) {
		int column = IndicatorCatalog.forYear(report.year()).indexOf(indicator);
		Map<String, Double> values = new LinkedHashMap<>();
		report.schools()
			.stream()
			.filter((school) -> !school.allValues().get(column).isEmpty())
			.sorted(Comparator.comparing((CitySchoolRow school) -> school.allValues().get(column).value(),
					(indicator.direction() == Direction.LOWER_IS_BETTER) ? Comparator.naturalOrder()
							: Comparator.reverseOrder()))
			.forEach((school) -> values.put(school.schoolName(),
					ReportFormats.shown(indicator, school.allValues().get(column).value())));
		IndicatorComparison province = report.province().indicator(indicator);
		Double reference = (province != null) ? province.current().value() : null;
		String unit = indicator.isRate() ? ReportCharts.RATE_UNIT : indicator.unit();
		return charts.rankedBars("各校" + indicator.title() + ((indicator.isRate()) ? "" : "（" + indicator.unit() + "）"),
				unit, values, reference, (province != null) ? "橙色竖线为全省中职：" + province.currentWithUnit() : "");
	}

	/** The cities' values of an indicator, best first, with the province's marked. */
	private static JFreeChart byCity(ProvincialReport report, ReportCharts charts, Indicator indicator) {
		Map<String, Double> values = rateByGroup(report, indicator);
		Comparator<Map.Entry<String, Double>> order = Map.Entry.comparingByValue();
		if (indicator.direction() != Direction.LOWER_IS_BETTER) {
			order = order.reversed();
		}
		Map<String, Double> sorted = new LinkedHashMap<>();
		values.entrySet().stream().sorted(order).forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		IndicatorComparison province = report.province().indicator(indicator);
		Double reference = (province != null) ? province.current().value() : null;
		String unit = indicator.isRate() ? ReportCharts.RATE_UNIT : indicator.unit();
		return charts.rankedBars("各地市" + indicator.title() + ((indicator.isRate()) ? "" : "（" + indicator.unit() + "）"),
				unit, sorted, reference, (province != null) ? "橙色竖线为全省：" + province.currentWithUnit() : "");
	}

	private static Map<String, ReportCharts.Spread> spreads(ProvincialReport report) {
		Map<String, ReportCharts.Spread> spreads = new LinkedHashMap<>();
		for (SpreadRow row : report.spreads()) {
			if (row.min() != null && row.max() != null && row.indicator().isRate()) {
				spreads.put(row.indicator().title(),
						new ReportCharts.Spread(row.min(), row.p25(), row.median(), row.p75(), row.max()));
			}
		}
		return spreads;
	}

	private static Map<String, Double> rateByGroup(ProvincialReport report, Indicator indicator) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (GroupIndicators group : report.byCity()) {
			IndicatorComparison comparison = group.indicator(indicator);
			if (comparison != null && !comparison.current().isEmpty()) {
				// rounded as the tables print it, so that a bar's label reads as its
				// table
				values.put(group.name(), ReportFormats.shown(indicator, comparison.current().value()));
			}
		}
		return values;
	}

}
