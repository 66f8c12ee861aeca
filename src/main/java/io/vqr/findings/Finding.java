package io.vqr.findings;

import java.util.Objects;

import io.vqr.standard.Rule;
import io.vqr.standard.Severity;

/**
 * One finding about a submission (submission standard section 3): which rule, where (sheet,
 * Excel row, column letter and header) and what the school reads. Immutable; the value is
 * already masked when it is an ID number.
 *
 * @param rule the rule of the catalogue that was broken; it gives the severity
 * @param sheet the sheet name as the workbook writes it, or empty for a file-level
 * finding
 * @param excelRow the 1-based Excel row, or 0 when the finding is about a whole sheet or
 * file
 * @param column the column letter (A, B, ..., AA), or empty when not about one column
 * @param header the header or label as the workbook writes it, or empty
 * @param value the value as read (ID numbers masked), or empty
 * @param message the Chinese message telling the school what to change
 */
public record Finding(Rule rule, String sheet, int excelRow, String column, String header, String value,
		String message) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		sheet = Objects.requireNonNullElse(sheet, "");
		column = Objects.requireNonNullElse(column, "");
		header = Objects.requireNonNullElse(header, "");
		value = Objects.requireNonNullElse(value, "");
		Objects.requireNonNull(message, "message");
	}

	/** A finding about a whole file, e.g. F-UNREADABLE. */
	public static Finding ofFile(Rule rule, String message) {
		return new Finding(rule, "", 0, "", "", "", message);
	}

	/** A finding about a whole sheet, e.g. F-SHEET-MISSING or I-EXTRA-SHEET. */
	public static Finding ofSheet(Rule rule, String sheet, String message) {
		return new Finding(rule, sheet, 0, "", "", "", message);
	}

	/** A finding about one cell. */
	public static Finding ofCell(Rule rule, String sheet, int excelRow, String column, String header, String value,
			String message) {
		return new Finding(rule, sheet, excelRow, column, header, value, message);
	}

	public Severity severity() {
		return this.rule.severity();
	}

}
