package io.vqr.standard;

import java.util.Optional;

/**
 * The text normalization of submission standard section 4, used wherever sheet names,
 * labels, headers and code values are matched: white space removed, full-width letters,
 * digits and brackets made half-width, a trailing {@code *} or {@code ※} dropped, and a
 * trailing unit in brackets split off.
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	/**
	 * A header or label after normalization: the text to match and the unit it named, if
	 * any.
	 */
	public record Header(String text, Optional<Unit> unit) {
	}

	/**
	 * Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to space. Nothing
	 * else changes.
	 */
	public static String halfWidth(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char mapped = c;
			if (c >= '\uFF01' && c <= '\uFF5E') {
				mapped = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000') {
				mapped = ' ';
			}
			if (mapped != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(mapped);
			}
		}
		return (out != null) ? out.toString() : text;
	}

	/**
	 * Removes every white-space character, including U+3000, non-breaking spaces and line
	 * breaks inside a cell.
	 */
	public static String removeWhitespace(String text) {
		int first = firstSpace(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	static boolean isSpace(char c) {
		// Every cell's every character comes here: answer the common ones (ASCII, CJK
		// ideographs) without Character's table lookups.
		if (c <= ' ') {
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
		}
		if (c < '\u00A0') {
			return false;
		}
		// Character.isWhitespace or isSpaceChar above U+00A0, spelled out: their table
		// lookups showed up for full-width text (TextNormalizerTest checks every char).
		return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
				|| c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
	}

	/**
	 * {@link String#isBlank()} (only {@link Character#isWhitespace} characters, so a
	 * non-breaking space is not blank), answering ASCII and CJK ideographs without
	 * Character's table lookups: it runs for every cell.
	 */
	public static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!isJavaWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	static boolean isJavaWhitespace(char c) {
		if (c <= ' ') {
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
		}
		if (c < '\u1680') {
			return false;
		}
		// Character.isWhitespace above U+1680, spelled out: its table lookup showed
		// up for cells starting with full-width characters.
		return c == '\u1680' || (c >= '\u2000' && c <= '\u2006') || (c >= '\u2008' && c <= '\u200A') || c == '\u2028'
				|| c == '\u2029' || c == '\u205F' || c == '\u3000';
	}

	/** The index of the first white-space character, or -1. */
	private static int firstSpace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isSpace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The matching key of a sheet name, label, header or code value: half-width, no white
	 * space, no trailing {@code *}/{@code ※}, upper-case Latin letters. The unit stays
	 * part of the key; see {@link #header}.
	 */
	public static String key(String text) {
		if (text == null) {
			return "";
		}
		String key = removeWhitespace(halfWidth(text));
		while (!key.isEmpty() && (key.endsWith("*") || key.endsWith("※"))) {
			key = key.substring(0, key.length() - 1);
		}
		return hasLowerCase(key) ? key.toUpperCase(java.util.Locale.ROOT) : key;
	}

	/**
	 * Whether upper-casing could change the text: false for ASCII without a-z and for CJK
	 * text, the usual keys, which toUpperCase would look up char by char.
	 */
	static boolean hasLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '\u0080') {
				if (c >= 'a' && c <= 'z') {
					return true;
				}
			}
			else if (!((c >= '\u3000' && c <= '\u303F') || (c >= '\u4E00' && c <= '\u9FFF')
					|| (c >= '\uFF00' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFFEF'))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A header or label normalized, with a trailing bracketed unit such as {@code （万元）}
	 * split off.
	 */
	public static Header header(String text) {
		String key = key(text);
		if (key.endsWith(")")) {
			int open = key.lastIndexOf('(');
			if (open > 0) {
				Optional<Unit> unit = Unit.ofSymbol(key.substring(open + 1, key.length() - 1));
				if (unit.isPresent()) {
					return new Header(key.substring(0, open), unit);
				}
			}
		}
		return new Header(key, Optional.empty());
	}

	/**
	 * A text value as stored: trimmed (also of U+3000), full-width spaces treated as
	 * spaces, and white space between two CJK characters removed ({@code 电工 电子} →
	 * {@code 电工电子}). Latin text keeps its single spaces.
	 */
	public static String cleanText(String text) {
		if (text == null) {
			return null;
		}
		if (firstSpace(text) < 0) {
			// Most values: nothing to trim or join.
			return text;
		}
		String trimmed = text.strip().replace('\u3000', ' ').strip();
		StringBuilder out = new StringBuilder(trimmed.length());
		int i = 0;
		while (i < trimmed.length()) {
			char c = trimmed.charAt(i);
			if (isSpace(c)) {
				int end = i;
				while (end < trimmed.length() && isSpace(trimmed.charAt(end))) {
					end++;
				}
				char before = out.length() > 0 ? out.charAt(out.length() - 1) : ' ';
				char after = end < trimmed.length() ? trimmed.charAt(end) : ' ';
				if (!(isCjk(before) && isCjk(after))) {
					out.append(' ');
				}
				i = end;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/**
	 * Text in paragraphs as stored: split at line breaks (CR, LF, CRLF, U+2028/U+2029),
	 * each paragraph {@link #cleanText cleaned}, empty ones dropped, joined with one
	 * {@code \n}.
	 */
	public static String cleanParagraphs(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (String line : text.split("\r\n|[\r\n\u2028\u2029\u0085\u000B\u000C]")) {
			String paragraph = cleanText(line);
			if (!paragraph.isEmpty()) {
				if (out.length() > 0) {
					out.append('\n');
				}
				out.append(paragraph);
			}
		}
		return out.toString();
	}

	/** CJK ideographs and CJK punctuation (full-width brackets included). */
	public static boolean isCjk(char c) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
				|| block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

}
