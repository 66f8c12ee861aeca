package io.vqr.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vqr.indicators.TemplateFileException;
import io.vqr.report.TemplateFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The editable template of the report workbooks, {@value #NAME} under {@code templates/}:
 * look, number formats, common text, and for each report its cover and its sheets in
 * order with their names, titles, column headers, labels and chart titles. Read once per
 * renderer; plain YAML read with SnakeYAML's safe constructor (no object creation from
 * the file).
 */
final class WorkbookTemplate {

	static final String NAME = "report/workbook.yaml";

	private final String source;

	private final WorkbookLook look;

	private final String totalsLabel;

	private final List<String> coverColumns;

	private final Map<String, String> indicatorColumns;

	private final ReportText school;

	private final ReportText schoolParts;

	private final ReportText province;

	/** The city report's text, or null when the file has no {@code city} section. */
	private final ReportText city;

	private WorkbookTemplate(String source, WorkbookLook look, String totalsLabel, List<String> coverColumns,
			Map<String, String> indicatorColumns, ReportText school, ReportText schoolParts, ReportText province,
			ReportText city) {
		this.schoolParts = schoolParts;
		this.source = source;
		this.look = look;
		this.totalsLabel = totalsLabel;
		this.coverColumns = List.copyOf(coverColumns);
		this.indicatorColumns = Map.copyOf(indicatorColumns);
		this.school = school;
		this.province = province;
		this.city = city;
	}

	static WorkbookTemplate load(TemplateFiles files) throws IOException {
		String source = files.describe(NAME);
		WorkbookTemplate template;
		try (InputStream in = files.open(NAME)) {
			template = parse(in, source);
		}
		if (template.city == null || template.schoolParts == null) {
			// an edited file from before the city reports or the v2 school report: their
			// sheets as shipped
			try (InputStream in = WorkbookTemplate.class.getClassLoader().getResourceAsStream("templates/" + NAME)) {
				if (in != null) {
					WorkbookTemplate shipped = parse(in, "classpath:templates/" + NAME);
					template = new WorkbookTemplate(template.source, template.look, template.totalsLabel,
							template.coverColumns, template.indicatorColumns, template.school,
							(template.schoolParts != null) ? template.schoolParts : shipped.schoolParts,
							template.province, (template.city != null) ? template.city : shipped.city);
				}
			}
		}
		return template;
	}

	static WorkbookTemplate parse(InputStream in, String source) throws IOException {
		Object root;
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (YAMLException ex) {
			throw new TemplateFileException(source + "：不是有效的 YAML：" + ex.getMessage(), ex);
		}
		Node top = new Node(source, "", root);
		Node lookNode = top.child("look");
		Map<ValueFormat, String> patterns = new EnumMap<>(ValueFormat.class);
		Node formats = top.child("formats");
		for (ValueFormat format : ValueFormat.values()) {
			if (format != ValueFormat.TEXT) {
				patterns.put(format, formats.string(format.key()));
			}
		}
		WorkbookLook look;
		try {
			look = new WorkbookLook(lookNode.string("font"), lookNode.integer("font_size"),
					lookNode.integer("title_size"), lookNode.string("header_fill"), lookNode.string("totals_fill"),
					lookNode.string("missing"), patterns, lookNode.strings("chart_colors"));
		}
		catch (IllegalArgumentException ex) {
			throw new TemplateFileException(source + "：look 中的颜色或格式无法使用：" + ex.getMessage(), ex);
		}
		Node common = top.child("common");
		List<String> coverColumns = common.strings("cover_columns");
		if (coverColumns.size() != 3) {
			throw new TemplateFileException(source + "：common.cover_columns 必须列出三个列标题");
		}
		ReportText school = report(top.child("school"));
		// v2 years' sheets, or null in a file from before v2 (load takes the shipped
		// ones)
		ReportText schoolParts = top.has(SCHOOL_PARTS) ? sheets(top.child(SCHOOL_PARTS), school.cover()) : null;
		return new WorkbookTemplate(source, look, common.string("totals"), coverColumns,
				common.child("indicator_columns").texts(), school, schoolParts, report(top.child("province")),
				top.has("city") ? report(top.child("city")) : null);
	}

	/**
	 * The school workbook's sheets of a year read with standard v2 (the cover is v1's).
	 */
	static final String SCHOOL_PARTS = "school_v2";

	private static ReportText report(Node node) {
		Node cover = node.child("cover");
		SheetText coverText = new SheetText(cover.source, cover.path, "cover", cover.string("name"),
				cover.string("title"), Map.of(), cover.optionalChild("labels").texts(), Map.of());
		return sheets(node, coverText);
	}

	private static ReportText sheets(Node node, SheetText coverText) {
		List<SheetText> sheets = new ArrayList<>();
		for (Node sheet : node.list("sheets")) {
			String key = sheet.string("key");
			sheets.add(new SheetText(sheet.source, node.path + ".sheets[" + key + "]", key, sheet.string("name"),
					sheet.string("title"), sheet.optionalChild("columns").texts(),
					sheet.optionalChild("labels").texts(), sheet.optionalChild("charts").texts()));
		}
		return new ReportText(coverText, sheets);
	}

	String source() {
		return this.source;
	}

	WorkbookLook look() {
		return this.look;
	}

	String totalsLabel() {
		return this.totalsLabel;
	}

	List<String> coverColumns() {
		return this.coverColumns;
	}

	/**
	 * Header of a column of the indicator tables ({@code indicator}, {@code unit}, ...).
	 */
	String indicatorColumn(String key, Placeholders values) {
		String text = this.indicatorColumns.get(key);
		if (text == null) {
			throw new TemplateFileException(this.source + "：common.indicator_columns 缺少 " + key);
		}
		return values.fill(text);
	}

	/**
	 * The city report's text.
	 * @throws TemplateFileException when neither the file nor the shipped one has it
	 */
	ReportText city() {
		if (this.city == null) {
			throw new TemplateFileException(this.source + "：缺少 city 一节（地市中等职业教育质量报告的工作表）");
		}
		return this.city;
	}

	ReportText school() {
		return this.school;
	}

	/** The school workbook of a year read with standard v2 (eight parts, five 附表). */
	ReportText schoolParts() {
		return (this.schoolParts != null) ? this.schoolParts : this.school;
	}

	ReportText province() {
		return this.province;
	}

	/** A position in the parsed YAML, with its path for messages. */
	private static final class Node {

		private final String source;

		private final String path;

		private final Object value;

		Node(String source, String path, Object value) {
			this.source = source;
			this.path = path;
			this.value = value;
		}

		Node child(String key) {
			Object child = map().get(key);
			if (child == null) {
				throw missing(key);
			}
			return new Node(this.source, where(key), child);
		}

		boolean has(String key) {
			return map().get(key) != null;
		}

		Node optionalChild(String key) {
			Object child = map().get(key);
			return new Node(this.source, where(key), (child != null) ? child : Map.of());
		}

		String string(String key) {
			Object child = map().get(key);
			if (child == null) {
				throw missing(key);
			}
			if (child instanceof Map || child instanceof List) {
				throw new TemplateFileException(this.source + "：" + where(key) + " 必须是文字");
			}
			return child.toString();
		}

		int integer(String key) {
			Object child = map().get(key);
			if (child instanceof Integer number) {
				return number;
			}
			throw new TemplateFileException(this.source + "：" + where(key) + " 必须是整数");
		}

		List<String> strings(String key) {
			List<String> strings = new ArrayList<>();
			for (Node item : list(key)) {
				if (item.value instanceof Map || item.value instanceof List) {
					throw new TemplateFileException(this.source + "：" + item.path + " 必须是文字");
				}
				// Colours such as 4472C4 parse as text, 000080 would parse as a number.
				strings.add(
						(item.value instanceof Integer number) ? String.format("%06d", number) : item.value.toString());
			}
			return strings;
		}

		List<Node> list(String key) {
			Object child = map().get(key);
			if (!(child instanceof List<?> items)) {
				throw new TemplateFileException(this.source + "：" + where(key) + " 必须是列表");
			}
			List<Node> nodes = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				nodes.add(new Node(this.source, where(key) + "[" + i + "]", items.get(i)));
			}
			return nodes;
		}

		/** A map of text by key, in the file's order. */
		Map<String, String> texts() {
			Map<String, String> texts = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : map().entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (entry.getValue() == null || entry.getValue() instanceof Map || entry.getValue() instanceof List) {
					throw new TemplateFileException(this.source + "：" + where(key) + " 必须是文字");
				}
				texts.put(key, entry.getValue().toString());
			}
			return texts;
		}

		private Map<?, ?> map() {
			if (this.value instanceof Map<?, ?> map) {
				return map;
			}
			throw new TemplateFileException(
					this.source + "：" + (this.path.isEmpty() ? "文件" : this.path) + " 必须是“键: 值”的映射");
		}

		private String where(String key) {
			return this.path.isEmpty() ? key : this.path + "." + key;
		}

		private TemplateFileException missing(String key) {
			return new TemplateFileException(this.source + "：缺少 " + where(key));
		}

	}

}
