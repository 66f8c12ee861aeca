package io.vqr.workbook;

import java.io.IOException;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import io.vqr.standard.Rule;

/**
 * Reads {@code .xls} (BIFF8) with POI's record stream rather than the HSSF usermodel,
 * which builds a full object model of every record before a row can be read. The whole
 * Workbook stream is read when the file is opened, so a malformed sheet is refused then,
 * as before; BIFF8 holds at most 65,536 rows per sheet and the file size is capped before
 * opening, so holding the cells is bounded. Rows are delivered one at a time through the
 * same merged-cell filling as {@code .xlsx}.
 */
final class XlsWorkbookReader implements WorkbookReader {

	private final XlsRecordReader.Workbook workbook;

	private final ReadLimits limits;

	private XlsWorkbookReader(XlsRecordReader.Workbook workbook, ReadLimits limits) {
		this.workbook = workbook;
		this.limits = limits;
	}

	/**
	 * @param ole2 an OLE2 file that holds no encrypted OOXML package; closed here, once
	 * read
	 */
	static XlsWorkbookReader open(POIFSFileSystem ole2, ReadLimits limits) throws WorkbookException, IOException {
		// The password POI would try is per thread; a file is encrypted whatever a caller
		// set.
		String callerPassword = Biff8EncryptionKey.getCurrentUserPassword();
		Biff8EncryptionKey.setCurrentUserPassword(null);
		try (ole2) {
			return new XlsWorkbookReader(XlsRecordReader.read(ole2.getRoot()), limits);
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
		}
	}

	@Override
	public List<SheetInfo> sheets() {
		return this.workbook.sheets();
	}

	@Override
	public void readSheet(SheetInfo sheet, RowHandler handler) throws WorkbookException {
		this.workbook.contents().get(sheet.index()).emit(sheet.name(), this.limits.maxRowsPerSheet(), handler);
	}

	@Override
	public void close() {
		// The file was read and closed when opened.
	}

}
