package io.vqr.report.xlsx;

import java.util.Locale;

/**
 * How a column's numbers are shown. The Excel number format of each comes from the
 * workbook template ({@code formats:}), keyed by {@link #key()}, so that a data office
 * can change, say, the decimals of amounts without a rebuild.
 */
public enum ValueFormat {

	/** Text, left aligned. */
	TEXT("@"),

	/** Persons, rows, projects: {@code #,##0}. */
	COUNT("#,##0"),

	/** A rate stored as a fraction: {@code 0.0%}. */
	RATE("0.0%"),

	/** Money with cents: {@code #,##0.00}. */
	AMOUNT("#,##0.00"),

	/** Money in whole yuan: {@code #,##0}. */
	WHOLE_AMOUNT("#,##0"),

	/** Days, hours, books per student: one decimal. */
	DECIMAL("#,##0.0"),

	/** Student-teacher ratio, shown as {@code 18.5:1}. */
	RATIO("0.0\":1\""),

	/** A change of a rate in percentage points, the number being the points. */
	POINTS("+0.0\"个百分点\";-0.0\"个百分点\";0.0\"个百分点\""),

	/** A relative change of a count or an amount, the number being the fraction. */
	GROWTH("\"增长\"0.0%;\"下降\"0.0%;\"持平\"");

	private final String defaultPattern;

	ValueFormat(String defaultPattern) {
		this.defaultPattern = defaultPattern;
	}

	/** The key of this format in the template's {@code formats:} map. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Excel number format used when the template does not name one. */
	public String defaultPattern() {
		return this.defaultPattern;
	}

	boolean numeric() {
		return this != TEXT;
	}

}
