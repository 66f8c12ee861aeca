package io.vqr.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.RecordFormatException;

/**
 * Turns BIFF8 cell records into {@link RawCell}s with what the workbook globals hold: the
 * shared strings, the cell formats (to tell dates from numbers) and the date window. It
 * answers as POI's HSSF usermodel did for the same cells.
 */
final class XlsCellReader {

	private static final String[] BUILTIN_FORMATS = BuiltinFormats.getAll();

	private SSTRecord strings;

	private final Map<Integer, String> formatStrings = new HashMap<>();

	private final List<ExtendedFormatRecord> cellFormats = new ArrayList<>();

	/**
	 * Whether each cell format shows dates, worked out on its first number: per number it
	 * was a map lookup and a key string built, a few percent of reading an .xls.
	 */
	private Boolean[] dateByCellFormat = new Boolean[0];

	private boolean date1904;

	void sharedStrings(SSTRecord record) {
		this.strings = record;
	}

	/** A later format record with the same index overrides an earlier one. */
	void format(FormatRecord record) {
		this.formatStrings.put(record.getIndexCode(), record.getFormatString());
		this.dateByCellFormat = new Boolean[0];
	}

	/** Extended formats are numbered in the order they are stored. */
	void cellFormat(ExtendedFormatRecord record) {
		this.cellFormats.add(record);
		this.dateByCellFormat = new Boolean[0];
	}

	void date1904(boolean date1904) {
		this.date1904 = date1904;
	}

	/** A string cell of the shared string table, or null when it is empty. */
	RawCell sharedString(LabelSSTRecord record) {
		int index = record.getSSTIndex();
		if (this.strings == null || index < 0 || index >= this.strings.getNumUniqueStrings()) {
			throw new RecordFormatException("Shared string " + index + " does not exist");
		}
		return string(record.getColumn(), this.strings.getString(index).getString());
	}

	/** An old-style string cell that holds its text itself. */
	RawCell label(LabelRecord record) {
		return string(record.getColumn(), record.getValue());
	}

	RawCell number(NumberRecord record) {
		return number(record.getColumn(), record.getValue(), record.getXFIndex());
	}

	RawCell boolOrError(BoolErrRecord record) {
		return record.isBoolean() ? CellValues.bool(record.getColumn(), record.getBooleanValue())
				: CellValues.error(record.getColumn(), errorLiteral(record.getErrorValue()));
	}

	/**
	 * A formula's cached result: BIFF8 always stores one, so there is no formula without
	 * a value here.
	 * @param text the following string record, holding a text result
	 */
	RawCell formula(FormulaRecord record, StringRecord text) {
		int column = record.getColumn();
		switch (record.getCachedResultTypeEnum()) {
			case NUMERIC:
				return number(column, record.getValue(), record.getXFIndex());
			case STRING:
				return (record.hasCachedResultString() && text != null) ? string(column, text.getString()) : null;
			case BOOLEAN:
				return CellValues.bool(column, record.getCachedBooleanValue());
			case ERROR:
				return CellValues.error(column, errorLiteral((byte) record.getCachedErrorValue()));
			default:
				return null;
		}
	}

	private static RawCell string(int column, String text) {
		return (text == null || text.isEmpty()) ? null : CellValues.string(column, text);
	}

	private RawCell number(int column, double value, short xfIndex) {
		if (xfIndex < 0 || xfIndex >= this.cellFormats.size()) {
			throw new RecordFormatException("Cell format " + xfIndex + " does not exist");
		}
		if (this.dateByCellFormat.length != this.cellFormats.size()) {
			this.dateByCellFormat = new Boolean[this.cellFormats.size()];
		}
		Boolean date = this.dateByCellFormat[xfIndex];
		if (date == null) {
			short formatId = this.cellFormats.get(xfIndex).getFormatIndex();
			date = CellValues.isDateFormat(formatId, formatString(formatId));
			this.dateByCellFormat[xfIndex] = date;
		}
		return CellValues.number(column, value, date, this.date1904);
	}

	/**
	 * The format string as POI's HSSFDataFormat gives it: the workbook's own format, else
	 * the built-in one; "General" for the index -1 that some writers store.
	 */
	private String formatString(short formatId) {
		if (formatId == -1) {
			return "General";
		}
		String own = this.formatStrings.get((int) formatId);
		if (own == null && formatId >= 0 && formatId < BUILTIN_FORMATS.length) {
			return BUILTIN_FORMATS[formatId];
		}
		return own;
	}

	private static String errorLiteral(byte code) {
		return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
	}

}
