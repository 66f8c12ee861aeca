package io.vqr.report.xlsx;

import java.util.EnumMap;
import java.util.List;
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
 * @param chartColors the fills of chart series (bars) and slices (pies), as RRGGBB, in
 * order: set explicitly because readers differ in the defaults they draw without them
 * (LibreOffice draws nothing)
 */
record WorkbookLook(String fontName, int fontPoints, int titlePoints, String headerFill, String totalsFill,
		String missing, Map<ValueFormat, String> patterns, List<String> chartColors) {

	static final List<String> DEFAULT_CHART_COLORS = List.of("4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47",
			"264478", "9E480E", "636363", "997300", "255E91", "43682B");

	WorkbookLook {
		Map<ValueFormat, String> complete = new EnumMap<>(ValueFormat.class);
		for (ValueFormat format : ValueFormat.values()) {
			complete.put(format, format.defaultPattern());
		}
		complete.putAll(patterns);
		patterns = Map.copyOf(complete);
		checkRgb(headerFill);
		checkRgb(totalsFill);
		chartColors = List.copyOf(chartColors.isEmpty() ? DEFAULT_CHART_COLORS : chartColors);
		chartColors.forEach(WorkbookLook::checkRgb);
	}

	static WorkbookLook defaults() {
		return new WorkbookLook("宋体", 11, 14, "DDEBF7", "F2F2F2", "—", Map.of(), DEFAULT_CHART_COLORS);
	}

	String pattern(ValueFormat format) {
		return this.patterns.get(format);
	}

	/** The colour of the n-th series or slice, the palette repeating. */
	String chartColor(int index) {
		return this.chartColors.get(index % this.chartColors.size());
	}

	private static void checkRgb(String rgb) {
		if (rgb == null || !rgb.matches("[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("not a colour as RRGGBB: " + rgb);
		}
	}

}
