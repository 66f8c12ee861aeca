package io.vqr.report.model;

import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.Indicator;

/**
 * The paragraph that opens a city report: how many of the city's 中职 schools reported and
 * were approved, its size within the province, its key figures with their change and
 * against the province, and its warnings. Every figure is one a table prints.
 */
final class CityOverview {

	/** Indicators the overview states and compares with the province. */
	static final List<Indicator> KEYS = List.of(Indicator.PLACEMENT_RATE, Indicator.DUAL_QUALIFIED_RATE,
			Indicator.STUDENT_TEACHER_RATIO, Indicator.EQUIPMENT_PER_STUDENT);

	private CityOverview() {
	}

	static List<String> sentences(CityReport report) {
		List<String> sentences = new ArrayList<>();
		StatusCount total = report.submissions().total();
		String city = report.cityName();
		StringBuilder status = new StringBuilder();
		status.append(report.year())
			.append("年，")
			.append(city)
			.append("应报送质量年报数据的中等职业学校共")
			.append(total.expected())
			.append("所");
		if (total.acceptedTotal() == total.expected()) {
			status.append("，均已通过校验");
		}
		else {
			status.append("，已通过校验").append(total.acceptedTotal()).append("所");
		}
		status.append("，其中数据已审核").append(report.approved()).append("所");
		List<String> missing = new ArrayList<>();
		if (total.rejected() > 0) {
			missing.add("未通过" + total.rejected() + "所");
		}
		if (total.notSubmitted() > 0) {
			missing.add("未报送" + total.notSubmitted() + "所");
		}
		if (!missing.isEmpty()) {
			status.append("；").append(String.join("，", missing));
		}
		sentences.add(status.append("。").toString());
		if (!report.figuresAvailable()) {
			// the template says in a box that the figures follow approval
			return sentences;
		}
		GroupIndicators own = report.city();
		StringBuilder size = new StringBuilder();
		size.append("纳入统计的")
			.append(own.schools())
			.append("所学校共有在校生")
			.append(ProvincialOverview.figure(own.indicator(Indicator.STUDENTS)))
			.append("，毕业生")
			.append(ProvincialOverview.figure(own.indicator(Indicator.GRADUATES)));
		String share = report.rows()
			.stream()
			.filter((row) -> row.indicator() == Indicator.STUDENTS)
			.map(CityIndicatorRow::gapText)
			.filter((text) -> text.startsWith("占全省"))
			.findFirst()
			.map((text) -> "；在校生" + text.replace("占全省", "占全省中职在校生的"))
			.orElse("");
		sentences.add(size.append(share).append("。").toString());
		List<String> keys = new ArrayList<>();
		for (CityIndicatorRow row : report.rows()) {
			if (!KEYS.contains(row.indicator()) || row.city().current().isEmpty()) {
				continue;
			}
			String text = row.name() + "为" + ProvincialOverview.figure(row.city());
			String against = against(row);
			keys.add((against != null) ? text + "，" + against : text);
		}
		if (!keys.isEmpty()) {
			sentences.add("全市中职" + String.join("；", keys) + "。");
		}
		if (report.warnings().isEmpty()) {
			sentences.add("各校合格线指标均已达标。");
		}
		else {
			sentences.add("共有" + report.schoolsWithWarnings() + "所学校的" + report.warnings().size()
					+ "项指标未达到合格线，名单见预警名单，请相关学校制定整改措施。");
		}
		return sentences;
	}

	/** {@code 高于全省中职（95.0%）1.0个百分点}, or null without the province's value. */
	private static String against(CityIndicatorRow row) {
		String gap = row.gapText();
		String province = "全省中职（" + ReportFormats.valueWithUnit(row.indicator(), row.province().current().value())
				+ "）";
		if (ReportFormats.EMPTY.equals(gap)) {
			return null;
		}
		if (ReportFormats.UNCHANGED.equals(gap)) {
			return "与" + province + "持平";
		}
		String direction = gap.startsWith("高") ? "高于" : "低于";
		return direction + province + gap.substring(1);
	}

}
