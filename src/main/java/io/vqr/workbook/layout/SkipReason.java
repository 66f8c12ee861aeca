package io.vqr.workbook.layout;

/** Why a row read is not a record (every row is accounted for, section 3). */
public enum SkipReason {

	/** A title, note (单位：人, 填报说明) or header row at the top of a table, or a form row. */
	LAYOUT,

	/**
	 * Entirely blank, or with nothing in any column of the standard (e.g. only a
	 * pre-numbered 序号).
	 */
	BLANK,

	/** First non-empty cell 示例 or 例. */
	EXAMPLE,

	/** A table whose header could not be found; the sheet has R-COLUMN-MISSING errors. */
	NO_HEADER

}
