package io.vqr.normalize;

import java.time.LocalDateTime;

import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawCell.CellKind;

/** RawCells as a reader would deliver them, for tests. */
final class Cells {

	private Cells() {
	}

	static RawCell text(String text) {
		return new RawCell(0, CellKind.STRING, text, null, null, false, false);
	}

	/**
	 * A number cell; its text is the shortest exact decimal form, as the reader gives.
	 */
	static RawCell number(String text) {
		return new RawCell(0, CellKind.NUMBER, text, Double.valueOf(text), null, false, false);
	}

	static RawCell date(LocalDateTime date, double serial) {
		return new RawCell(0, CellKind.DATE, date.toLocalDate().toString(), serial, date, false, false);
	}

	static RawCell formulaWithoutValue(String formula) {
		return new RawCell(0, CellKind.STRING, formula, null, null, true, false);
	}

	static RawCell error(String text) {
		return new RawCell(0, CellKind.ERROR, text, null, null, false, false);
	}

}
