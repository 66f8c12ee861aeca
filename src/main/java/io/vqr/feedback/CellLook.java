package io.vqr.feedback;

import java.util.function.UnaryOperator;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * How a cell of a feedback workbook looks (font, fill, border, alignment, number format),
 * applied cell by cell: fastexcel keeps one style per distinct look, however many cells
 * use it.
 */
final class CellLook {

	private final UnaryOperator<StyleSetter> settings;

	CellLook(UnaryOperator<StyleSetter> settings) {
		this.settings = settings;
	}

	void applyTo(Worksheet sheet, int row, int column) {
		this.settings.apply(sheet.style(row, column)).set();
	}

}
