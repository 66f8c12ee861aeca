package io.vqr.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.vqr.standard.Rule;

/**
 * Turns the rows a file stores into the rows a sheet shows: every cell a merged region
 * covers gets the region's top-left value, also where the file stores no cell or no row
 * at all; rows left without cells are dropped; the row limit is enforced. Only the
 * regions that have begun and not yet ended are held, so memory follows the number of
 * merged regions, never the number of rows.
 */
final class SheetRowEmitter {

	private final String sheetName;

	private final int maxRows;

	private final RowHandler handler;

	private final List<MergedRegion> pending;

	private int nextPending;

	private final List<OpenRegion> open = new ArrayList<>();

	private int lastRowNumber;

	private int emittedRows;

	private boolean stopped;

	/**
	 * @param regions the sheet's merged regions, in any order
	 */
	SheetRowEmitter(String sheetName, int maxRows, List<MergedRegion> regions, RowHandler handler) {
		this.sheetName = sheetName;
		this.maxRows = maxRows;
		this.handler = handler;
		this.pending = new ArrayList<>(regions);
		this.pending.sort(Comparator.comparingInt(MergedRegion::firstRow));
	}

	/**
	 * Takes the next stored row (row numbers ascending).
	 * @param cells the row's non-empty cells, in column order
	 * @return false once the handler asked to stop
	 */
	boolean row(int rowNumber, List<RawCell> cells, boolean hidden) throws WorkbookException {
		if (this.stopped) {
			return false;
		}
		if (rowNumber <= this.lastRowNumber) {
			// Out-of-order rows are not written by Excel; pass them on without filling.
			return emit(rowNumber, cells, hidden);
		}
		if (!emitCoveredRowsBefore(rowNumber)) {
			return false;
		}
		openRegionsStartingAtOrBefore(rowNumber, cells);
		this.lastRowNumber = rowNumber;
		return emit(rowNumber, fill(rowNumber, cells), hidden);
	}

	/**
	 * Emits the rows that merged regions still cover after the last stored row.
	 * @return false when the handler asked to stop
	 */
	boolean finish() throws WorkbookException {
		return !this.stopped && emitCoveredRowsBefore(Integer.MAX_VALUE);
	}

	private boolean emitCoveredRowsBefore(int rowNumber) throws WorkbookException {
		int next = this.lastRowNumber + 1;
		while (next < rowNumber) {
			closeRegionsEndingBefore(next);
			if (this.open.stream().noneMatch(OpenRegion::hasValue)) {
				return true;
			}
			this.lastRowNumber = next;
			if (!emit(next, fill(next, List.of()), false)) {
				return false;
			}
			next++;
		}
		return true;
	}

	private void openRegionsStartingAtOrBefore(int rowNumber, List<RawCell> cells) {
		closeRegionsEndingBefore(rowNumber);
		while (this.nextPending < this.pending.size() && this.pending.get(this.nextPending).firstRow() <= rowNumber) {
			MergedRegion region = this.pending.get(this.nextPending++);
			if (region.lastRow() < rowNumber) {
				continue;
			}
			RawCell topLeft = null;
			if (region.firstRow() == rowNumber) {
				topLeft = cellAt(cells, region.firstColumn());
			}
			// A region whose top-left row was not stored has nothing to give.
			this.open.add(new OpenRegion(region, (topLeft == null || topLeft.text().isEmpty()) ? null : topLeft));
		}
	}

	private void closeRegionsEndingBefore(int rowNumber) {
		this.open.removeIf((region) -> region.region().lastRow() < rowNumber);
	}

	private List<RawCell> fill(int rowNumber, List<RawCell> cells) {
		if (this.open.isEmpty()) {
			return cells;
		}
		List<RawCell> filled = new ArrayList<>(cells.size() + 4);
		for (RawCell cell : cells) {
			if (!coveredByOpenRegion(rowNumber, cell.column())) {
				filled.add(cell);
			}
		}
		for (OpenRegion open : this.open) {
			if (!open.hasValue()) {
				continue;
			}
			MergedRegion region = open.region();
			for (int column = region.firstColumn(); column <= region.lastColumn(); column++) {
				boolean topLeft = rowNumber == region.firstRow() && column == region.firstColumn();
				filled.add(topLeft ? open.topLeft() : open.topLeft().asMerged(column));
			}
		}
		filled.sort(Comparator.comparingInt(RawCell::column));
		return filled;
	}

	/**
	 * Excel shows only the top-left value of a region; anything stored under it is
	 * hidden.
	 */
	private boolean coveredByOpenRegion(int rowNumber, int column) {
		for (OpenRegion open : this.open) {
			if (open.hasValue() && open.region().coversColumn(column) && open.region().firstRow() <= rowNumber) {
				return true;
			}
		}
		return false;
	}

	private boolean emit(int rowNumber, List<RawCell> cells, boolean hidden) throws WorkbookException {
		if (cells.isEmpty()) {
			return true;
		}
		this.emittedRows++;
		if (this.emittedRows > this.maxRows) {
			throw tooManyRows(this.sheetName, this.maxRows);
		}
		if (!this.handler.row(new RawRow(rowNumber, cells, hidden))) {
			this.stopped = true;
			return false;
		}
		return true;
	}

	static WorkbookException tooManyRows(String sheetName, int maxRows) {
		return new WorkbookException(Rule.F_TOO_LARGE, "工作表「" + sheetName + "」超过 " + maxRows + " 行");
	}

	private static RawCell cellAt(List<RawCell> cells, int column) {
		for (RawCell cell : cells) {
			if (cell.column() == column) {
				return cell;
			}
		}
		return null;
	}

	private record OpenRegion(MergedRegion region, RawCell topLeft) {

		boolean hasValue() {
			return this.topLeft != null;
		}

	}

}
