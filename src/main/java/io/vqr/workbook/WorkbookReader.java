package io.vqr.workbook;

import java.io.IOException;
import java.util.List;

/**
 * A workbook opened for streaming: its sheets, and each sheet's rows delivered one at a
 * time, so memory does not grow with the number of rows. Merged regions give their value
 * to every cell they cover. Implementations exist for {@code .xlsx}/{@code .xlsm} and
 * {@code .xls}; {@link WorkbookFiles#open} picks one by content, not by file name.
 */
public interface WorkbookReader extends AutoCloseable {

	List<SheetInfo> sheets();

	/**
	 * Streams the rows of a sheet in order to the handler.
	 * @throws WorkbookException when the sheet breaks a limit (rows, zip-bomb ratio) or
	 * is corrupt
	 * @throws IOException when the file cannot be read (an infrastructure fault)
	 */
	void readSheet(SheetInfo sheet, RowHandler handler) throws WorkbookException, IOException;

	@Override
	void close() throws IOException;

}
