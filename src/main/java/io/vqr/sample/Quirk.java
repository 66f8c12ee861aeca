package io.vqr.sample;

/**
 * One way a real school's workbook deviates from the template that submission standard
 * section 4 allows: a reader that follows the standard loads the same values.
 */
public enum Quirk {

	/** A title row and a note such as {@code 单位：人} above the header. */
	TITLE_ROWS,

	/** Headers and labels written as one of their aliases. */
	ALIASED_HEADERS,

	/**
	 * Headers decorated: a trailing {@code *}, half-width brackets around the unit, line
	 * breaks and (full-width) spaces inside, the unit left out.
	 */
	DECORATED_HEADERS,

	/** 教学科研仪器设备资产总值 given in 元 instead of 万元, the value converted. */
	UNIT_CONVERSION,

	/** Columns in another order; in 基本信息 two label/value pairs per row. */
	SHUFFLED_COLUMNS,

	/** A 序号 column and unknown columns (备注, 班级). */
	EXTRA_COLUMNS,

	/** A two-row header with the merged parent 招生情况 over 计划数/录取数/报到数. */
	TWO_ROW_HEADER,

	/** 专业代码 merged over the consecutive graduates of one major. */
	MERGED_CELLS,

	/** A 示例 row under the header and a 合计 row with the right sums under 专业与招生. */
	TOTALS_AND_EXAMPLE_ROWS,

	/** Blank rows between records. */
	BLANK_ROWS,

	/**
	 * Numbers as text: {@code 1,234}, full-width digits, {@code 12人}; 学制 as {@code 三年}.
	 */
	TEXT_NUMBERS,

	/** Dates as text: {@code 1985年3月15日}, {@code 1985.3.15}, {@code 198503}. */
	CHINESE_DATES,

	/** Yes/no as √/×, Y/N, 有/无, 1/0 or TRUE/FALSE. */
	YES_NO_VARIANTS,

	/**
	 * Codes written as names or aliases: 毕业去向 by name, 职称 as 讲师, industries as section
	 * names or 2-digit divisions.
	 */
	CODE_NAMES,

	/** A 填报说明 sheet and an empty Sheet1 besides the standard's sheets. */
	EXTRA_SHEET,

	/** A hidden row in every table and the optional sheet hidden. */
	HIDDEN_ROWS,

	/** Sheets named by an alias and in another order. */
	SHEET_NAME_ALIASES,

	/**
	 * Codes stored as numbers: major codes (a 技工 code 0127 becomes 127) and 统计年度.
	 */
	NUMERIC_CODES

}
