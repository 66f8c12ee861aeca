package io.vqr.workbook.layout;

import java.util.List;
import java.util.Optional;

import io.vqr.standard.SheetDef;

/**
 * Where a sheet's fields are: the header found in a table, or the labels found in a form.
 *
 * @param sheetName the sheet's name as the workbook writes it
 * @param sheet the sheet of the standard
 * @param firstRow the 1-based Excel row of the header's first row (a two-row header's
 * parent row); 0 for a form
 * @param lastRow the header's last row; records start below it; 0 for a form
 * @param bindings one per field found, in column order for a table
 */
public record SheetHeader(String sheetName, SheetDef sheet, int firstRow, int lastRow, List<ColumnBinding> bindings) {

	public SheetHeader {
		bindings = List.copyOf(bindings);
	}

	public Optional<ColumnBinding> binding(String fieldKey) {
		return this.bindings.stream().filter((binding) -> binding.field().key().equals(fieldKey)).findFirst();
	}

}
