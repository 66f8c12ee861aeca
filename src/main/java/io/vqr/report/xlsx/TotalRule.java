package io.vqr.report.xlsx;

/**
 * What a column of a totals row holds. Totals are formulas over the body rows so that an
 * edited figure carries through, and a rate in a totals row is pooled (sum of the
 * numerator column over sum of the denominator column), never the mean of the rows' rates
 * (indicators.md).
 */
sealed interface TotalRule {

	static TotalRule none() {
		return None.INSTANCE;
	}

	static TotalRule sum() {
		return Sum.INSTANCE;
	}

	/** SUM(numerator)/SUM(denominator), the dash when the denominator sums to 0. */
	static TotalRule pooledRate(int numeratorColumn, int denominatorColumn) {
		return new PooledRate(numeratorColumn, denominatorColumn);
	}

	/** SUMPRODUCT(value, weight)/SUM(weight): the pooled mean of per-row means. */
	static TotalRule weightedMean(int valueColumn, int weightColumn) {
		return new WeightedMean(valueColumn, weightColumn);
	}

	enum None implements TotalRule {

		INSTANCE

	}

	enum Sum implements TotalRule {

		INSTANCE

	}

	record PooledRate(int numeratorColumn, int denominatorColumn) implements TotalRule {
	}

	record WeightedMean(int valueColumn, int weightColumn) implements TotalRule {
	}

}
