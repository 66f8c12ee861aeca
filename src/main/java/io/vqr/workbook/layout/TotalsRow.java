package io.vqr.workbook.layout;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import io.vqr.standard.SheetDef;

/**
 * A 合计/总计/小计 row: not a record; its numbers are compared with the column sums
 * (W-TOTAL-MISMATCH).
 *
 * @param sheetName the sheet's name as the workbook writes it
 * @param sheet the sheet of the standard
 * @param excelRow the 1-based Excel row
 * @param label the marker as written, e.g. 合计
 * @param cells the row's cells by field key, as for a record
 * @param numbers by field key, the values of numeric fields (INTEGER, DECIMAL) that read
 * as numbers, converted into the field's unit; a field left empty or unreadable in the
 * totals row has no entry
 */
public record TotalsRow(String sheetName, SheetDef sheet, int excelRow, String label, Map<String, FieldCell> cells,
		Map<String, BigDecimal> numbers) {

	public TotalsRow {
		cells = Map.copyOf(cells);
		numbers = Map.copyOf(numbers);
	}

	/** The field's cell in the totals row, for the column letter of a finding. */
	public Optional<FieldCell> cell(String fieldKey) {
		return Optional.ofNullable(this.cells.get(fieldKey));
	}

	public Optional<BigDecimal> number(String fieldKey) {
		return Optional.ofNullable(this.numbers.get(fieldKey));
	}

}
