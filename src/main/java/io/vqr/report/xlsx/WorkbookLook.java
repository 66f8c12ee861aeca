package io.vqr.report.xlsx;

import java.util.EnumMap;
import java.util.Map;

/**
 * The look of the report workbooks as the template sets it: fonts, fills, number formats
 * and the text of a cell without a value.
 *
 * @param fontName the font of every cell
 * @param fontPoints the body font size
 * @param titlePoints the size of the title above each table
 * @param headerFill the fill of header cells, as RRGGBB
 * @param totalsFill the fill of totals rows, as RRGGBB
 * @param missing what a cell without a value shows (the dash)
 * @param patterns the Excel number format of each {@link ValueFormat}
 */
record WorkbookLook(String fontName, int fontPoints, int titlePoints, String headerFill, String totalsFill,
		String missing, Map<ValueFormat, String> patterns) {

	WorkbookLook {
		Map<ValueFormat, String> complete = new EnumMap<>(ValueFormat.class);
		for (ValueFormat format : ValueFormat.values()) {
			complete.put(format, format.defaultPattern());
		}
		complete.putAll(patterns);
		patterns = Map.copyOf(complete);
		checkRgb(headerFill);
		checkRgb(totalsFill);
	}

	static WorkbookLook defaults() {
		return new WorkbookLook("宋体", 11, 14, "DDEBF7", "F2F2F2", "—", Map.of());
	}

	String pattern(ValueFormat format) {
		return this.patterns.get(format);
	}

	private static void checkRgb(String rgb) {
		if (rgb == null || !rgb.matches("[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("not a colour as RRGGBB: " + rgb);
		}
	}

}
