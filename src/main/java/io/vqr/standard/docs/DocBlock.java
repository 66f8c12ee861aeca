package io.vqr.standard.docs;

import java.util.List;

/**
 * One block of a generated document, independent of the output format: the same blocks
 * render as Markdown for the published docs and as plain text for a terminal.
 */
public sealed interface DocBlock {

	/** Hands this block to the renderer method for its kind. */
	void renderTo(Renderer renderer);

	/** One method per kind of block, so that every renderer handles every kind. */
	interface Renderer {

		void heading(Heading heading);

		void paragraph(Paragraph paragraph);

		void bullets(Bullets bullets);

		void table(Table table);

	}

	/**
	 * Renders the blocks one after the other, a blank line between two, into {@code out}.
	 */
	static String renderAll(java.util.List<DocBlock> blocks, Renderer renderer, StringBuilder out) {
		for (DocBlock block : blocks) {
			if (out.length() > 0) {
				out.append('\n');
			}
			block.renderTo(renderer);
		}
		return out.toString();
	}

	/** A section title; level 1 is the document title. */
	record Heading(int level, String text) implements DocBlock {

		@Override
		public void renderTo(Renderer renderer) {
			renderer.heading(this);
		}

	}

	record Paragraph(String text) implements DocBlock {

		@Override
		public void renderTo(Renderer renderer) {
			renderer.paragraph(this);
		}

	}

	record Bullets(List<String> items) implements DocBlock {

		public Bullets {
			items = List.copyOf(items);
		}

		@Override
		public void renderTo(Renderer renderer) {
			renderer.bullets(this);
		}

	}

	/** A table; every row has as many cells as there are column titles. */
	record Table(List<String> columns, List<List<String>> rows) implements DocBlock {

		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("row " + row + " does not have " + columns.size() + " cells");
				}
			}
		}

		@Override
		public void renderTo(Renderer renderer) {
			renderer.table(this);
		}

	}

}
