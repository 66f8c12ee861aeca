package io.vqr.normalize;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.standard.FieldDef;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/**
 * Reads DATE fields: Excel dates, Excel serial numbers in a number cell, and the text
 * forms of submission standard section 4 ({@code 2024-06-30}, {@code 2024/6/30},
 * {@code 2024.6.30}, {@code 2024年6月30日}, {@code 2024年6月}, {@code 202406}, {@code 2024.6},
 * {@code 2024-06}, {@code 20240630}). A month alone is kept with month precision.
 */
final class DateReader {

	/** Compiled once: these run for every cell. */
	private static final Pattern COMPACT = Pattern.compile("\\d{8}|\\d{6}");

	private static final Pattern YEAR_DOT_MONTH = Pattern.compile("(19|20)\\d{2}\\.\\d{1,2}");

	private static final Pattern YEAR_ONLY = Pattern.compile("(19|20)\\d{2}");

	private static final String HINT = "请填写日期，如 2024-06-30 或 2024年6月（可精确到月）。";

	private static final Pattern DAY = Pattern
		.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(T?\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})月?");

	private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

	/** Day 0 of Excel's 1900 date system, as counted from serial 61 on. */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** Serial of 9999-12-31, the last date Excel knows. */
	private static final int LAST_SERIAL = 2_958_465;

	private DateReader() {
	}

	static ParsedValue read(FieldDef field, RawCell cell) {
		String shown = cell.text().strip();
		return switch (cell.kind()) {
			case DATE -> (cell.date() != null) ? ParsedValue.of(DateValue.ofDay(cell.date().toLocalDate()))
					: fromNumber(field, cell, shown);
			case NUMBER -> fromNumber(field, cell, shown);
			case STRING ->
				fromText(cell.text()).map(ParsedValue::of).orElseGet(() -> TypeErrors.of(field, shown, HINT));
			default -> TypeErrors.of(field, shown, HINT);
		};
	}

	static Optional<DateValue> fromText(String text) {
		String compact = TextNormalizer.removeWhitespace(TextNormalizer.halfWidth(text));
		Matcher m = DAY.matcher(compact);
		if (m.matches()) {
			return day(m.group(1), m.group(2), m.group(3));
		}
		m = MONTH.matcher(compact);
		if (m.matches()) {
			return month(m.group(1), m.group(2));
		}
		m = COMPACT_DAY.matcher(compact);
		if (m.matches()) {
			return day(m.group(1), m.group(2), m.group(3));
		}
		m = COMPACT_MONTH.matcher(compact);
		if (m.matches()) {
			return month(m.group(1), m.group(2));
		}
		return Optional.empty();
	}

	/**
	 * A number in a date column: {@code 20240630} or {@code 202406} typed as numbers,
	 * {@code 2024.6} (a month; {@code 2024.1} is refused because it may have been
	 * 2024.10), or an Excel serial in a cell that lost its date format.
	 */
	private static ParsedValue fromNumber(FieldDef field, RawCell cell, String shown) {
		BigDecimal value;
		try {
			value = new BigDecimal(cell.text().strip());
		}
		catch (NumberFormatException ex) {
			if (cell.number() == null) {
				return TypeErrors.of(field, shown, HINT);
			}
			value = BigDecimal.valueOf(cell.number());
		}
		String plain = value.stripTrailingZeros().toPlainString();
		if (COMPACT.matcher(plain).matches()) {
			Optional<DateValue> compact = fromText(plain);
			if (compact.isPresent()) {
				return ParsedValue.of(compact.get());
			}
		}
		if (YEAR_DOT_MONTH.matcher(plain).matches()) {
			if (plain.endsWith(".1")) {
				return TypeErrors.of(field, shown, "数字 " + plain + " 无法区分是1月还是10月，请填写为 " + plain.substring(0, 4)
						+ "-01 或 " + plain.substring(0, 4) + "-10。");
			}
			return fromText(plain).<ParsedValue>map(ParsedValue::of).orElseGet(() -> TypeErrors.of(field, shown, HINT));
		}
		if (YEAR_ONLY.matcher(plain).matches()) {
			return TypeErrors.of(field, shown, "只填了年份，请至少精确到月，如 " + plain + "-06。");
		}
		if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(LAST_SERIAL)) <= 0) {
			return ParsedValue.of(DateValue.ofDay(fromSerial(value.intValue())));
		}
		return TypeErrors.of(field, shown, HINT);
	}

	/**
	 * Excel's 1900 date system counts 1900-02-29, which did not exist, as serial 60;
	 * dates before it are one day off the plain count.
	 */
	static LocalDate fromSerial(int serial) {
		return (serial < 61) ? EXCEL_EPOCH.plusDays(serial + 1L) : EXCEL_EPOCH.plusDays(serial);
	}

	private static Optional<DateValue> day(String year, String month, String day) {
		try {
			return Optional.of(DateValue
				.ofDay(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<DateValue> month(String year, String month) {
		try {
			return Optional.of(DateValue.ofMonth(Integer.parseInt(year), Integer.parseInt(month)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
