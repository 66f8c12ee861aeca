package io.vqr.report.xlsx;

/**
 * One column of a {@link SheetTable}.
 *
 * @param header the header text, already resolved from the template
 * @param format how the column's numbers are shown ({@link ValueFormat#TEXT} for text)
 */
record Column(String header, ValueFormat format) {

	static Column text(String header) {
		return new Column(header, ValueFormat.TEXT);
	}

}
