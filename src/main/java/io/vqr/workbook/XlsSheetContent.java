package io.vqr.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;

/**
 * One {@code .xls} sheet's rows and merged regions as its records left them. BIFF8 stores
 * the merged regions after the cells, so a sheet is collected whole before any row is
 * delivered; a sheet has at most 65,536 rows and the file size is capped, so this is
 * bounded. Like POI's usermodel, a later record for the same cell replaces an earlier
 * one, a blank cell included, and every row with a row record or a cell is delivered, in
 * row order.
 */
final class XlsSheetContent {

	private static final int LAST_COLUMN = 255;

	private Row[] rows = new Row[64];

	private final List<MergedRegion> regions = new ArrayList<>();

	/** A row record: the row exists, and is hidden when its height is zero. */
	void row(int rowIndex, boolean zeroHeight) {
		rowAt(rowIndex).hidden = zeroHeight;
	}

	/**
	 * A cell record.
	 * @param cell the cell's value, or null for a cell that shows nothing
	 */
	void cell(int rowIndex, int column, RawCell cell) {
		if (column < 0 || column > LAST_COLUMN) {
			throw new RecordFormatException("Invalid column index " + column);
		}
		rowAt(rowIndex).put(column, cell);
	}

	void merged(CellRangeAddress range) {
		MergedRegion.of(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(), range.getLastColumn())
			.ifPresent(this.regions::add);
	}

	/** Delivers the rows through the emitter, which fills the merged regions. */
	void emit(String sheetName, int maxRows, RowHandler handler) throws WorkbookException {
		SheetRowEmitter emitter = new SheetRowEmitter(sheetName, maxRows, this.regions, handler);
		for (int index = 0; index < this.rows.length; index++) {
			Row row = this.rows[index];
			if (row != null && !emitter.row(index + 1, row.cells, row.hidden)) {
				return;
			}
		}
		emitter.finish();
	}

	private Row rowAt(int rowIndex) {
		if (rowIndex >= this.rows.length) {
			this.rows = Arrays.copyOf(this.rows, Math.max(rowIndex + 1, this.rows.length * 2));
		}
		Row row = this.rows[rowIndex];
		if (row == null) {
			row = new Row();
			this.rows[rowIndex] = row;
		}
		return row;
	}

	private static final class Row {

		/** Non-empty cells in column order. */
		private final List<RawCell> cells = new ArrayList<>(4);

		private boolean hidden;

		void put(int column, RawCell cell) {
			int last = this.cells.size() - 1;
			// Writers store a row's cells left to right, so appending is the rule.
			if (last < 0 || this.cells.get(last).column() < column) {
				if (cell != null) {
					this.cells.add(cell);
				}
				return;
			}
			int at = 0;
			while (this.cells.get(at).column() < column) {
				at++;
			}
			boolean stored = this.cells.get(at).column() == column;
			if (cell == null) {
				if (stored) {
					this.cells.remove(at);
				}
			}
			else if (stored) {
				this.cells.set(at, cell);
			}
			else {
				this.cells.add(at, cell);
			}
		}

	}

}
