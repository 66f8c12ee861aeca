package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.WindowTwoRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads a BIFF8 Workbook stream once with POI's record stream (which also decrypts a file
 * protected with Excel's default password, converts RK and MulRK numbers to number
 * records and drops DBCELL records) into the sheets' names and contents. Sheets are the
 * worksheet, chart and macro substreams in stream order, named by the BOUNDSHEET records
 * in the same order, as POI's usermodel pairs them; the structural faults the usermodel
 * refuses a file for are refused here with a {@link RecordFormatException}.
 */
final class XlsRecordReader {

	private final RecordFactoryInputStream records;

	private final XlsCellReader cells = new XlsCellReader();

	private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

	private Record next;

	private XlsRecordReader(InputStream workbookStream) {
		this.records = new RecordFactoryInputStream(workbookStream, true);
	}

	/**
	 * @throws RuntimeException what POI throws for an encrypted, old-format or malformed
	 * file, or a {@link RecordFormatException} for a structural fault
	 */
	static Workbook read(DirectoryNode root) throws IOException {
		try (InputStream in = root.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(root))) {
			return new XlsRecordReader(in).read();
		}
	}

	private Workbook read() {
		readGlobals();
		List<SheetInfo> infos = new ArrayList<>();
		List<XlsSheetContent> contents = new ArrayList<>();
		for (Record record = nextRecord(); record != null; record = nextRecord()) {
			if (!(record instanceof BOFRecord bof)) {
				throw new RecordFormatException("BOF record expected");
			}
			if (!isSheet(bof.getType())) {
				skipSubstream();
				continue;
			}
			int index = infos.size();
			if (index >= this.boundSheets.size()) {
				throw new RecordFormatException("Sheet " + index + " has no BOUNDSHEET record");
			}
			BoundSheetRecord bound = this.boundSheets.get(index);
			infos.add(new SheetInfo(index, bound.getSheetname(), bound.isHidden() || bound.isVeryHidden()));
			contents.add(readSheet());
		}
		return new Workbook(infos, contents);
	}

	/** The workbook globals end at their EOF. */
	private void readGlobals() {
		for (Record record = nextRecord(); record != null && !(record instanceof EOFRecord); record = nextRecord()) {
			if (record instanceof BoundSheetRecord bound) {
				this.boundSheets.add(bound);
			}
			else if (record instanceof SSTRecord sst) {
				this.cells.sharedStrings(sst);
			}
			else if (record instanceof FormatRecord format) {
				this.cells.format(format);
			}
			else if (record instanceof ExtendedFormatRecord xf) {
				this.cells.cellFormat(xf);
			}
			else if (record instanceof DateWindow1904Record window) {
				this.cells.date1904(window.getWindowing() == 1);
			}
		}
	}

	/** Worksheets, and the chart and macro sheets the usermodel lists as sheets too. */
	private static boolean isSheet(int bofType) {
		return bofType == BOFRecord.TYPE_WORKSHEET || bofType == BOFRecord.TYPE_CHART
				|| bofType == BOFRecord.TYPE_EXCEL_4_MACRO;
	}

	private XlsSheetContent readSheet() {
		XlsSheetContent sheet = new XlsSheetContent();
		boolean window = false;
		for (Record record = nextRecord(); record != null && !(record instanceof EOFRecord); record = nextRecord()) {
			if (record instanceof BOFRecord) {
				// An embedded chart's substream: nothing of the sheet's own.
				skipSubstream();
			}
			else if (record instanceof WindowTwoRecord) {
				window = true;
			}
			else if (record instanceof RowRecord row) {
				sheet.row(row.getRowNumber(), row.getZeroHeight());
			}
			else if (record instanceof MergeCellsRecord merges) {
				for (int i = 0; i < merges.getNumAreas(); i++) {
					sheet.merged(merges.getAreaAt(i));
				}
			}
			else {
				cell(sheet, record);
			}
		}
		if (!window) {
			throw new RecordFormatException("WINDOW2 was not found");
		}
		return sheet;
	}

	private void cell(XlsSheetContent sheet, Record record) {
		if (record instanceof LabelSSTRecord label) {
			sheet.cell(label.getRow(), label.getColumn(), this.cells.sharedString(label));
		}
		else if (record instanceof NumberRecord number) {
			sheet.cell(number.getRow(), number.getColumn(), this.cells.number(number));
		}
		else if (record instanceof FormulaRecord formula) {
			sheet.cell(formula.getRow(), formula.getColumn(), this.cells.formula(formula, cachedText(formula)));
		}
		else if (record instanceof BoolErrRecord boolErr) {
			sheet.cell(boolErr.getRow(), boolErr.getColumn(), this.cells.boolOrError(boolErr));
		}
		else if (record instanceof LabelRecord label) {
			sheet.cell(label.getRow(), label.getColumn(), this.cells.label(label));
		}
		else if (record instanceof BlankRecord blank) {
			sheet.cell(blank.getRow(), blank.getColumn(), null);
		}
		else if (record instanceof MulBlankRecord blanks) {
			for (int column = blanks.getFirstColumn(); column <= blanks.getLastColumn(); column++) {
				sheet.cell(blanks.getRow(), column, null);
			}
		}
		else if (record instanceof StringRecord) {
			throw new RecordFormatException("STRING record without a formula");
		}
	}

	/**
	 * The STRING record that follows a formula (after its shared-formula, array or table
	 * records); a formula whose result is text must have one.
	 */
	private StringRecord cachedText(FormulaRecord formula) {
		Record record = nextRecord();
		while (record instanceof SharedFormulaRecord || record instanceof ArrayRecord
				|| record instanceof TableRecord) {
			record = nextRecord();
		}
		if (record instanceof StringRecord text) {
			return text;
		}
		this.next = record;
		if (formula.hasCachedResultString()) {
			throw new RecordFormatException("Formula record flag is set but String record was not found");
		}
		return null;
	}

	/** Skips to the end of a substream whose BOF was read. */
	private void skipSubstream() {
		Record record = nextRecord();
		while (record != null && !(record instanceof EOFRecord)) {
			record = nextRecord();
		}
	}

	private Record nextRecord() {
		if (this.next != null) {
			Record record = this.next;
			this.next = null;
			return record;
		}
		return this.records.nextRecord();
	}

	/**
	 * The sheets of a workbook and their contents, by sheet index.
	 */
	record Workbook(List<SheetInfo> sheets, List<XlsSheetContent> contents) {

		Workbook {
			sheets = List.copyOf(sheets);
			contents = List.copyOf(contents);
		}

	}

}
