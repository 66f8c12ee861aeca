package io.vqr.report.model;

/** Where an expected school stands for the year. */
public enum SubmissionState {

	ACCEPTED("已通过"),

	ACCEPTED_WITH_WARNINGS("通过（有警告）"),

	REJECTED("未通过"),

	NOT_SUBMITTED("未报送");

	private final String label;

	SubmissionState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
