package io.vqr.report.xlsx;

import java.util.HashMap;
import java.util.Map;

/**
 * Values for the {@code {name}} placeholders of template text ({@code {school}},
 * {@code {year}}, ...). A placeholder without a value stays as written, so that a typo
 * shows in the workbook instead of disappearing.
 */
final class Placeholders {

	private final Map<String, String> values;

	private Placeholders(Map<String, String> values) {
		this.values = values;
	}

	static Placeholders of(Map<String, String> values) {
		return new Placeholders(Map.copyOf(values));
	}

	/** These values plus one more (or one replaced). */
	Placeholders with(String name, String value) {
		Map<String, String> more = new HashMap<>(this.values);
		more.put(name, value);
		return new Placeholders(Map.copyOf(more));
	}

	String fill(String text) {
		if (text.indexOf('{') < 0) {
			return text;
		}
		StringBuilder filled = new StringBuilder(text.length() + 16);
		int i = 0;
		while (i < text.length()) {
			int open = text.indexOf('{', i);
			int close = (open < 0) ? -1 : text.indexOf('}', open);
			if (close < 0) {
				filled.append(text, i, text.length());
				break;
			}
			String value = this.values.get(text.substring(open + 1, close));
			filled.append(text, i, open).append((value != null) ? value : text.substring(open, close + 1));
			i = close + 1;
		}
		return filled.toString();
	}

}
