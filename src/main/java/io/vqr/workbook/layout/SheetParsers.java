package io.vqr.workbook.layout;

import io.vqr.normalize.ValueParser;
import io.vqr.standard.SheetDef;

/** Picks the parser for a sheet's layout. */
public final class SheetParsers {

	private SheetParsers() {
	}

	/**
	 * A parser for one sheet of a workbook.
	 * @param sheet the sheet of the standard the workbook's sheet was matched to
	 * @param sheetName the workbook's name for it, for findings
	 * @param listener receives header, records, totals, skipped rows and findings
	 * @param values reads the numbers of totals rows
	 */
	public static SheetParser create(SheetDef sheet, String sheetName, SheetListener listener, ValueParser values) {
		return switch (sheet.layout()) {
			case TABLE -> new TableSheetParser(sheet, sheetName, listener, values);
			case FORM -> new FormSheetParser(sheet, sheetName, listener);
		};
	}

}
