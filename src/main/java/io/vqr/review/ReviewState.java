package io.vqr.review;

/**
 * Where a school's data for a year stands in review (review-workflow.md). The allowed
 * transitions live with the review model, not here: this is the vocabulary shared by the
 * review commands, status and reports.
 */
public enum ReviewState {

	/** No file has passed the rules. */
	NOT_SUBMITTED("未报送"),

	/** The file under review has warned rules not yet explained. */
	TO_EXPLAIN("待说明"),

	/** Nothing left to explain; waits for the school's certification. */
	TO_CERTIFY("待确认"),

	/** Certified by the school; waits for the first review level. */
	CERTIFIED("待审核"),

	/** Approved by the city; waits for the province. */
	CITY_APPROVED("市级已审核"),

	/** Sent back by a reviewer, or unlocked by the province, with a reason. */
	RETURNED("已退回"),

	/** Locked: the file under review is the official file. */
	APPROVED("已审核");

	private final String label;

	ReviewState(String label) {
		this.label = label;
	}

	/** The Chinese name schools and officials read. */
	public String label() {
		return this.label;
	}

}
