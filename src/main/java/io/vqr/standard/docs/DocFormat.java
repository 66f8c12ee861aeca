package io.vqr.standard.docs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of the generated docs, as a command line names them. */
public enum DocFormat {

	/** Markdown, as committed in {@code docs/rules.md}. */
	MD("md"),

	/** Plain text with aligned columns, for a terminal. */
	TEXT("text");

	private final String option;

	DocFormat(String option) {
		this.option = option;
	}

	/** The name on the command line ({@code --format md}). */
	public String option() {
		return this.option;
	}

	/**
	 * The format named on a command line.
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static DocFormat fromOption(String option) {
		String wanted = (option != null) ? option.trim().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values())
			.filter((format) -> format.option.equals(wanted) || ("markdown".equals(wanted) && format == MD))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown format '" + option + "', expected one of "
					+ Arrays.stream(values()).map(DocFormat::option).collect(Collectors.joining(", "))));
	}

	/** Renders the blocks in this format. */
	public String render(java.util.List<DocBlock> blocks) {
		return switch (this) {
			case MD -> MarkdownRenderer.render(blocks);
			case TEXT -> TextRenderer.render(blocks);
		};
	}

}
