package io.vqr.workbook;

import io.vqr.standard.Rule;

/**
 * The file cannot be read as a workbook: the content's fault, reported to the school as a
 * file-level finding (never retried).
 */
public class WorkbookException extends Exception {

	private final Rule rule;

	private final String detail;

	/**
	 * @param rule F-UNREADABLE, F-ENCRYPTED or F-TOO-LARGE
	 * @param detail Chinese text for the rule's message, e.g. {@code 文件为空} or
	 * {@code 工作表行数超过 200000}
	 */
	public WorkbookException(Rule rule, String detail, Throwable cause) {
		super(rule.id() + ": " + detail, cause);
		this.rule = rule;
		this.detail = detail;
	}

	public WorkbookException(Rule rule, String detail) {
		this(rule, detail, null);
	}

	public Rule rule() {
		return this.rule;
	}

	public String detail() {
		return this.detail;
	}

}
