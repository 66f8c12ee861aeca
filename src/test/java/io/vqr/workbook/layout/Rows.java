package io.vqr.workbook.layout;

import java.util.ArrayList;
import java.util.List;

import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawCell.CellKind;
import io.vqr.workbook.RawRow;

/**
 * RawRows as the streaming reader delivers them, built in memory: one value per column
 * from A; null leaves the column without a cell. A value starting with {@code #} is a
 * number cell; one starting with {@code ^} is a copy from a merged region.
 */
final class Rows {

	private Rows() {
	}

	static RawRow row(int rowNumber, String... values) {
		List<RawCell> cells = new ArrayList<>();
		for (int column = 0; column < values.length; column++) {
			String value = values[column];
			if (value == null) {
				continue;
			}
			if (value.startsWith("#")) {
				String number = value.substring(1);
				cells.add(new RawCell(column, CellKind.NUMBER, number, Double.valueOf(number), null, false, false));
			}
			else if (value.startsWith("^")) {
				cells.add(new RawCell(column, CellKind.STRING, value.substring(1), null, null, false, true));
			}
			else {
				cells.add(new RawCell(column, CellKind.STRING, value, null, null, false, false));
			}
		}
		return new RawRow(rowNumber, cells, false);
	}

}
