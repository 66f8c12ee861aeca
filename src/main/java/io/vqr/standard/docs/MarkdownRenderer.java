package io.vqr.standard.docs;

import java.util.List;
import java.util.stream.Collectors;

import io.vqr.standard.docs.DocBlock.Bullets;
import io.vqr.standard.docs.DocBlock.Heading;
import io.vqr.standard.docs.DocBlock.Paragraph;
import io.vqr.standard.docs.DocBlock.Table;

/** Renders doc blocks as CommonMark with GitHub tables. */
final class MarkdownRenderer implements DocBlock.Renderer {

	private final StringBuilder out = new StringBuilder();

	private MarkdownRenderer() {
	}

	static String render(List<DocBlock> blocks) {
		MarkdownRenderer renderer = new MarkdownRenderer();
		return DocBlock.renderAll(blocks, renderer, renderer.out);
	}

	@Override
	public void heading(Heading heading) {
		this.out.append("#".repeat(heading.level())).append(' ').append(heading.text()).append('\n');
	}

	@Override
	public void paragraph(Paragraph paragraph) {
		this.out.append(paragraph.text()).append('\n');
	}

	@Override
	public void bullets(Bullets bullets) {
		bullets.items().forEach((item) -> this.out.append("- ").append(item).append('\n'));
	}

	@Override
	public void table(Table table) {
		this.out.append(row(table.columns())).append('\n');
		this.out.append(table.columns().stream().map((column) -> "---").collect(Collectors.joining("|", "|", "|")))
			.append('\n');
		table.rows().forEach((row) -> this.out.append(row(row)).append('\n'));
	}

	private static String row(List<String> cells) {
		return cells.stream().map(MarkdownRenderer::cell).collect(Collectors.joining(" | ", "| ", " |"));
	}

	/**
	 * A table cell: pipes escaped, line breaks kept as {@code <br>
	 * }.
	 */
	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
	}

}
