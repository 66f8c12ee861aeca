package io.vqr.report.model;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.Threshold;

/**
 * One threshold indicator of 五、办学条件与政策落实 (and of the 预警名单).
 *
 * @param indicator the indicator
 * @param value the school's value in Y
 * @param threshold the threshold that applies to the school
 * @param status 达标, 未达标 or 无数据
 */
public record ThresholdCheck(Indicator indicator, IndicatorValue value, Threshold threshold, ThresholdStatus status) {

	public String name() {
		return this.indicator.title();
	}

	/**
	 * {@code 45.0%}, {@code 23.3:1}, {@code 3,979元}: with the unit, like the threshold.
	 */
	public String valueText() {
		return ReportFormats.valueWithUnit(this.indicator, this.value.value());
	}

	/** {@code ≥50%}, {@code ≤20:1}, {@code ≥3,000元}. */
	public String thresholdText() {
		return this.threshold.comparison().symbol() + ReportFormats.limit(this.indicator, this.threshold.limit());
	}

}
