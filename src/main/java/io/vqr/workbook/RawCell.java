package io.vqr.workbook;

import java.time.LocalDateTime;

/**
 * One non-empty cell as the file holds it, before any interpretation by the standard.
 *
 * @param column 0-based column index
 * @param kind what the file stored
 * @param text the cell as text: a string cell's string; a number's shortest exact decimal
 * form (no exponent, no grouping, e.g. {@code 44011120060315000} or {@code 12.5}); a
 * boolean as TRUE/FALSE; a date as ISO {@code 2024-06-30} (or {@code 2024-06-30T08:00}
 * with a time); for a formula, the text of its cached value
 * @param number the numeric value for NUMBER and DATE cells (DATE: the Excel serial),
 * else null
 * @param date the date for DATE cells (a number cell with a date format), else null
 * @param formulaWithoutValue true for a formula cell that has no cached value (text is
 * then the formula)
 * @param merged true when the value was copied from the top-left cell of a merged region
 * covering this cell
 */
public record RawCell(int column, CellKind kind, String text, Double number, LocalDateTime date,
		boolean formulaWithoutValue, boolean merged) {

	public enum CellKind {

		STRING, NUMBER, DATE, BOOLEAN, ERROR

	}

	/** Excel column letters for a 0-based index: 0 → A, 26 → AA. */
	public static String columnLetter(int column) {
		StringBuilder letters = new StringBuilder();
		int n = column + 1;
		while (n > 0) {
			int rem = (n - 1) % 26;
			letters.insert(0, (char) ('A' + rem));
			n = (n - 1) / 26;
		}
		return letters.toString();
	}

	public String columnLetter() {
		return columnLetter(this.column);
	}

	public RawCell asMerged(int column) {
		return new RawCell(column, this.kind, this.text, this.number, this.date, this.formulaWithoutValue, true);
	}

}
