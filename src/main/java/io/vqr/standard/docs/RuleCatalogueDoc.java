package io.vqr.standard.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeList;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.docs.DocBlock.Bullets;
import io.vqr.standard.docs.DocBlock.Heading;
import io.vqr.standard.docs.DocBlock.Paragraph;
import io.vqr.standard.docs.DocBlock.Table;

/**
 * The published rule catalogue for schools, generated from the standard's definitions:
 * the rules, the fields of every sheet, the code lists and the reading tolerances. One
 * document per standard: the committed {@code docs/rules.md} (v1) and
 * {@code docs/rules-v2.md} (v2, from 2025) are these documents in Markdown; a test keeps
 * them identical.
 */
public final class RuleCatalogueDoc {

	/**
	 * Where v1's Markdown rendering is committed, relative to the project directory; see
	 * {@link #committedMarkdown}.
	 */
	public static final Path COMMITTED_MARKDOWN = Path.of("docs", "rules.md");

	private final SubmissionStandard standard;

	public RuleCatalogueDoc(SubmissionStandard standard) {
		this.standard = standard;
	}

	/** The document for standard v1 (years up to 2024). */
	public static RuleCatalogueDoc v1() {
		return new RuleCatalogueDoc(SubmissionStandard.v1());
	}

	/** The document for a standard. */
	public static RuleCatalogueDoc of(SubmissionStandard standard) {
		return new RuleCatalogueDoc(standard);
	}

	/**
	 * Where a standard's Markdown is committed: {@code docs/rules.md} for v1 (its
	 * published address since v1), {@code docs/rules-<version>.md} for later ones.
	 */
	public static Path committedMarkdown(SubmissionStandard standard) {
		return (standard == SubmissionStandard.v1()) ? COMMITTED_MARKDOWN
				: Path.of("docs", "rules-" + standard.version() + ".md");
	}

	/**
	 * Writes every standard's Markdown to its committed path; or, given a path (and
	 * optionally a version, v1 by default), that standard's to the path.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			for (SubmissionStandard standard : SubmissionStandard.all()) {
				write(of(standard), committedMarkdown(standard));
			}
			return;
		}
		SubmissionStandard standard = (args.length > 1)
				? SubmissionStandard.all()
					.stream()
					.filter((candidate) -> candidate.version().equals(args[1]))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no standard " + args[1]))
				: SubmissionStandard.v1();
		write(of(standard), Path.of(args[0]));
	}

	private static void write(RuleCatalogueDoc doc, Path out) throws IOException {
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		Files.writeString(out, doc.render(DocFormat.MD), StandardCharsets.UTF_8);
	}

	public SubmissionStandard standard() {
		return this.standard;
	}

	public String render(DocFormat format) {
		return format.render(blocks());
	}

	/** The document as format-independent blocks. */
	public List<DocBlock> blocks() {
		List<DocBlock> blocks = new ArrayList<>();
		blocks.add(new Heading(1, "职业院校年度质量数据采集标准 " + this.standard.version() + "：校验规则与填报要求"));
		blocks.add(new Paragraph(
				"本文件由程序中的采集标准定义自动生成（" + getClass().getName() + "），与填报模板和数据校验使用同一份定义。规则编号长期有效：可以新增规则，已有编号的含义不会改变。"));
		this.standard.firstYear()
			.ifPresent((year) -> blocks.add(new Paragraph("本标准适用于 " + year + " 年度起的数据采集；"
					+ this.standard.previous().map((before) -> "此前年度适用采集标准 " + before.version() + "。").orElse(""))));
		blocks.add(new Heading(2, "一、校验规则目录"));
		blocks.add(new Bullets(List.of(severityMeaning(Severity.ERROR, "整份提交退回，其中的数据均不入库。"),
				severityMeaning(Severity.WARNING, "提交通过（有警告），学校可确认或更正。"),
				severityMeaning(Severity.INFO, "仅作记录，不影响提交结果。"))));
		blocks.add(ruleTable());
		blocks.add(new Heading(2, "二、各工作表的字段"));
		blocks.add(new Paragraph("统计口径与时点（统计年度为 Y）："));
		blocks.add(new Bullets(ReportingPeriod.general()));
		for (SheetDef sheet : this.standard.sheets()) {
			blocks.addAll(sheetBlocks(sheet));
		}
		blocks.add(new Heading(2, "三、代码表"));
		blocks.add(new Paragraph("代码表字段可以填写代码、名称、下拉列表中的写法（如「"
				+ CodeLists.get(CodeLists.DESTINATION).entries().get(0).display() + "」）或别名，比较时不区分全角半角、忽略空白。"));
		for (CodeList list : codeLists(this.standard)) {
			blocks.add(new Heading(3, list.name()));
			blocks.add(new Table(List.of("代码", "名称", "别名"),
					list.entries()
						.stream()
						.map((entry) -> List.of(entry.code(), entry.name(), aliases(entry)))
						.toList()));
		}
		blocks.add(new Heading(2, "四、读取时的容错规则"));
		blocks.addAll(ReadingTolerances.blocks(this.standard));
		return blocks;
	}

	/** The code lists the standard's fields use, in {@link CodeLists#all()} order. */
	public static List<CodeList> codeLists(SubmissionStandard standard) {
		java.util.Set<String> used = new java.util.HashSet<>();
		standard.sheets()
			.forEach((sheet) -> sheet.fields()
				.stream()
				.filter((field) -> field.codeList() != null)
				.forEach((field) -> used.add(field.codeList())));
		return CodeLists.all().stream().filter((list) -> used.contains(list.key())).toList();
	}

	private static String severityMeaning(Severity severity, String meaning) {
		return severity.label() + "：" + meaning;
	}

	private Table ruleTable() {
		return new Table(List.of("规则编号", "严重程度", "名称", "说明"), Rule.of(this.standard)
			.stream()
			.map((rule) -> List.of(rule.id(), rule.severity().label(), rule.title(), rule.description(this.standard)))
			.toList());
	}

	private static List<DocBlock> sheetBlocks(SheetDef sheet) {
		List<DocBlock> blocks = new ArrayList<>();
		blocks.add(new Heading(3, sheet.name()));
		List<String> facts = new ArrayList<>();
		facts.add((sheet.required() ? "必需工作表" : "选填工作表") + "，"
				+ (sheet.layout() == SheetDef.Layout.FORM ? "标签/数值表单" : "表格") + "：" + sheet.description() + "。");
		if (!sheet.aliases().isEmpty()) {
			facts.add("工作表名称也可以是：" + String.join("、", sheet.aliases()) + "。");
		}
		for (SheetDef.HeaderGroup group : sheet.headerGroups()) {
			facts.add("两行表头：「" + group.title() + "」下有 "
					+ String.join("、",
							group.fieldKeys().stream().map((key) -> sheet.field(key).orElseThrow().header()).toList())
					+ "。");
		}
		blocks.add(new Paragraph(String.join("", facts)));
		blocks.add(new Table(List.of("表头", "别名", "类型", "单位", "必填", "规则", "代码表"),
				sheet.fields().stream().map((field) -> fieldRow(sheet, field)).toList()));
		return blocks;
	}

	private static List<String> fieldRow(SheetDef sheet, FieldDef field) {
		return List.of(field.header(), String.join("、", field.aliases()), field.type().label(),
				FieldDescriptions.unit(field), field.requirement().describe(sheet), FieldDescriptions.rule(field),
				String.join("、", FieldDescriptions.choices(field)));
	}

	private static String aliases(CodeEntry entry) {
		return String.join("、", entry.aliases());
	}

}
