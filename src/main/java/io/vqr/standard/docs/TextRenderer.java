package io.vqr.standard.docs;

import java.util.ArrayList;
import java.util.List;

import io.vqr.standard.DisplayWidth;
import io.vqr.standard.docs.DocBlock.Bullets;
import io.vqr.standard.docs.DocBlock.Heading;
import io.vqr.standard.docs.DocBlock.Paragraph;
import io.vqr.standard.docs.DocBlock.Table;

/**
 * Renders doc blocks as plain text for a terminal: tables with aligned columns, wide
 * columns wrapped so that a table fits {@link #LINE_WIDTH} columns. Chinese characters
 * take two terminal columns.
 */
final class TextRenderer implements DocBlock.Renderer {

	static final int LINE_WIDTH = 120;

	private static final int MIN_COLUMN_WIDTH = 8;

	private static final String GAP = "  ";

	private static final String BULLET = "  - ";

	private final StringBuilder out = new StringBuilder();

	private TextRenderer() {
	}

	static String render(List<DocBlock> blocks) {
		TextRenderer renderer = new TextRenderer();
		return DocBlock.renderAll(blocks, renderer, renderer.out);
	}

	@Override
	public void paragraph(Paragraph paragraph) {
		wrap(paragraph.text(), LINE_WIDTH).forEach((line) -> this.out.append(line).append('\n'));
	}

	@Override
	public void bullets(Bullets bullets) {
		for (String item : bullets.items()) {
			List<String> lines = wrap(item, LINE_WIDTH - BULLET.length());
			for (int i = 0; i < lines.size(); i++) {
				this.out.append((i == 0) ? BULLET : " ".repeat(BULLET.length())).append(lines.get(i)).append('\n');
			}
		}
	}

	@Override
	public void heading(Heading heading) {
		if (heading.level() <= 2) {
			this.out.append(heading.text()).append('\n');
			this.out.append((heading.level() == 1 ? "=" : "-").repeat(width(heading.text()))).append('\n');
		}
		else {
			this.out.append("■ ").append(heading.text()).append('\n');
		}
	}

	@Override
	public void table(Table table) {
		int[] widths = columnWidths(table);
		List<List<String>> wrappedRows = new ArrayList<>();
		boolean anyWrapped = false;
		for (List<String> row : table.rows()) {
			List<String> wrapped = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				String cell = String.join("\n", wrap(row.get(i), widths[i]));
				anyWrapped |= cell.indexOf('\n') >= 0;
				wrapped.add(cell);
			}
			wrappedRows.add(wrapped);
		}
		appendRow(table.columns(), widths);
		List<String> rules = new ArrayList<>();
		for (int width : widths) {
			rules.add("-".repeat(width));
		}
		appendRow(rules, widths);
		for (int r = 0; r < wrappedRows.size(); r++) {
			if (anyWrapped && r > 0) {
				this.out.append('\n');
			}
			appendRow(wrappedRows.get(r), widths);
		}
	}

	/** One table row, its cells possibly several lines high. */
	private void appendRow(List<String> cells, int[] widths) {
		List<String[]> lines = cells.stream().map((cell) -> cell.split("\n", -1)).toList();
		int height = lines.stream().mapToInt((cellLines) -> cellLines.length).max().orElse(1);
		for (int line = 0; line < height; line++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < cells.size(); i++) {
				String part = line < lines.get(i).length ? lines.get(i)[line] : "";
				if (i > 0) {
					text.append(GAP);
				}
				text.append(part);
				if (i < cells.size() - 1) {
					text.append(" ".repeat(Math.max(0, widths[i] - width(part))));
				}
			}
			this.out.append(text.toString().stripTrailing()).append('\n');
		}
	}

	/**
	 * Natural widths (the widest cell or title), then the widest columns narrowed until
	 * the table fits the line.
	 */
	private static int[] columnWidths(Table table) {
		int columns = table.columns().size();
		int[] widths = new int[columns];
		int[] minimums = new int[columns];
		for (int i = 0; i < columns; i++) {
			widths[i] = width(table.columns().get(i));
			minimums[i] = Math.max(MIN_COLUMN_WIDTH, widths[i]);
			for (List<String> row : table.rows()) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		}
		while (total(widths) > LINE_WIDTH) {
			int widest = 0;
			for (int i = 1; i < columns; i++) {
				if (widths[i] - minimums[i] > widths[widest] - minimums[widest]) {
					widest = i;
				}
			}
			if (widths[widest] <= minimums[widest]) {
				break;
			}
			widths[widest]--;
		}
		return widths;
	}

	private static int total(int[] widths) {
		int sum = GAP.length() * (widths.length - 1);
		for (int width : widths) {
			sum += width;
		}
		return sum;
	}

	/**
	 * The text broken into lines of at most {@code width} columns: between any two
	 * Chinese characters, at spaces, and inside a Latin word only when the word alone is
	 * too long.
	 */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int lineWidth = 0;
		for (String token : tokens(text)) {
			int tokenWidth = width(token);
			if (lineWidth + tokenWidth > width && lineWidth > 0 && !isClosingPunctuation(token)) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				lineWidth = 0;
				if (token.isBlank()) {
					continue;
				}
			}
			if (tokenWidth > width) {
				for (int i = 0; i < token.length(); i++) {
					int charWidth = width(token.substring(i, i + 1));
					if (lineWidth + charWidth > width && lineWidth > 0) {
						lines.add(line.toString());
						line.setLength(0);
						lineWidth = 0;
					}
					line.append(token.charAt(i));
					lineWidth += charWidth;
				}
			}
			else {
				line.append(token);
				lineWidth += tokenWidth;
			}
		}
		lines.add(line.toString().stripTrailing());
		return lines;
	}

	/** Runs of printable ASCII other than space, and every other character on its own. */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = i + 1;
			if (isWordChar(text.charAt(i))) {
				while (end < text.length() && isWordChar(text.charAt(end))) {
					end++;
				}
			}
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	/** Closing punctuation hangs past the column edge rather than start a line alone. */
	private static boolean isClosingPunctuation(String token) {
		return token.length() == 1 && "，。、；：）」』”！？,.;:)".indexOf(token.charAt(0)) >= 0;
	}

	private static boolean isWordChar(char c) {
		return c > ' ' && c < 0x7F;
	}

	/**
	 * Terminal columns: two for Chinese characters and full-width forms, one otherwise.
	 */
	static int width(String text) {
		return DisplayWidth.of(text);
	}

}
