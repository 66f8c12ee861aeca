package io.vqr.validation;

import io.vqr.workbook.layout.SheetCounts;

/**
 * How every row of a sheet was accounted for: the layout's counts (records, blank,
 * totals, example and layout rows) and how many records had errors. Rows loaded are the
 * clean records of an accepted submission.
 */
public record SheetTally(String sheetName, SheetCounts counts, long withErrors) {

	public long read() {
		return this.counts.rowsRead();
	}

	/** Records without errors (a form is one record). */
	public long clean() {
		return this.counts.records() - this.withErrors;
	}

	/** Rows that are not records: titles and headers, blank, totals and example rows. */
	public long skipped() {
		return this.counts.rowsRead() - this.counts.recordRows();
	}

}
