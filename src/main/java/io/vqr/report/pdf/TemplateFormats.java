package io.vqr.report.pdf;

import java.time.LocalDate;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.report.model.GroupIndicators;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.ReportFormats;
import io.vqr.report.model.SchoolReport;

/**
 * Formatting the templates reach as {@code fmt}: the model's own texts cover most cells;
 * these cover what is left (plain counts, shares) and the styling hints (thin bases,
 * better or worse than last year).
 */
public final class TemplateFormats {

	/** Below this base a rate or mean is marked with its n (样本量), as officials expect. */
	public static final int THIN_BASE = 30;

	static final TemplateFormats INSTANCE = new TemplateFormats();

	private TemplateFormats() {
	}

	/** {@code 12,345}. */
	public String count(long value) {
		return ReportFormats.count(value);
	}

	/** A fraction as {@code 96.5%}, or {@code —}. */
	public String percent(Double fraction) {
		return ReportFormats.percent(fraction);
	}

	/** {@code 2024年9月30日}. */
	public String date(LocalDate date) {
		return ReportFormats.date(date);
	}

	/**
	 * An indicator of the school report by its code (indicators.md), e.g.
	 * {@code fmt.indicator(r, 'placement_rate').currentText}.
	 */
	public IndicatorComparison indicator(SchoolReport report, String code) {
		Indicator indicator = IndicatorCatalog.byCode(code)
			.orElseThrow(() -> new ReportTemplateException("模板引用了未知的指标代码 \"" + code + "\""));
		return report.indicator(indicator);
	}

	/**
	 * An indicator of a group (province, 办学类型, city) by its code; empty (printed
	 * {@code —}) when the group has none.
	 */
	public IndicatorComparison indicator(GroupIndicators group, String code) {
		Indicator indicator = IndicatorCatalog.byCode(code)
			.orElseThrow(() -> new ReportTemplateException("模板引用了未知的指标代码 \"" + code + "\""));
		IndicatorComparison comparison = group.indicator(indicator);
		return (comparison != null) ? comparison : IndicatorComparison.of(IndicatorValue.empty(indicator), null);
	}

	/** Whether a value rests on fewer than {@value #THIN_BASE} cases. */
	public boolean thin(IndicatorValue value) {
		Long n = (value == null) ? null : value.n();
		return n != null && n > 0 && n < THIN_BASE && (value.indicator().isRate() || isMeanOrMedian(value.indicator()));
	}

	private static boolean isMeanOrMedian(Indicator indicator) {
		return indicator.code().startsWith("mean_") || indicator.code().startsWith("median_");
	}

	/** {@code n=23} for a thin base, else empty. */
	public String thinNote(IndicatorValue value) {
		return thin(value) ? "n=" + value.n() : "";
	}

	/**
	 * CSS class of a change: {@code worse} when it goes the wrong way by the indicator's
	 * direction, {@code better} when the right way, else empty.
	 */
	public String trend(IndicatorComparison comparison) {
		Double change = (comparison == null) ? null : comparison.change();
		if (change == null || Math.abs(change) < 0.05) {
			return "";
		}
		return comparison.indicator().direction().isWorsening(change) ? "worse"
				: (comparison.indicator().direction().isWorsening(-change) ? "better" : "");
	}

}
