package io.vqr.workbook.layout;

import io.vqr.findings.Finding;

/**
 * Receives what a {@link SheetParser} makes of a sheet's rows, as it goes: nothing is
 * kept in memory. Every method has a no-op default.
 */
public interface SheetListener {

	/**
	 * The header (or form labels) was found. For a table it comes before any record; for
	 * a form, at {@link SheetParser#finish()}.
	 */
	default void onHeader(SheetHeader header) {
	}

	default void onRecord(SheetRecord record) {
	}

	default void onTotals(TotalsRow totals) {
	}

	default void onSkipped(int excelRow, SkipReason reason) {
	}

	/** A layout finding: I-EXTRA-COLUMN, R-COLUMN-MISSING. */
	default void onFinding(Finding finding) {
	}

}
