package io.vqr.standard;

/**
 * How a cell's text is read into a value. Each type has one reader in
 * {@code io.vqr.normalize}.
 */
public enum FieldType {

	/** Free text: trimmed, white space between CJK characters removed. */
	TEXT("文本"),

	/**
	 * Free text in paragraphs (a 案例正文): the line breaks inside the cell separate
	 * paragraphs and are kept, as one {@code \n} each; every paragraph is cleaned like
	 * {@link #TEXT}, empty ones dropped.
	 */
	PARAGRAPHS("多段文本"),

	/** Whole number; {@code 12.0} is accepted, {@code 12.5} is not. */
	INTEGER("整数"),

	/** Decimal number. */
	DECIMAL("数值"),

	/** A date; month precision accepted. */
	DATE("日期"),

	/** 是/否 and its variants. */
	YES_NO("是/否"),

	/** A value of the field's code list, by code, name or alias. */
	CODE("代码"),

	/** 18-character resident ID number (GB 11643); stored only hashed and masked. */
	ID_NUMBER("身份证号"),

	/** 18-character unified social credit code (GB 32100). */
	CREDIT_CODE("统一社会信用代码"),

	/** 6-digit administrative division code in regions.csv. */
	REGION_CODE("行政区划代码"),

	/**
	 * GB/T 4754 section letter, 2-digit division, or section name; stored as the section
	 * letter (门类), so every way of writing the same industry loads the same value.
	 */
	INDUSTRY("行业代码"),

	/** Major code: 6 digits (+K) for 教育 schools, 4 digits for 技工院校. */
	MAJOR_CODE("专业代码"),

	/** 10-digit school code. */
	SCHOOL_CODE("学校代码"),

	/** 4-digit year. */
	YEAR("年度");

	private final String label;

	FieldType(String label) {
		this.label = label;
	}

	/** Chinese name of the type, as printed in 填报说明 and the rule catalogue. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the template formats the column as text, so Excel keeps leading zeros and
	 * all digits.
	 */
	public boolean isTextual() {
		return switch (this) {
			case INTEGER, DECIMAL, DATE -> false;
			default -> true;
		};
	}

	/** Whether values of this type are numbers that a totals row may sum. */
	public boolean isNumeric() {
		return this == INTEGER || this == DECIMAL;
	}

}
