package io.vqr.report.xlsx;

/**
 * Estimates how wide text and numbers show, in Excel character units, without measuring
 * fonts (autosizing a column renders every cell and is far too slow for 600 workbooks): a
 * CJK or full-width character counts two, anything else one.
 */
final class TextWidth {

	private TextWidth() {
	}

	static int of(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += wide(codePoint) ? 2 : 1;
			i += Character.charCount(codePoint);
		}
		return width;
	}

	/** The width of the widest line of a text that may hold line breaks. */
	static int ofLines(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			widest = Math.max(widest, of(line));
		}
		return widest;
	}

	/** How wide a number shows in a format, roughly. */
	static int ofNumber(double value, ValueFormat format) {
		long whole = (long) Math
			.abs((format == ValueFormat.RATE || format == ValueFormat.GROWTH) ? value * 100 : value);
		int digits = Long.toString(whole).length();
		int grouped = digits + (digits - 1) / 3;
		return switch (format) {
			case TEXT, COUNT, WHOLE_AMOUNT -> grouped + 1;
			case AMOUNT -> grouped + 4;
			case DECIMAL -> grouped + 3;
			case RATE -> digits + 4;
			case RATIO -> digits + 5;
			case POINTS -> digits + 11;
			case GROWTH -> digits + 8;
		};
	}

	private static boolean wide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
			return true;
		}
		// CJK punctuation (、。《》) and full-width forms (（），：).
		return (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
				|| (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || codePoint == 0x2014;
	}

}
