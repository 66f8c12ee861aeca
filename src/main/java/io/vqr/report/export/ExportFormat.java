package io.vqr.report.export;

import java.util.Locale;

/** What {@code export} writes: the contract's CSV, or a workbook for people. */
public enum ExportFormat {

	/** Long CSV, UTF-8 with BOM (reports-and-commands.md). */
	CSV,

	/** One formatted sheet with Chinese headers. */
	XLSX;

	/** {@code csv} or {@code xlsx}; anything else is refused. */
	public static ExportFormat parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown export format '" + text.strip() + "': use csv or xlsx", ex);
		}
	}

	/** From the file's extension: {@code .xlsx} is a workbook, anything else CSV. */
	public static ExportFormat ofFile(java.nio.file.Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
	}

}
