package io.vqr.workbook;

import java.util.List;
import java.util.Optional;

import io.vqr.standard.TextNormalizer;

/**
 * One row of a sheet with its non-empty cells in column order. Rows with no non-empty
 * cell may be skipped by the reader; row numbers are Excel's (1-based), so gaps show
 * where they were.
 */
public record RawRow(int rowNumber, List<RawCell> cells, boolean hidden) {

	public RawRow {
		cells = List.copyOf(cells);
	}

	public Optional<RawCell> cell(int column) {
		for (RawCell cell : this.cells) {
			if (cell.column() == column) {
				return Optional.of(cell);
			}
			if (cell.column() > column) {
				break;
			}
		}
		return Optional.empty();
	}

	/** The first non-blank cell, if any. */
	public Optional<RawCell> first() {
		for (RawCell cell : this.cells) {
			if (!TextNormalizer.isBlank(cell.text())) {
				return Optional.of(cell);
			}
		}
		return Optional.empty();
	}

	public boolean isBlank() {
		return first().isEmpty();
	}

}
