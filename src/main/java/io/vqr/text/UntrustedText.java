package io.vqr.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Text that came from a submitted file or its name (a file name, a school name), made
 * safe where it leaves the program: in a log line or on the console it cannot break the
 * line or reorder what follows; as part of a file name it cannot leave its folder, make a
 * name the file system refuses, or be longer than file systems allow (255 bytes on Linux,
 * counted in UTF-8). A shortened name keeps its start, to be recognisable, and ends with
 * a short hash of the whole text, so two long names that start alike stay apart.
 */
public final class UntrustedText {

	/** What most file systems allow for one file name. */
	public static final int MAX_FILE_NAME_BYTES = 255;

	/** The longest text put into one log or console line. */
	static final int MAX_LOG_CHARS = 300;

	private static final String CUT = "…";

	private UntrustedText() {
	}

	/**
	 * The text for a log or console line: line breaks, other control characters and the
	 * invisible characters that reorder text are shown as {@code \\uXXXX}, and very long
	 * text is cut with {@code …}.
	 */
	public static String forLog(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LOG_CHARS) + 8);
		int chars = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (chars++ == MAX_LOG_CHARS) {
				out.append(CUT);
				break;
			}
			if (isUnsafe(codePoint)) {
				out.append(String.format("\\u%04X", codePoint));
			}
			else {
				out.appendCodePoint(codePoint);
			}
		}
		return out.toString();
	}

	/**
	 * The text as (part of) a file name of at most {@code maxBytes} UTF-8 bytes: path
	 * separators, characters Windows refuses and control characters become {@code _}, a
	 * leading dot too (no hidden files, no {@code ..}); longer text keeps its start and
	 * ends with {@code …} and eight hex digits of its SHA-256.
	 */
	public static String forFileName(String text, int maxBytes) {
		if (maxBytes < 16) {
			throw new IllegalArgumentException("a file name needs room for its hash: " + maxBytes);
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.strip()
			.codePoints()
			.forEach((codePoint) -> clean.appendCodePoint(isRefusedInFileName(codePoint) ? '_' : codePoint));
		if (clean.length() == 0) {
			clean.append('_');
		}
		if (clean.charAt(0) == '.') {
			clean.setCharAt(0, '_');
		}
		String name = clean.toString();
		if (utf8Length(name) <= maxBytes) {
			return name;
		}
		String tail = CUT + hash(text);
		int budget = maxBytes - utf8Length(tail);
		StringBuilder kept = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < name.length();) {
			int codePoint = name.codePointAt(i);
			int size = utf8Length(new String(Character.toChars(codePoint)));
			if (bytes + size > budget) {
				break;
			}
			kept.appendCodePoint(codePoint);
			bytes += size;
			i += Character.charCount(codePoint);
		}
		return kept + tail;
	}

	public static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private static boolean isUnsafe(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isISOControl(codePoint) || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
	}

	private static boolean isRefusedInFileName(int codePoint) {
		return isUnsafe(codePoint) || "/\\:*?\"<>|".indexOf(codePoint) >= 0;
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

}
