package io.vqr.report.xlsx;

/**
 * The workbook template is missing something the program needs or holds something it
 * cannot use; the message names the file and the entry so that a data office can fix it.
 */
public class TemplateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TemplateException(String message) {
		super(message);
	}

	public TemplateException(String message, Throwable cause) {
		super(message, cause);
	}

}
