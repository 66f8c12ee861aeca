package io.vqr.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import io.vqr.standard.Rule;

/**
 * Reads {@code .xls} (BIFF8) with POI's HSSF usermodel. BIFF8 holds at most 65,536 rows
 * per sheet and the file size is capped before opening, so holding the parsed records is
 * bounded; rows are still delivered one at a time through the same merged-cell filling as
 * {@code .xlsx}.
 */
final class XlsWorkbookReader implements WorkbookReader {

	private final POIFSFileSystem ole2;

	private final HSSFWorkbook workbook;

	private final ReadLimits limits;

	private final List<SheetInfo> sheets;

	private final boolean date1904;

	private XlsWorkbookReader(POIFSFileSystem ole2, HSSFWorkbook workbook, ReadLimits limits) {
		this.ole2 = ole2;
		this.workbook = workbook;
		this.limits = limits;
		this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
		List<SheetInfo> infos = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
			infos.add(new SheetInfo(i, workbook.getSheetName(i), hidden));
		}
		this.sheets = List.copyOf(infos);
	}

	/**
	 * @param ole2 an OLE2 file that holds no encrypted OOXML package; closed with the
	 * reader, or here when the file cannot be read
	 */
	static XlsWorkbookReader open(POIFSFileSystem ole2, ReadLimits limits) throws WorkbookException, IOException {
		// The password POI would try is per thread; a file is encrypted whatever a caller
		// set.
		String callerPassword = Biff8EncryptionKey.getCurrentUserPassword();
		Biff8EncryptionKey.setCurrentUserPassword(null);
		boolean opened = false;
		try {
			XlsWorkbookReader reader = new XlsWorkbookReader(ole2, new HSSFWorkbook(ole2.getRoot(), false), limits);
			opened = true;
			return reader;
		}
		catch (EncryptedDocumentException ex) {
			throw WorkbookFiles.encrypted(ex);
		}
		catch (OldExcelFormatException ex) {
			throw new WorkbookException(Rule.F_UNREADABLE, "文件是 Excel 95 或更早版本的旧格式", ex);
		}
		catch (RuntimeException ex) {
			// POI reports malformed records with a range of unchecked exceptions.
			throw WorkbookFiles.corrupt(ex);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(callerPassword);
			if (!opened) {
				ole2.close();
			}
		}
	}

	@Override
	public List<SheetInfo> sheets() {
		return this.sheets;
	}

	@Override
	public void readSheet(SheetInfo sheet, RowHandler handler) throws WorkbookException {
		HSSFSheet source = this.workbook.getSheetAt(sheet.index());
		List<MergedRegion> regions = new ArrayList<>();
		for (CellRangeAddress range : source.getMergedRegions()) {
			MergedRegion
				.of(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(), range.getLastColumn())
				.ifPresent(regions::add);
		}
		SheetRowEmitter emitter = new SheetRowEmitter(sheet.name(), this.limits.maxRowsPerSheet(), regions, handler);
		for (Row row : source) {
			HSSFRow hssfRow = (HSSFRow) row;
			if (!emitter.row(row.getRowNum() + 1, cells(hssfRow), hssfRow.getZeroHeight())) {
				return;
			}
		}
		emitter.finish();
	}

	private List<RawCell> cells(HSSFRow row) {
		List<RawCell> cells = new ArrayList<>(Math.max(row.getPhysicalNumberOfCells(), 0));
		for (int column = Math.max(row.getFirstCellNum(), 0); column < row.getLastCellNum(); column++) {
			HSSFCell cell = row.getCell(column);
			if (cell != null) {
				RawCell raw = rawCell(cell, cell.getCellType());
				if (raw != null) {
					cells.add(raw);
				}
			}
		}
		return cells;
	}

	/**
	 * The cell as read (for a formula, its cached result), or null when it holds nothing.
	 */
	private RawCell rawCell(HSSFCell cell, CellType type) {
		int column = cell.getColumnIndex();
		switch (type) {
			case STRING:
				String text = cell.getRichStringCellValue().getString();
				return (text == null || text.isEmpty()) ? null : CellValues.string(column, text);
			case NUMERIC:
				return CellValues.number(column, cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
						cell.getCellStyle().getDataFormatString(), this.date1904);
			case BOOLEAN:
				return CellValues.bool(column, cell.getBooleanCellValue());
			case ERROR:
				return CellValues.error(column, errorLiteral(cell.getErrorCellValue()));
			case FORMULA:
				// BIFF8 always stores a formula's last result, so there is no formula
				// without
				// a value here.
				return rawCell(cell, cell.getCachedFormulaResultType());
			default:
				return null;
		}
	}

	private static String errorLiteral(byte code) {
		return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
	}

	@Override
	public void close() throws IOException {
		try {
			this.workbook.close();
		}
		finally {
			this.ole2.close();
		}
	}

}
