package io.vqr.report.model;

/**
 * The notes under a table that say what its figures rest on, in one wording for the PDF
 * and the workbook.
 */
public final class ReportNotes {

	private ReportNotes() {
	}

	/** Year over year over the schools present in both years (review-workflow.md). */
	public static String sameSchools(int schools) {
		if (schools == 0) {
			return "这些学校上年均无数据，不与上年比较。";
		}
		return "上年数据及变化按两年均有数据的" + schools + "所学校计算。";
	}

	/**
	 * The mean and median monthly income leave out what W-INCOME-RANGE flags unless the
	 * school explained it (indicators.md, mean_monthly_income).
	 */
	public static String excludedIncomes(long excluded) {
		String rule = "月收入统计不含被“月收入异常”（W-INCOME-RANGE）标记且学校未作说明的数值";
		return (excluded > 0) ? rule + "，本年度共剔除" + excluded + "个。" : rule + "，本年度无此类数值。";
	}

}
