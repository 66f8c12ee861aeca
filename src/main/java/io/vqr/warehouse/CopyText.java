package io.vqr.warehouse;

/**
 * Escaping for PostgreSQL's COPY text format: tab-separated, {@code \N} for null,
 * backslash escapes for the characters that would break a line or a column.
 */
public final class CopyText {

	private CopyText() {
	}

	public static String escape(Object value) {
		if (value == null) {
			return "\\N";
		}
		String text = value.toString();
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				}
				else {
					out.append(c);
				}
			}
		}
		return (out != null) ? out.toString() : text;
	}

}
