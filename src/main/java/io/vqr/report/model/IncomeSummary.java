package io.vqr.report.model;

/**
 * Monthly income of employed graduates (match base rows that give it).
 *
 * @param mean 平均月收入 for Y and Y-1
 * @param median 月收入中位数 for Y and Y-1
 * @param n rows the figures are based on in Y (样本量)
 * @param excluded values left out of both (flagged by W-INCOME-RANGE, not explained)
 */
public record IncomeSummary(IndicatorComparison mean, IndicatorComparison median, long n, long excluded) {

	public IncomeSummary(IndicatorComparison mean, IndicatorComparison median, long n) {
		this(mean, median, n, 0);
	}

	/** What the mean and median leave out, said under the table. */
	public String exclusionNote() {
		return ReportNotes.excludedIncomes(this.excluded);
	}

	/** {@code 样本量 n=123}. */
	public String sampleText() {
		return "样本量 n=" + this.n;
	}

}
