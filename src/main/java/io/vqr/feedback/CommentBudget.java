package io.vqr.feedback;

import java.util.HashSet;
import java.util.Set;

/**
 * How many cells of a feedback workbook get a comment, and which. Comments (and the links
 * to them) live in memory until the workbook is written, unlike the streamed cells, so a
 * badly broken file with hundreds of thousands of findings gets comments on its first
 * cells only (in sheet, row, column order); every offending cell is still filled.
 */
final class CommentBudget {

	private final int max;

	private final Set<CellRef> commented = new HashSet<>();

	private boolean exhausted;

	CommentBudget(int max) {
		this.max = max;
	}

	/** A cell of a copied sheet: copy name, 1-based row, 0-based column. */
	record CellRef(String sheet, int excelRow, int column) {
	}

	/** Takes one comment from the budget for the cell, if any is left. */
	boolean take(CellRef cell) {
		if (this.commented.size() >= this.max) {
			this.exhausted = true;
			return false;
		}
		this.commented.add(cell);
		return true;
	}

	boolean isCommented(CellRef cell) {
		return this.commented.contains(cell);
	}

	/** Whether some offending cell went without a comment. */
	boolean exhausted() {
		return this.exhausted;
	}

	int max() {
		return this.max;
	}

}
