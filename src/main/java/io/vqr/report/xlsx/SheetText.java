package io.vqr.report.xlsx;

import java.util.Map;

import io.vqr.indicators.TemplateFileException;

/**
 * The template text of one sheet: its name, title, column headers, fixed labels and chart
 * titles, each with placeholders such as {@code {year}} still in it.
 *
 * @param source where the template was read from, for messages
 * @param path where in the template the sheet is, for messages (e.g.
 * {@code school.sheets[destinations]})
 * @param key the sheet's key, which the program knows it by
 * @param name the sheet name
 * @param title the title above the table
 * @param columns column headers by key
 * @param labels fixed text by key
 * @param charts chart titles by key
 */
record SheetText(String source, String path, String key, String name, String title, Map<String, String> columns,
		Map<String, String> labels, Map<String, String> charts) {

	SheetText {
		columns = Map.copyOf(columns);
		labels = Map.copyOf(labels);
		charts = Map.copyOf(charts);
	}

	String name(Placeholders values) {
		return values.fill(this.name);
	}

	String title(Placeholders values) {
		return values.fill(this.title);
	}

	String column(String columnKey, Placeholders values) {
		return values.fill(required(this.columns, "columns", columnKey));
	}

	String label(String labelKey, Placeholders values) {
		return values.fill(required(this.labels, "labels", labelKey));
	}

	String chart(String chartKey, Placeholders values) {
		return values.fill(required(this.charts, "charts", chartKey));
	}

	private String required(Map<String, String> texts, String group, String textKey) {
		String text = texts.get(textKey);
		if (text == null) {
			throw new TemplateFileException(this.source + "：" + this.path + " 缺少 " + group + "." + textKey);
		}
		return text;
	}

}
