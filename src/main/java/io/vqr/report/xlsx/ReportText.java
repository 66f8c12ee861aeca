package io.vqr.report.xlsx;

import java.util.List;
import java.util.Set;

/**
 * The template text of one kind of report: its cover and its sheets, in the order they
 * are written.
 *
 * @param cover name, title and labels of the cover sheet
 * @param sheets the sheets, in order
 */
record ReportText(SheetText cover, List<SheetText> sheets) {

	ReportText {
		sheets = List.copyOf(sheets);
	}

	/** Fails unless every sheet key is one the program knows. */
	ReportText checkKeys(Set<String> known) {
		for (SheetText sheet : this.sheets) {
			if (!known.contains(sheet.key())) {
				throw new TemplateException(sheet.source() + ": " + sheet.path() + ": unknown sheet key '" + sheet.key()
						+ "', known keys are " + known);
			}
		}
		return this;
	}

}
