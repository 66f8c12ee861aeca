package io.vqr.report.model;

import java.time.LocalDate;

import io.vqr.indicators.Indicator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatsTest {

	@Test
	void percentWithOneDecimalAndDashForEmpty() {
		assertThat(ReportFormats.percent(0.9654)).isEqualTo("96.5%");
		assertThat(ReportFormats.percent(0.96549)).isEqualTo("96.5%");
		assertThat(ReportFormats.percent(0.96551)).isEqualTo("96.6%");
		assertThat(ReportFormats.percent(1.0)).isEqualTo("100.0%");
		assertThat(ReportFormats.percent(null)).isEqualTo("—");
		assertThat(ReportFormats.value(Indicator.PLACEMENT_RATE, null)).isEqualTo("—");
	}

	@Test
	void valuesByIndicatorWithThousandsSeparators() {
		assertThat(ReportFormats.value(Indicator.STUDENTS, 12345.0)).isEqualTo("12,345");
		assertThat(ReportFormats.value(Indicator.EQUIPMENT_PER_STUDENT, 4512.5)).isEqualTo("4,513");
		assertThat(ReportFormats.value(Indicator.STUDENT_TEACHER_RATIO, 17.25)).isEqualTo("17.3");
		assertThat(ReportFormats.valueWithUnit(Indicator.STUDENT_TEACHER_RATIO, 17.25)).isEqualTo("17.3:1");
		assertThat(ReportFormats.valueWithUnit(Indicator.BOOKS_PER_STUDENT, 25.0)).isEqualTo("25.0册");
		assertThat(ReportFormats.count(1234567)).isEqualTo("1,234,567");
	}

	@Test
	void largeFiguresInWanAndYi() {
		assertThat(ReportFormats.persons(3456)).isEqualTo("3,456人");
		assertThat(ReportFormats.persons(123456)).isEqualTo("12.35万人");
		assertThat(ReportFormats.yuan(8500.0)).isEqualTo("8,500元");
		assertThat(ReportFormats.yuan(123456.0)).isEqualTo("12.35万元");
		assertThat(ReportFormats.yuan(321_000_000.0)).isEqualTo("3.21亿元");
	}

	@Test
	void aChangeIsTheDifferenceOfTheValuesAsPrinted() {
		// 96.6% → 97.2%: unrounded, 0.698 points would print +0.7
		assertThat(ReportFormats.percent(0.96551)).isEqualTo("96.6%");
		assertThat(ReportFormats.percent(0.97249)).isEqualTo("97.2%");
		assertThat(ReportFormats.changeText(Indicator.PLACEMENT_RATE,
				ReportFormats.change(Indicator.PLACEMENT_RATE, 0.97249, 0.96551)))
			.isEqualTo("+0.6个百分点");
		// 17.25 → 17.34 prints 17.3 → 17.3: 持平, not 增长0.5%
		assertThat(ReportFormats.changeText(Indicator.STUDENT_TEACHER_RATIO,
				ReportFormats.change(Indicator.STUDENT_TEACHER_RATIO, 17.34, 17.25)))
			.isEqualTo("持平");
	}

	@Test
	void chineseDates() {
		assertThat(ReportFormats.date(LocalDate.of(2024, 9, 30))).isEqualTo("2024年9月30日");
		assertThat(ReportFormats.date(null)).isEqualTo("—");
	}

	@Test
	void ratesChangeInPercentagePointsCountsAndAmountsInPercent() {
		assertThat(text(Indicator.PLACEMENT_RATE, 0.965, 0.953)).isEqualTo("+1.2个百分点");
		assertThat(text(Indicator.PLACEMENT_RATE, 0.945, 0.953)).isEqualTo("-0.8个百分点");
		assertThat(text(Indicator.STUDENTS, 1034.0, 1000.0)).isEqualTo("增长3.4%");
		assertThat(text(Indicator.MEAN_MONTHLY_INCOME, 4900.0, 5000.0)).isEqualTo("下降2.0%");
		assertThat(text(Indicator.STUDENTS, 1000.0, 1000.0)).isEqualTo("持平");
		assertThat(text(Indicator.STUDENTS, 1000.0, null)).isEqualTo("—");
		assertThat(text(Indicator.PARTNERSHIPS, 2.0, 0.0)).isEqualTo("—");
		assertThat(text(Indicator.PLACEMENT_RATE, null, 0.9)).isEqualTo("—");
	}

	@Test
	void thresholdLimitsWithoutNeedlessDecimals() {
		assertThat(ReportFormats.limit(Indicator.DUAL_QUALIFIED_RATE, 0.5)).isEqualTo("50%");
		assertThat(ReportFormats.limit(Indicator.POSTGRADUATE_RATE, 0.125)).isEqualTo("12.5%");
		assertThat(ReportFormats.limit(Indicator.STUDENT_TEACHER_RATIO, 20)).isEqualTo("20:1");
		assertThat(ReportFormats.limit(Indicator.EQUIPMENT_PER_STUDENT, 3000)).isEqualTo("3,000元");
	}

	private static String text(Indicator indicator, Double current, Double previous) {
		return IndicatorComparison
			.of(new IndicatorValue(indicator, current, null, null), new IndicatorValue(indicator, previous, null, null))
			.changeText();
	}

}
