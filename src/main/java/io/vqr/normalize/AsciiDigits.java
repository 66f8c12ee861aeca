package io.vqr.normalize;

/**
 * Shape checks of codes and ID numbers without regular expressions: they run for every ID
 * and major cell, where a matcher per cell was 3% of an ingest's worker time. A digit is
 * 0–9, as {@code \d} is in a pattern without UNICODE_CHARACTER_CLASS.
 */
final class AsciiDigits {

	private AsciiDigits() {
	}

	/** Whether {@code text} is {@code min} to {@code max} digits. */
	static boolean digits(String text, int min, int max) {
		return text.length() >= min && text.length() <= max && digitsIn(text, 0, text.length());
	}

	/** Whether the characters from {@code from} (inclusive) to {@code to} are digits. */
	static boolean digitsIn(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** A number cell's text without a decimal part of zeros ({@code 510201.0}). */
	static String withoutZeroDecimals(String text) {
		int dot = text.lastIndexOf('.');
		if (dot < 0 || dot == text.length() - 1) {
			return text;
		}
		for (int i = dot + 1; i < text.length(); i++) {
			if (text.charAt(i) != '0') {
				return text;
			}
		}
		return text.substring(0, dot);
	}

}
