package io.vqr.review;

import java.util.Objects;

/**
 * One finding's place in the school's file, as its feedback workbook names it: the sheet
 * as the file writes it and the Excel row.
 */
public record FindingRef(String sheet, int row) {

	public FindingRef {
		Objects.requireNonNull(sheet, "sheet");
		sheet = sheet.strip();
	}

	/**
	 * Reads {@code SHEET:ROW} (e.g. {@code 毕业生去向:15}; a full-width colon is accepted).
	 * @throws ReviewException when it is not of that form
	 */
	public static FindingRef parse(String text) {
		String value = text.strip().replace('：', ':');
		int colon = value.lastIndexOf(':');
		if (colon > 0) {
			try {
				int row = Integer.parseInt(value.substring(colon + 1).strip());
				if (row > 0) {
					return new FindingRef(value.substring(0, colon), row);
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		throw new ReviewException("“" + text + "”不是“工作表:行号”，请按校验结果中的位置填写，如 毕业生去向:15");
	}

	@Override
	public String toString() {
		return this.sheet + ":" + this.row;
	}

}
