package io.vqr.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.report.TemplateFiles;
import io.vqr.report.model.ChallengesSection;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.ReportFormats;
import io.vqr.report.model.ThresholdCheck;
import io.vqr.report.model.ThresholdStatus;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Writes 六、面临挑战与改进 from the sentence templates of {@value #FILE}: one sentence per
 * indicator below its threshold, then one per indicator clearly worse than Y-1 (more than
 * the file's percentage points for rates, percent otherwise; "worse" by the indicator's
 * direction), or the fixed sentence when there is none.
 */
public final class ChallengeWriter {

	/** Name of the file, relative to the templates directory. */
	public static final String FILE = "report/challenges.yaml";

	private static final Set<String> PLACEHOLDERS = Set.of("name", "value", "threshold", "missed", "previous", "change",
			"advice");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private final String belowThreshold;

	private final String worseThanPreviousYear;

	private final String none;

	private final double ratePoints;

	private final double percent;

	private final String defaultAdvice;

	private final Map<Indicator, String> advice;

	private ChallengeWriter(String belowThreshold, String worseThanPreviousYear, String none, double ratePoints,
			double percent, String defaultAdvice, Map<Indicator, String> advice) {
		this.belowThreshold = belowThreshold;
		this.worseThanPreviousYear = worseThanPreviousYear;
		this.none = none;
		this.ratePoints = ratePoints;
		this.percent = percent;
		this.defaultAdvice = defaultAdvice;
		this.advice = advice;
	}

	public static ChallengeWriter load(TemplateFiles templates) {
		try (InputStream in = templates.open(FILE)) {
			return parse(in, templates.describe(FILE));
		}
		catch (IOException ex) {
			throw new TemplateFileException("无法读取句子模板 " + templates.describe(FILE) + "：" + ex.getMessage(), ex);
		}
	}

	public static ChallengeWriter parse(InputStream in, String source) {
		MappingNode root = YamlNodes.root(in, source);
		String below = sentence(root, "below_threshold", source);
		String worse = sentence(root, "worse_than_previous_year", source);
		String none = sentence(root, "none", source);
		Node worsening = YamlNodes.value(root, "worsening");
		if (!(worsening instanceof MappingNode worseningMap)) {
			throw TemplateFileException.at(source, YamlNodes.line(root), "缺少 worsening:（rate_points 与 percent）");
		}
		double ratePoints = number(worseningMap, "rate_points", source);
		double percent = number(worseningMap, "percent", source);
		Node adviceNode = YamlNodes.value(root, "advice");
		if (!(adviceNode instanceof MappingNode adviceMap)) {
			throw TemplateFileException.at(source, YamlNodes.line(root), "缺少 advice:（至少包含 default）");
		}
		String defaultAdvice = YamlNodes.required(adviceMap, "default", source);
		Map<Indicator, String> advice = new EnumMap<>(Indicator.class);
		for (NodeTuple tuple : adviceMap.getValue()) {
			String code = YamlNodes.scalar(tuple.getKeyNode(), source);
			if (code.equals("default")) {
				continue;
			}
			Indicator indicator = IndicatorCatalog.byCode(code)
				.orElseThrow(() -> TemplateFileException.at(source, YamlNodes.line(tuple.getKeyNode()),
						"advice 中的未知指标“" + code + "”"));
			advice.put(indicator, YamlNodes.scalar(tuple.getValueNode(), source));
		}
		return new ChallengeWriter(below, worse, none, ratePoints, percent, defaultAdvice, advice);
	}

	/**
	 * The sentences for a school.
	 * @param checks the school's threshold checks
	 * @param comparisons every indicator of the school for Y and Y-1
	 */
	public ChallengesSection write(List<ThresholdCheck> checks, List<IndicatorComparison> comparisons) {
		List<String> sentences = new ArrayList<>();
		Set<Indicator> done = new LinkedHashSet<>();
		for (ThresholdCheck check : checks) {
			if (check.status() == ThresholdStatus.NOT_MET && done.add(check.indicator())) {
				IndicatorComparison comparison = IndicatorComparison.find(comparisons, check.indicator());
				sentences.add(fill(this.belowThreshold, check.indicator(), check.value().value(),
						(comparison != null) ? comparison.previous().value() : null, check));
			}
		}
		for (IndicatorComparison comparison : comparisons) {
			if (!done.contains(comparison.indicator()) && isClearlyWorse(comparison)) {
				done.add(comparison.indicator());
				sentences.add(fill(this.worseThanPreviousYear, comparison.indicator(), comparison.current().value(),
						comparison.previous().value(), null));
			}
		}
		if (sentences.isEmpty()) {
			return new ChallengesSection(List.of(this.none), false);
		}
		return new ChallengesSection(sentences, true);
	}

	/**
	 * Worse than Y-1 by more than the configured points (rates) or percent (the rest).
	 */
	boolean isClearlyWorse(IndicatorComparison comparison) {
		Double change = comparison.change();
		if (change == null || !comparison.indicator().direction().isWorsening(change)) {
			return false;
		}
		double limit = comparison.indicator().kind().changesInPoints() ? this.ratePoints : this.percent;
		// compare as printed (one decimal), so that a change shown as 5.0个百分点 is never
		// "more than 5"
		return Math.round(Math.abs(change) * 10) > Math.round(limit * 10);
	}

	private String fill(String template, Indicator indicator, Double value, Double previous, ThresholdCheck check) {
		Map<String, String> values = Map.of("name", indicator.title(), "value",
				ReportFormats.valueWithUnit(indicator, value), "threshold",
				(check != null) ? ReportFormats.limit(indicator, check.threshold().limit()) : ReportFormats.EMPTY,
				"missed", (check != null) ? check.threshold().comparison().missedWord() : "", "previous",
				ReportFormats.valueWithUnit(indicator, previous), "change", changeWords(indicator, value, previous),
				"advice", this.advice.getOrDefault(indicator, this.defaultAdvice));
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder sentence = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(sentence, Matcher.quoteReplacement(values.get(matcher.group(1))));
		}
		matcher.appendTail(sentence);
		return sentence.toString();
	}

	/** {@code 下降6.2个百分点}, {@code 提高1.0个百分点}, {@code 下降12.5%}, {@code 上升15.0%}. */
	static String changeWords(Indicator indicator, Double value, Double previous) {
		Double change = ReportFormats.change(indicator, value, previous);
		if (change == null) {
			return ReportFormats.EMPTY;
		}
		String amount = ReportFormats.number(Math.abs(change), 1);
		if (indicator.kind().changesInPoints()) {
			return ((change < 0) ? "下降" : "提高") + amount + "个百分点";
		}
		return ((change < 0) ? "下降" : "上升") + amount + "%";
	}

	private static String sentence(MappingNode root, String key, String source) {
		String text = YamlNodes.required(root, key, source);
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				throw TemplateFileException.at(source, YamlNodes.line(YamlNodes.value(root, key)),
						"未知占位符 {" + matcher.group(1) + "}，可用：" + String.join("、", PLACEHOLDERS));
			}
		}
		return text;
	}

	private static double number(MappingNode mapping, String key, String source) {
		String text = YamlNodes.required(mapping, key, source);
		try {
			return Double.parseDouble(text.trim());
		}
		catch (NumberFormatException ex) {
			throw TemplateFileException.at(source, YamlNodes.line(YamlNodes.value(mapping, key)),
					key + " 应为数值，而不是“" + text + "”");
		}
	}

}
