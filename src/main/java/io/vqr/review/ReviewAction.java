package io.vqr.review;

/**
 * What a person or the system does to a school-year; one audit row each. The names are
 * the audit table's {@code action} values.
 */
public enum ReviewAction {

	/** The school explains a warned rule, or one of its findings. */
	EXPLAIN("说明"),

	/** The school head certifies the data (学校确认). */
	CERTIFY("确认"),

	/** A reviewer approves at a level; at the last level the file becomes official. */
	APPROVE("审核通过"),

	/** A reviewer sends the school-year back to the school, with a reason. */
	RETURN("退回"),

	/** The province reopens an approved school-year, with a reason. */
	UNLOCK("解锁"),

	/** A new file that passed the rules becomes the file under review. */
	REENTRY("重新进入审核"),

	/** Warnings were added to the file under review after its run. */
	LATE_WARNING("新增警告");

	private final String label;

	ReviewAction(String label) {
		this.label = label;
	}

	/** The Chinese name people read in messages and the history. */
	public String label() {
		return this.label;
	}

}
