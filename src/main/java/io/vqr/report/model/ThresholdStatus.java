package io.vqr.report.model;

/** Whether a school meets a threshold. */
public enum ThresholdStatus {

	MET("达标"),

	NOT_MET("未达标"),

	/**
	 * The value is empty (no denominator, not given): neither met nor listed as a
	 * warning.
	 */
	NO_DATA("无数据");

	private final String label;

	ThresholdStatus(String label) {
		this.label = label;
	}

	/** 达标, 未达标 or 无数据. */
	public String label() {
		return this.label;
	}

}
