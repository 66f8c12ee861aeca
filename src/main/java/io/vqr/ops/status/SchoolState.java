package io.vqr.ops.status;

/** Where an expected school stands for the year. */
public enum SchoolState {

	/** Its current submission passed without warnings. */
	ACCEPTED("已通过"),

	/** Its current submission passed with warnings. */
	ACCEPTED_WITH_WARNINGS("通过（有警告）"),

	/** No accepted submission; its latest file was rejected. */
	REJECTED("未通过"),

	/**
	 * A file arrived and is not processed yet (or its processing failed and is retried).
	 */
	PROCESSING("处理中"),

	/** Nothing arrived. */
	NOT_SUBMITTED("未提交");

	private final String label;

	SchoolState(String label) {
		this.label = label;
	}

	/** How the terminal table shows it. */
	public String label() {
		return this.label;
	}

}
