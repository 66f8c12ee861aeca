package io.vqr.workbook.layout;

import io.vqr.workbook.RowHandler;

/**
 * Turns the rows of one sheet into records: feed it to
 * {@link io.vqr.workbook.WorkbookReader#readSheet} (or call {@link #row} yourself), then
 * call {@link #finish()}. Results go to the {@link SheetListener} it was made with.
 */
public interface SheetParser extends RowHandler {

	/**
	 * Ends the sheet: delivers what is still pending (a header among the first rows of a
	 * short table, a form's record and missing labels) and returns the counts.
	 */
	SheetCounts finish();

}
