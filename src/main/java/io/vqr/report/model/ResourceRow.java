package io.vqr.report.model;

/**
 * One resource of 一、学校概况 with its total and, where defined, its per-student indicator.
 *
 * @param name Chinese name, as the standard's header, e.g. 教学科研仪器设备资产总值
 * @param unit unit of the total as submitted (万元, 个, 册, 台)
 * @param total the total as submitted, null when not given
 * @param perStudent the per-student indicator for Y and Y-1, or null when none is defined
 */
public record ResourceRow(String name, String unit, Double total, IndicatorComparison perStudent) {

	/** The total with thousands separators, or {@code —}. */
	public String totalText() {
		if (this.total == null) {
			return ReportFormats.EMPTY;
		}
		boolean whole = this.total == Math.rint(this.total);
		return ReportFormats.number(this.total, whole ? 0 : 2);
	}

}
