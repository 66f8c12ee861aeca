package io.vqr.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import io.vqr.workbook.RawCell.CellKind;

/**
 * Builds {@link RawCell}s the same way for both file formats: the text of numbers,
 * booleans, dates and errors, and whether a number format shows a date.
 */
final class CellValues {

	/**
	 * Number formats already classified: POI's check runs regular expressions, and the
	 * few formats of a workbook repeat on every numeric cell. Bounded against a file with
	 * thousands of formats.
	 */
	private static final Map<String, Boolean> DATE_FORMATS = new ConcurrentHashMap<>();

	private static final int DATE_FORMAT_CACHE_LIMIT = 4096;

	private static final Set<String> ERROR_LITERALS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
			"#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
			"#PYTHON!");

	private CellValues() {
	}

	static RawCell string(int column, String text) {
		return new RawCell(column, CellKind.STRING, text, null, null, false, false);
	}

	static RawCell bool(int column, boolean value) {
		return new RawCell(column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, null, false, false);
	}

	static RawCell error(int column, String literal) {
		return new RawCell(column, CellKind.ERROR, literal, null, null, false, false);
	}

	static RawCell formulaWithoutValue(int column, String formula) {
		return new RawCell(column, CellKind.STRING, "=" + formula, null, null, true, false);
	}

	/**
	 * A number cell; DATE when its number format shows a date and the number is a valid
	 * Excel date.
	 */
	static RawCell number(int column, double value, int formatId, String formatString, boolean date1904) {
		return number(column, value, isDateFormat(formatId, formatString), date1904);
	}

	/** A number cell whose format is known to show dates or not. */
	static RawCell number(int column, double value, boolean dateFormat, boolean date1904) {
		if (dateFormat && DateUtil.isValidExcelDate(value)) {
			LocalDateTime date = DateUtil.getLocalDateTime(value, date1904, true);
			return new RawCell(column, CellKind.DATE, dateText(date), value, date, false, false);
		}
		return new RawCell(column, CellKind.NUMBER, numberText(value), value, null, false, false);
	}

	/**
	 * The shortest decimal that reads back as the same double, without exponent or
	 * grouping: 1.0 → {@code 1}, 4.4011120060315E17 → {@code 440111200603150000}.
	 */
	static String numberText(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		if (value == 0) {
			return "0";
		}
		return shortestDecimal(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * Double.toString before Java 19 sometimes gives one digit too many
	 * (4.4011120060315E17 becomes 4.4011120060315002E17), so longer results are shortened
	 * to the fewest significant digits that still read back as the same double.
	 */
	private static BigDecimal shortestDecimal(double value) {
		BigDecimal candidate = BigDecimal.valueOf(value);
		if (candidate.stripTrailingZeros().precision() <= 15) {
			return candidate;
		}
		BigDecimal exact = new BigDecimal(value);
		for (int digits = 15; digits < 17; digits++) {
			BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
			if (rounded.doubleValue() == value) {
				return rounded;
			}
		}
		return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
	}

	static String dateText(LocalDateTime date) {
		return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
	}

	static boolean isErrorLiteral(String text) {
		return ERROR_LITERALS.contains(text);
	}

	/**
	 * POI's date-format test, plus the built-in formats 27–36 and 50–58 that Excel
	 * defines per locale: in the Chinese (and every East Asian) locale they are dates and
	 * times such as {@code yyyy"年"m"月"d"日"}, and files written by a Chinese Excel refer
	 * to them by id without spelling them out.
	 */
	static boolean isDateFormat(int formatId, String formatString) {
		if (formatId == 0 && (formatString == null || formatString.isEmpty() || formatString.equals("General"))) {
			// Most numbers are in the General format: answered without building a key.
			return false;
		}
		String key = formatId + ":" + formatString;
		Boolean known = DATE_FORMATS.get(key);
		if (known != null) {
			return known;
		}
		boolean date = classifyFormat(formatId, formatString);
		if (DATE_FORMATS.size() < DATE_FORMAT_CACHE_LIMIT) {
			DATE_FORMATS.put(key, date);
		}
		return date;
	}

	private static boolean classifyFormat(int formatId, String formatString) {
		String format = formatString;
		if (format == null || format.isEmpty() || format.startsWith("reserved-")) {
			if (isEastAsianBuiltinDate(formatId)) {
				return true;
			}
			format = BuiltinFormats.getBuiltinFormat(formatId);
		}
		return DateUtil.isADateFormat(formatId, format);
	}

	private static boolean isEastAsianBuiltinDate(int formatId) {
		return (formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58);
	}

}
