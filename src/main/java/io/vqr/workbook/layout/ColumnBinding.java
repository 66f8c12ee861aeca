package io.vqr.workbook.layout;

import java.util.Objects;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.Unit;
import io.vqr.workbook.RawCell;

/**
 * Where a field's values are in a sheet: the column of a table, or the value column of a
 * form label.
 *
 * @param field the field of the standard
 * @param column 0-based column index
 * @param headerAsWritten the header or label as the workbook writes it (a two-row header
 * matched through its parent as {@code 招生情况/计划数}), for findings
 * @param unit the unit the header or label names, e.g. 元 in {@code 月收入（元）}, for
 * conversion
 */
public record ColumnBinding(FieldDef field, int column, String headerAsWritten, Optional<Unit> unit) {

	public ColumnBinding {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(headerAsWritten, "headerAsWritten");
		Objects.requireNonNull(unit, "unit");
	}

	/** Excel's column letter: A, B, ..., AA. */
	public String columnLetter() {
		return RawCell.columnLetter(this.column);
	}

}
