package io.vqr.standard;

/**
 * How wide text is in a terminal or in Excel's character units: East Asian wide
 * characters (汉字, fullwidth forms, CJK punctuation) take two columns, others one. The one
 * measure for aligned tables, column widths and wrapped rows.
 */
public final class DisplayWidth {

	private DisplayWidth() {
	}

	public static int of(String text) {
		return text.codePoints().map(DisplayWidth::width).sum();
	}

	public static int width(int codePoint) {
		if (Character.getType(codePoint) == Character.NON_SPACING_MARK
				|| Character.getType(codePoint) == Character.ENCLOSING_MARK) {
			return 0;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
			return 2;
		}
		boolean cjkPunctuation = codePoint >= 0x3000 && codePoint <= 0x303F;
		boolean fullwidth = (codePoint >= 0xFF01 && codePoint <= 0xFF60)
				|| (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
		boolean compatibility = codePoint >= 0xFE30 && codePoint <= 0xFE4F;
		return (cjkPunctuation || fullwidth || compatibility) ? 2 : 1;
	}

	/**
	 * The text padded with spaces to {@code columns} (text wider than that is cut with
	 * …).
	 */
	public static String pad(String text, int columns, boolean right) {
		String shown = fit(text, columns);
		String padding = " ".repeat(Math.max(0, columns - of(shown)));
		return right ? padding + shown : shown + padding;
	}

	/** The text cut to at most {@code columns}, ending with … when cut. */
	public static String fit(String text, int columns) {
		if (of(text) <= columns) {
			return text;
		}
		StringBuilder kept = new StringBuilder();
		int used = 0;
		for (int codePoint : text.codePoints().toArray()) {
			int width = width(codePoint);
			if (used + width > columns - 1) {
				break;
			}
			kept.appendCodePoint(codePoint);
			used += width;
		}
		return kept.append('…').toString();
	}

}
