package io.vqr.workbook.layout;

/**
 * How the rows read from a sheet were accounted for.
 *
 * @param rowsRead rows delivered by the reader (a reader may not deliver empty rows)
 * @param layoutRows titles, notes and header rows of a table; every row of a form
 * @param recordRows table rows that became records
 * @param blankRows see {@link SkipReason#BLANK}
 * @param totalsRows 合计/总计/小计 rows
 * @param exampleRows 示例/例 rows
 * @param rowsWithoutHeader rows of a table whose header was not found
 * @param records records delivered: {@code recordRows} for a table, 1 for a form
 */
public record SheetCounts(int rowsRead, int layoutRows, int recordRows, int blankRows, int totalsRows, int exampleRows,
		int rowsWithoutHeader, int records) {

	/** Whether every row read falls in exactly one category. */
	public boolean allRowsAccountedFor() {
		return this.rowsRead == this.layoutRows + this.recordRows + this.blankRows + this.totalsRows + this.exampleRows
				+ this.rowsWithoutHeader;
	}

}
