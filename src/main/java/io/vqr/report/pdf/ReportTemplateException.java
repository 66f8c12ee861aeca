package io.vqr.report.pdf;

/**
 * A report template cannot be used: it is missing, is not well-formed XHTML, or refers to
 * something the report does not have. The message (Chinese) is meant for whoever edits
 * the templates.
 */
public class ReportTemplateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ReportTemplateException(String message) {
		super(message);
	}

	public ReportTemplateException(String message, Throwable cause) {
		super(message, cause);
	}

}
