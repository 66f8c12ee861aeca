package io.vqr.validation;

/**
 * Where a field was found in the school's file, so a finding (also one computed later in
 * SQL) names the cell.
 *
 * @param row the Excel row of a form field's value; 0 for a table column (the record's
 * row applies)
 */
public record ColumnRef(String sheetName, String column, String header, int row) {
}
