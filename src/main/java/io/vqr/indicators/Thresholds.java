package io.vqr.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.report.TemplateFiles;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The 合格线 of the editable file {@value #FILE} (indicators.md defaults ship in the jar),
 * validated on load: an unknown indicator, group or ownership, or a malformed limit fails
 * with the file and line.
 */
public final class Thresholds {

	/** Name of the file, relative to the templates directory. */
	public static final String FILE = "thresholds.yaml";

	private static final Pattern LIMIT = Pattern
		.compile("^(≥|≤|>=|<=)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%|:1|元|册|个|天|学时|项|人|平方米)?$");

	private final List<Threshold> thresholds;

	private Thresholds(List<Threshold> thresholds) {
		this.thresholds = List.copyOf(thresholds);
	}

	/** Every threshold, in file order. */
	public List<Threshold> all() {
		return this.thresholds;
	}

	/**
	 * The thresholds that apply to a school: those of its 办学类型's threshold group, and the
	 * 公办-only ones only when it is 公办.
	 */
	public List<Threshold> forSchool(String schoolType, String ownership) {
		Optional<String> group = CodeLists.get(CodeLists.SCHOOL_TYPE)
			.resolve(schoolType)
			.map((entry) -> entry.attribute(CodeLists.THRESHOLD_GROUP));
		if (group.isEmpty()) {
			return List.of();
		}
		return this.thresholds.stream()
			.filter((threshold) -> threshold.group().equals(group.get()))
			.filter((threshold) -> !threshold.publicOnly() || StandardCodes.PUBLIC_OWNERSHIP.equals(ownership))
			.toList();
	}

	/**
	 * Reads {@value #FILE} from the templates (configured directory, ./templates, jar).
	 */
	public static Thresholds load(TemplateFiles templates) {
		try (InputStream in = templates.open(FILE)) {
			return parse(in, templates.describe(FILE));
		}
		catch (IOException ex) {
			throw new TemplateFileException("无法读取合格线文件 " + templates.describe(FILE) + "：" + ex.getMessage(), ex);
		}
	}

	/** Parses a thresholds file; {@code source} names it in error messages. */
	public static Thresholds parse(InputStream in, String source) {
		MappingNode mapping = YamlNodes.root(in, source);
		Node list = value(mapping, "thresholds");
		if (!(list instanceof SequenceNode sequence)) {
			throw TemplateFileException.at(source, line(mapping), "缺少 thresholds: 列表");
		}
		Set<String> groups = new LinkedHashSet<>();
		for (CodeEntry type : CodeLists.get(CodeLists.SCHOOL_TYPE).entries()) {
			groups.add(type.attribute(CodeLists.THRESHOLD_GROUP));
		}
		List<Threshold> thresholds = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Node item : sequence.getValue()) {
			if (!(item instanceof MappingNode entry)) {
				throw TemplateFileException.at(source, line(item), "每一项应包含 indicator: 和各分组的合格线");
			}
			thresholds.addAll(entry(entry, groups, seen, source));
		}
		return new Thresholds(thresholds);
	}

	private static List<Threshold> entry(MappingNode entry, Set<String> groups, Set<String> seen, String source) {
		Node indicatorNode = value(entry, "indicator");
		if (indicatorNode == null) {
			throw TemplateFileException.at(source, line(entry), "缺少 indicator:（指标代码）");
		}
		String code = scalar(indicatorNode, source);
		Indicator indicator = IndicatorCatalog.byCode(code)
			.orElseThrow(() -> TemplateFileException.at(source, line(indicatorNode), "未知指标“" + code + "”"));
		if (!seen.add(code)) {
			throw TemplateFileException.at(source, line(indicatorNode), "指标“" + code + "”重复出现");
		}
		boolean publicOnly = false;
		List<NodeTuple> limits = new ArrayList<>();
		for (NodeTuple tuple : entry.getValue()) {
			String key = scalar(tuple.getKeyNode(), source);
			if (key.equals("indicator")) {
				continue;
			}
			if (key.equals("ownership")) {
				String ownership = scalar(tuple.getValueNode(), source);
				if (!StandardCodes.PUBLIC_OWNERSHIP.equals(ownership)) {
					throw TemplateFileException.at(source, line(tuple.getValueNode()),
							"ownership 只能为“" + StandardCodes.PUBLIC_OWNERSHIP + "”（指标 " + code + "）");
				}
				publicOnly = true;
			}
			else if (groups.contains(key)) {
				limits.add(tuple);
			}
			else {
				throw TemplateFileException.at(source, line(tuple.getKeyNode()),
						"未知分组“" + key + "”（指标 " + code + "），应为 " + String.join("、", groups));
			}
		}
		if (limits.isEmpty()) {
			throw TemplateFileException.at(source, line(entry), "指标 " + code + " 没有任何分组的合格线");
		}
		List<Threshold> thresholds = new ArrayList<>();
		for (NodeTuple tuple : limits) {
			thresholds
				.add(limit(indicator, scalar(tuple.getKeyNode(), source), tuple.getValueNode(), publicOnly, source));
		}
		return thresholds;
	}

	private static Threshold limit(Indicator indicator, String group, Node node, boolean publicOnly, String source) {
		String text = scalar(node, source).trim();
		Matcher matcher = LIMIT.matcher(text);
		if (!matcher.matches()) {
			throw TemplateFileException.at(source, line(node),
					"合格线“" + text + "”（指标 " + indicator.code() + "）应写为“≥ 数值”或“≤ 数值”，如 ≥ 50%");
		}
		Comparison comparison = switch (matcher.group(1)) {
			case "≥", ">=" -> Comparison.AT_LEAST;
			default -> Comparison.AT_MOST;
		};
		double number = Double.parseDouble(matcher.group(2));
		String unit = matcher.group(3);
		if (indicator.isRate() != "%".equals(unit)) {
			throw TemplateFileException.at(source, line(node),
					indicator.isRate() ? "指标 " + indicator.code() + " 是比例，合格线应写百分数，如 ≥ 50%"
							: "指标 " + indicator.code() + " 不是比例，合格线不能写百分号");
		}
		if (unit != null && !unit.equals("%") && !unit.equals(indicator.unit())) {
			throw TemplateFileException.at(source, line(node),
					"指标 " + indicator.code() + " 的单位是“" + indicator.unit() + "”，不是“" + unit + "”");
		}
		double limit = indicator.isRate() ? number / 100 : number;
		return new Threshold(indicator, group, comparison, limit, publicOnly);
	}

	private static Node value(MappingNode mapping, String key) {
		return YamlNodes.value(mapping, key);
	}

	private static String scalar(Node node, String source) {
		return YamlNodes.scalar(node, source);
	}

	private static int line(Node node) {
		return YamlNodes.line(node);
	}

}
