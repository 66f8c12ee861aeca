package io.vqr.workbook;

/**
 * Receives a sheet's rows in order. Returning false stops the reading of the sheet early
 * (the header search only needs the first rows).
 */
@FunctionalInterface
public interface RowHandler {

	boolean row(RawRow row);

}
