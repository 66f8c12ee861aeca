package io.vqr.report.xlsx;

import java.util.List;

/**
 * A native chart drawn from a {@link SheetTable}'s own body cells (never the totals row),
 * below the table.
 *
 * @param type bar, column or pie
 * @param title the chart title
 * @param categoryColumn the column holding the category labels
 * @param valueColumns the columns plotted, one series each (a pie takes the first)
 */
record ChartSpec(ChartType type, String title, int categoryColumn, List<Integer> valueColumns) {

	ChartSpec {
		valueColumns = List.copyOf(valueColumns);
		if (valueColumns.isEmpty()) {
			throw new IllegalArgumentException("a chart needs at least one value column");
		}
	}

	enum ChartType {

		/** Horizontal bars: long Chinese category labels stay readable. */
		BAR,

		/** Vertical columns: few, short categories (years, groups). */
		COLUMN,

		PIE

	}

}
