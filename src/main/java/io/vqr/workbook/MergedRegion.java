package io.vqr.workbook;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merged region of a sheet: rows are Excel's 1-based row numbers (like
 * {@link RawRow#rowNumber()}), columns 0-based (like {@link RawCell#column()}).
 */
record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

	private static final Pattern RANGE = Pattern
		.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7}):\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

	/**
	 * Parses an A1-style range such as {@code A2:A6}; a single cell or a malformed
	 * reference is no region.
	 */
	static Optional<MergedRegion> parse(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		Matcher matcher = RANGE.matcher(reference.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int column1 = columnIndex(matcher.group(1));
		int row1 = Integer.parseInt(matcher.group(2));
		int column2 = columnIndex(matcher.group(3));
		int row2 = Integer.parseInt(matcher.group(4));
		return of(Math.min(row1, row2), Math.max(row1, row2), Math.min(column1, column2), Math.max(column1, column2));
	}

	/** A region, or none when it covers a single cell (nothing to copy) or no row. */
	static Optional<MergedRegion> of(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (firstRow < 1 || firstColumn < 0 || (firstRow == lastRow && firstColumn == lastColumn)) {
			return Optional.empty();
		}
		return Optional.of(new MergedRegion(firstRow, lastRow, firstColumn, lastColumn));
	}

	boolean coversColumn(int column) {
		return column >= this.firstColumn && column <= this.lastColumn;
	}

	private static int columnIndex(String letters) {
		int index = 0;
		for (char letter : letters.toUpperCase(Locale.ROOT).toCharArray()) {
			index = index * 26 + (letter - 'A' + 1);
		}
		return index - 1;
	}

}
