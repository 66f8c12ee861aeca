package io.vqr.workbook.layout;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import io.vqr.standard.SheetDef;

/**
 * One record of a sheet: a table row, or the whole 基本信息 form.
 *
 * @param sheetName the sheet's name as the workbook writes it
 * @param sheet the sheet of the standard
 * @param excelRow the 1-based Excel row of a table record; 0 for a form, whose cells each
 * carry their own row
 * @param cells by field key, one entry for every field whose column (or label) the sheet
 * has, empty cells included; a field without a column has no entry. The record takes the
 * map over (a parser builds one per record) and only wraps it: copying it cost a second
 * hash table per row.
 */
public record SheetRecord(String sheetName, SheetDef sheet, int excelRow, Map<String, FieldCell> cells) {

	public SheetRecord {
		cells = Collections.unmodifiableMap(cells);
	}

	/** The field's cell, if the sheet has a column for it (the cell may be empty). */
	public Optional<FieldCell> cell(String fieldKey) {
		return Optional.ofNullable(this.cells.get(fieldKey));
	}

}
