package io.vqr.standard.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeList;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RuleCatalogueDocTest {

	private static final String REGENERATE = "mvn -q compile && java -cp target/classes "
			+ RuleCatalogueDoc.class.getName();

	private final RuleCatalogueDoc doc = RuleCatalogueDoc.v1();

	@Test
	void committedMarkdownIsWhatEachStandardGenerates() throws IOException {
		assertThat(RuleCatalogueDoc.committedMarkdown(SubmissionStandard.v1())).isEqualTo(Path.of("docs", "rules.md"));
		assertThat(RuleCatalogueDoc.committedMarkdown(SubmissionStandard.v2()))
			.isEqualTo(Path.of("docs", "rules-v2.md"));
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			Path committed = RuleCatalogueDoc.committedMarkdown(standard);
			assertThat(committed).as(committed + " is missing; generate it with: " + REGENERATE).exists();
			String expected = RuleCatalogueDoc.of(standard).render(DocFormat.MD);
			String actual = Files.readString(committed, StandardCharsets.UTF_8);
			assertThat(actual.equals(expected)).as(committed
					+ " is out of date with the standard's definitions; regenerate it from the project directory with: "
					+ REGENERATE)
				.isTrue();
		}
	}

	@Test
	void eachStandardListsItsOwnRulesAndSheets() {
		String v1 = RuleCatalogueDoc.v1().render(DocFormat.MD);
		String v2 = RuleCatalogueDoc.of(SubmissionStandard.v2()).render(DocFormat.MD);
		assertThat(v1).contains("标准 v1").doesNotContain("R-CASE-PII").doesNotContain("### 典型案例");
		assertThat(v2).contains("标准 v2")
			.contains("2025 年度起")
			.contains("R-CASE-PII", "R-CASE-LENGTH", "X-SATISFIED-GT-SAMPLE")
			.contains("### 服务贡献", "### 国际合作", "### 典型案例")
			.contains("| F-SHEET-MISSING | 错误 | 缺少必需的工作表 | 缺少必需的工作表（基本信息、专业与招生、毕业生去向、教师、服务贡献、国际合作）。 |");
	}

	@Test
	void mainWritesTheMarkdownToTheGivenPath(@TempDir Path dir) throws IOException {
		Path out = dir.resolve("sub").resolve("rules.md");
		RuleCatalogueDoc.main(new String[] { out.toString() });
		assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(this.doc.render(DocFormat.MD));
	}

	@Test
	void everyRuleAppearsWithItsSeverityTitleAndDescriptionInBothFormats() {
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			RuleCatalogueDoc doc = RuleCatalogueDoc.of(standard);
			for (DocFormat format : DocFormat.values()) {
				String text = doc.render(format);
				for (Rule rule : Rule.of(standard)) {
					assertThat(text).as(format + " " + rule.id()).contains(rule.id()).contains(rule.title());
				}
			}
			String markdown = doc.render(DocFormat.MD);
			for (Rule rule : Rule.of(standard)) {
				assertThat(markdown).contains("| " + rule.id() + " | " + rule.severity().label() + " | " + rule.title()
						+ " | " + rule.description(standard) + " |");
			}
		}
	}

	@Test
	void everyFieldOfEverySheetAppearsWithItsAliasesAndRequirement() {
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			everyFieldAppears(standard);
		}
	}

	private static void everyFieldAppears(SubmissionStandard standard) {
		String markdown = RuleCatalogueDoc.of(standard).render(DocFormat.MD);
		for (SheetDef sheet : standard.sheets()) {
			assertThat(markdown).contains("### " + sheet.name());
			for (FieldDef field : sheet.fields()) {
				assertThat(markdown).as(sheet.name() + " " + field.header())
					.contains("| " + field.header() + " | " + String.join("、", field.aliases()) + " | "
							+ field.type().label() + " | ");
				assertThat(markdown).contains(field.requirement().describe(sheet));
			}
		}
	}

	@Test
	void everyCodeListEntryAppearsWithItsAliases() {
		java.util.Set<CodeList> published = new java.util.HashSet<>();
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			String markdown = RuleCatalogueDoc.of(standard).render(DocFormat.MD);
			for (CodeList list : RuleCatalogueDoc.codeLists(standard)) {
				published.add(list);
				assertThat(markdown).contains("### " + list.name());
				for (CodeEntry entry : list.entries()) {
					assertThat(markdown).contains("| " + entry.code() + " | " + entry.name() + " | "
							+ String.join("、", entry.aliases()) + " |");
				}
			}
		}
		assertThat(published).as("every code list is some standard's").containsAll(CodeLists.all());
		assertThat(this.doc.render(DocFormat.MD)).doesNotContain("### " + CodeLists.get(CodeLists.CASE_PART).name());
	}

	@Test
	void readingTolerancesNameEveryUnitTheReaderSplitsOff() {
		String markdown = this.doc.render(DocFormat.MD);
		assertThat(markdown).contains("## 四、读取时的容错规则");
		for (Unit unit : Unit.values()) {
			if (!unit.symbol().isEmpty()) {
				assertThat(markdown).contains("（" + unit.symbol() + "）");
			}
		}
		assertThat(markdown).contains("合计").contains("示例").contains("2024年6月30日").contains("√/×");
	}

	@Test
	void textTablesFitATerminalLine() {
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			String text = RuleCatalogueDoc.of(standard).render(DocFormat.TEXT);
			assertThat(text).doesNotContain("| ---");
			for (String line : text.split("\n")) {
				// Closing punctuation may hang one character past a column.
				assertThat(TextRenderer.width(line)).as(line).isLessThanOrEqualTo(TextRenderer.LINE_WIDTH + 2 * 7);
			}
		}
	}

	@Test
	void textWrapBreaksBetweenChineseCharactersButNotInsideLatinWords() {
		assertThat(TextRenderer.wrap("身份证号码ABCDEF 12345", 8)).containsExactly("身份证号", "码ABCDEF", "12345");
		assertThat(TextRenderer.wrap("短", 8)).containsExactly("短");
		assertThat(TextRenderer.wrap("说明。", 4)).containsExactly("说明。");
	}

	@Test
	void markdownEscapesPipesInCells() {
		String markdown = DocFormat.MD
			.render(List.of(new DocBlock.Table(List.of("a", "b"), List.of(List.of("x|y", "line\nbreak")))));
		assertThat(markdown).isEqualTo("| a | b |\n|---|---|\n| x\\|y | line<br>break |\n");
	}

	@Test
	void formatsAreChosenByTheirCommandLineName() {
		assertThat(DocFormat.fromOption("md")).isEqualTo(DocFormat.MD);
		assertThat(DocFormat.fromOption(" TEXT ")).isEqualTo(DocFormat.TEXT);
		assertThat(DocFormat.fromOption("markdown")).isEqualTo(DocFormat.MD);
		assertThatIllegalArgumentException().isThrownBy(() -> DocFormat.fromOption("pdf"))
			.withMessageContaining("md, text");
	}

}
