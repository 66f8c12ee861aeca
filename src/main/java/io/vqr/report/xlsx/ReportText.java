package io.vqr.report.xlsx;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.vqr.indicators.TemplateFileException;

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
				throw new TemplateFileException(sheet.source() + "：" + sheet.path() + " 的 key “" + sheet.key()
						+ "”不是程序认识的工作表代号，可用的代号有 " + new TreeSet<>(known));
			}
		}
		return this;
	}

}
