package io.vqr.indicators;

/**
 * An editable template file (thresholds, sentences) that cannot be used; the message, in
 * Chinese for the data office, names the file, the line and what to change.
 */
public class TemplateFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TemplateFileException(String message) {
		super(message);
	}

	public TemplateFileException(String message, Throwable cause) {
		super(message, cause);
	}

	static TemplateFileException at(String source, int line, String problem) {
		return new TemplateFileException(source + " 第" + line + "行：" + problem);
	}

}
