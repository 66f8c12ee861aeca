package io.vqr.template;

import io.vqr.standard.DisplayWidth;

/**
 * Column widths in Excel's units (1/256 of the width of a digit): a Chinese character is
 * about two digits wide.
 */
final class ColumnWidths {

	/** Excel refuses widths over 255 characters. */
	private static final int MAX_CHARACTERS = 255;

	private ColumnWidths() {
	}

	/** The width of the text in digit widths. */
	static int characters(String text) {
		return DisplayWidth.of(text);
	}

	/** A column width for {@code characters} digit widths plus a little padding. */
	static int units(int characters) {
		return Math.min(MAX_CHARACTERS, characters + 2) * 256;
	}

	/**
	 * How many lines the text needs in a wrapping cell {@code columnUnits} wide: an
	 * estimate, good enough to size rows Excel will not size by itself (merged cells).
	 */
	static int lines(String text, int columnUnits) {
		int perLine = Math.max(1, columnUnits / 256 - 1);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (characters(paragraph) + perLine - 1) / perLine);
		}
		return lines;
	}

}
