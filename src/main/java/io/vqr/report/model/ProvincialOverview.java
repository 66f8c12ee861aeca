package io.vqr.report.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.vqr.indicators.Direction;
import io.vqr.indicators.Indicator;

/**
 * The sentences that open the provincial report (总体概况): the province's key figures with
 * their change on last year, the best and the worst city on the key indicators, and how
 * many schools miss a threshold. Every figure is the one the tables print.
 */
final class ProvincialOverview {

	/** Indicators the overview compares the cities on. */
	static final List<Indicator> CITY_KEYS = List.of(Indicator.PLACEMENT_RATE, Indicator.DUAL_QUALIFIED_RATE,
			Indicator.STUDENT_TEACHER_RATIO, Indicator.EQUIPMENT_PER_STUDENT);

	private ProvincialOverview() {
	}

	static List<String> sentences(ProvincialReport report) {
		List<String> sentences = new ArrayList<>();
		GroupIndicators province = report.province();
		StringBuilder first = new StringBuilder();
		first.append(report.year()).append("年，全省纳入统计的职业院校共").append(province.schools()).append("所");
		if (!report.byType().isEmpty()) {
			first.append("（");
			first.append(String.join("、",
					report.byType().stream().map((group) -> group.name() + group.schools() + "所").toList()));
			first.append("）");
		}
		first.append("，在校生").append(figure(province.indicator(Indicator.STUDENTS)));
		first.append("，毕业生").append(figure(province.indicator(Indicator.GRADUATES))).append("。");
		sentences.add(first.toString());
		List<String> keys = new ArrayList<>();
		for (Indicator indicator : CITY_KEYS) {
			IndicatorComparison comparison = province.indicator(indicator);
			if (comparison != null && !comparison.current().isEmpty()) {
				keys.add(indicator.title() + "为" + figure(comparison));
			}
		}
		if (!keys.isEmpty()) {
			sentences.add("全省" + String.join("；", keys) + "。");
		}
		for (Indicator indicator : CITY_KEYS) {
			String cities = bestAndWorst(report.byCity(), indicator);
			if (cities != null) {
				sentences.add(cities);
			}
		}
		if (!report.warnings().isEmpty()) {
			long schools = report.warnings().stream().map(WarningEntry::schoolCode).distinct().count();
			sentences.add("共有" + schools + "所学校的" + report.warnings().size() + "项指标未达到合格线，名单见预警名单。");
		}
		return sentences;
	}

	/** {@code 96.0%，比上年提高0.5个百分点}, or the value alone without Y-1. */
	static String figure(IndicatorComparison comparison) {
		if (comparison == null || comparison.current().isEmpty()) {
			return ReportFormats.EMPTY;
		}
		String value = comparison.currentWithUnit();
		Double change = comparison.change();
		if (change == null) {
			return value;
		}
		String text = comparison.changeText();
		if (ReportFormats.UNCHANGED.equals(text)) {
			return value + "，与上年持平";
		}
		if (comparison.indicator().kind().changesInPoints()) {
			return value + "，比上年" + ((change > 0) ? "提高" : "降低") + text.substring(1);
		}
		return value + "，比上年" + text;
	}

	private static String bestAndWorst(List<GroupIndicators> cities, Indicator indicator) {
		List<GroupIndicators> ranked = cities.stream()
			.filter((city) -> city.indicator(indicator) != null && !city.indicator(indicator).current().isEmpty())
			.sorted(Comparator.comparingDouble((GroupIndicators city) -> ReportFormats.shown(indicator,
					city.indicator(indicator).current().value())))
			.toList();
		if (ranked.size() < 2) {
			return null;
		}
		boolean lowerIsBetter = indicator.direction() == Direction.LOWER_IS_BETTER;
		GroupIndicators best = lowerIsBetter ? ranked.get(0) : ranked.get(ranked.size() - 1);
		GroupIndicators worst = lowerIsBetter ? ranked.get(ranked.size() - 1) : ranked.get(0);
		String high = lowerIsBetter ? "最低" : "最高";
		String low = lowerIsBetter ? "最高" : "最低";
		return "各地市中，" + indicator.title() + high + "的是" + best.name() + "（"
				+ best.indicator(indicator).currentWithUnit() + "），" + low + "的是" + worst.name() + "（"
				+ worst.indicator(indicator).currentWithUnit() + "）。";
	}

}
