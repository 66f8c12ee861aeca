package io.vqr.report.export;

/**
 * Text from a school's file, made safe for a spreadsheet (OWASP, CSV injection): a cell
 * that begins with {@code = + - @}, a tab or a carriage return is read by Excel and
 * LibreOffice as a formula, so a school named {@code =HYPERLINK(...)} or
 * {@code +cmd|' /C calc'!A0} would run when an official opens the export. Such text gets
 * a leading apostrophe, which the spreadsheet shows as text and does not evaluate.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** Whether the text would start a formula in a spreadsheet cell. */
	public static boolean startsFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The text for a CSV cell: prefixed with {@code '} when it would start a formula. */
	public static String forCsv(String text) {
		return startsFormula(text) ? "'" + text : text;
	}

}
