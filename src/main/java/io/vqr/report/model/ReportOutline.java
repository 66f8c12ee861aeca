package io.vqr.report.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vqr.indicators.TemplateFileException;
import io.vqr.report.TemplateFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The parts of a v2 school report and its attached tables, in order and with their
 * titles, from the editable {@value #FILE} under {@code templates/}: a data office
 * renames or reorders parts there without rebuilding (reports-and-commands.md). Parts are
 * numbered 一、二、… by their place; a part left out is not printed, nor are its cases.
 */
public record ReportOutline(List<Entry> parts, String appendixTitle, List<Entry> appendix) {

	/** Name of the file, relative to the templates directory. */
	public static final String FILE = "report/school-v2.yaml";

	/** The parts the program knows, in the national notice's order. */
	public static final List<String> PART_KEYS = List.of("basics", "talent", "integration", "service", "culture",
			"international", "support", "challenges");

	/** The 典型案例 part (code list case_part) whose cases a part prints. */
	public static final Map<String, String> CASE_PARTS = Map.of("talent", "人才培养", "integration", "产教融合", "service",
			"服务贡献", "culture", "文化传承", "international", "国际合作", "support", "发展保障");

	/** The attached tables the program knows (standard-v2.md). */
	public static final List<String> APPENDIX_KEYS = List.of("scorecard", "resources", "international", "service",
			"policy");

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

	public ReportOutline {
		parts = List.copyOf(parts);
		appendix = List.copyOf(appendix);
	}

	/** A part or table: its key and title. */
	public record Entry(String key, String title) {

	}

	/** The Chinese ordinal of a place, 0 → 一. */
	static String numeral(int index) {
		return (index < NUMERALS.length) ? NUMERALS[index] : Integer.toString(index + 1);
	}

	public static ReportOutline load(TemplateFiles files) {
		String source = files.describe(FILE);
		try (InputStream in = files.open(FILE)) {
			return parse(in, source);
		}
		catch (IOException ex) {
			throw new TemplateFileException("无法读取 " + source + "：" + ex.getMessage(), ex);
		}
	}

	static ReportOutline parse(InputStream in, String source) throws IOException {
		Object root;
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (YAMLException ex) {
			throw new TemplateFileException(source + "：不是有效的 YAML：" + ex.getMessage(), ex);
		}
		if (!(root instanceof Map<?, ?> top)) {
			throw new TemplateFileException(source + "：文件为空或格式不对");
		}
		List<Entry> parts = entries(source, "parts", top.get("parts"), PART_KEYS);
		if (!(top.get("appendix") instanceof Map<?, ?> appendix)) {
			throw new TemplateFileException(source + "：缺少 appendix（附表的标题和各表）");
		}
		return new ReportOutline(parts, text(source, "appendix.title", appendix.get("title")),
				entries(source, "appendix.tables", appendix.get("tables"), APPENDIX_KEYS));
	}

	private static List<Entry> entries(String source, String path, Object value, List<String> known) {
		if (!(value instanceof List<?> items)) {
			throw new TemplateFileException(source + "：" + path + " 必须是列表（每项含 key 和 title）");
		}
		List<Entry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String where = path + "[" + (i + 1) + "]";
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				throw new TemplateFileException(source + "：" + where + " 必须含 key 和 title");
			}
			String key = text(source, where + ".key", item.get("key"));
			if (!known.contains(key)) {
				throw new TemplateFileException(
						source + "：" + where + ".key “" + key + "”不是程序认识的代号，可用：" + String.join("、", known));
			}
			if (!seen.add(key)) {
				throw new TemplateFileException(source + "：" + where + ".key “" + key + "”重复出现");
			}
			entries.add(new Entry(key, text(source, where + ".title", item.get("title"))));
		}
		return entries;
	}

	private static String text(String source, String path, Object value) {
		if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
			throw new TemplateFileException(source + "：" + path + " 必须是不为空的文字");
		}
		return value.toString().strip();
	}

}
