package io.vqr.feedback;

import io.vqr.standard.DisplayWidth;

/**
 * Sizes and limits of text in cells: how wide a text shows (a CJK character takes about
 * two Latin widths) and Excel's 32,767-character limit per cell.
 */
final class CellText {

	static final int MAX_CELL_CHARS = 32_767;

	private CellText() {
	}

	/** Width in Excel character units of the longest line of the text. */
	static int displayWidth(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			widest = Math.max(widest, DisplayWidth.of(line));
		}
		return widest;
	}

	/**
	 * Lines the text needs in a wrapped cell that is {@code columnWidth} characters wide.
	 */
	static int wrappedLines(String text, int columnWidth) {
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += Math.max(1, (displayWidth(line) + columnWidth - 1) / columnWidth);
		}
		return lines;
	}

	/** The text cut to what one cell holds. */
	static String fit(String text) {
		return (text.length() <= MAX_CELL_CHARS) ? text : text.substring(0, MAX_CELL_CHARS - 1) + "…";
	}

}
