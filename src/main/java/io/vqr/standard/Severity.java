package io.vqr.standard;

/**
 * How a finding affects its submission (submission standard, section 3).
 */
public enum Severity {

	/** The submission is rejected as a whole. */
	ERROR("错误"),

	/** The submission is accepted with warnings. */
	WARNING("警告"),

	/** Noted only. */
	INFO("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	/** The Chinese word schools read in feedback and docs. */
	public String label() {
		return this.label;
	}

}
