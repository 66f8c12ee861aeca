package io.vqr.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.standard.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 20, case 4: a document type declaration in any part, with or without the general
 * entities it declares, makes the file F-UNREADABLE, never an exception that stops the
 * run.
 */
class DoctypeTest {

	private static final String ENTITY = "<!DOCTYPE x [<!ENTITY school \"某某学校\">]>";

	@TempDir
	Path dir;

	@Test
	void aGeneralEntityInTheSharedStrings() throws Exception {
		assertUnreadable(
				rewrite("sst.xlsx", HostileParts.SHARED_STRINGS,
						(xml) -> HostileParts.withDoctype(xml, ENTITY).replace("4401012345", "&school;")),
				HostileParts.SHARED_STRINGS);
	}

	@Test
	void aGeneralEntityInAWorksheet() throws Exception {
		assertUnreadable(rewrite("sheet.xlsx", HostileParts.SHEET1,
				(xml) -> HostileParts.withCell(HostileParts.withDoctype(xml, ENTITY),
						"<c r=\"C1\" t=\"inlineStr\"><is><t>&school;</t></is></c>")),
				HostileParts.SHEET1);
	}

	@Test
	void aGeneralEntityInTheStylesWhichFastexcelReadsWhenItOpens() throws Exception {
		assertUnreadable(rewrite("styles.xlsx", HostileParts.STYLES,
				(xml) -> HostileParts.withDoctype(xml, "<!DOCTYPE x [<!ENTITY id \"0\">]>")
					.replaceFirst("numFmtId=\"0\"", "numFmtId=\"&id;\"")),
				HostileParts.STYLES);
	}

	@Test
	void aDoctypeAfterACommentAndWithoutEntitiesInTheWorkbook() throws Exception {
		assertUnreadable(rewrite("workbook.xlsx", "xl/workbook.xml",
				(xml) -> HostileParts.withDoctype(xml, "<!-- a->b --><!DOCTYPE workbook>")), "xl/workbook.xml");
	}

	@Test
	void aDoctypeInTheContentTypes() throws Exception {
		assertUnreadable(rewrite("types.xlsx", "[Content_Types].xml",
				(xml) -> HostileParts.withDoctype(xml, "<!DOCTYPE Types SYSTEM \"http://example.invalid/t.dtd\">")),
				"[Content_Types].xml");
	}

	@Test
	void commentsAndInstructionsBeforeTheRootAreFine() throws Exception {
		Path file = rewrite("comments.xlsx", HostileParts.SHEET1, (xml) -> HostileParts.withDoctype(xml,
				"<!-- 由某某系统导出 a->b --><!----><?mso-application progid=\"Excel.Sheet\"?>"));

		List<RawRow> rows = WorkbookFixtures.readAll(file, ReadLimits.defaults()).get("基本信息");

		assertThat(WorkbookFixtures.cell(rows, 1, 1).text()).isEqualTo("4401012345");
	}

	@Test
	void aPartInUtf16IsUnreadable() throws Exception {
		Path source = HostileParts.sample(this.dir, "plain.xlsx");
		String sheet = WorkbookFixtures.entryText(source, HostileParts.SHEET1).replace("UTF-8", "UTF-16");
		byte[] utf16 = ("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_16LE);
		Path file = WorkbookFixtures.replaceEntry(source, this.dir.resolve("utf16.xlsx"), HostileParts.SHEET1,
				(out) -> out.write(utf16));

		WorkbookException finding = finding(file);

		assertThat(finding.rule()).isEqualTo(Rule.F_UNREADABLE);
		assertThat(finding.detail())
			.isEqualTo("文件中的部件 " + HostileParts.SHEET1 + " 使用了 UTF-8 以外的编码，不是 Excel 或 WPS 写出的格式");
	}

	private void assertUnreadable(Path file, String part) {
		WorkbookException finding = finding(file);
		assertThat(finding.rule()).isEqualTo(Rule.F_UNREADABLE);
		assertThat(finding.detail()).isEqualTo("文件中的部件 " + part + " 含有文档类型声明（DOCTYPE），不是 Excel 或 WPS 写出的格式");
	}

	private static WorkbookException finding(Path file) {
		Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> catchThrowable(() -> WorkbookFixtures.readAll(file, ReadLimits.defaults())));
		assertThat(thrown).as("finding for " + file.getFileName()).isInstanceOf(WorkbookException.class);
		return (WorkbookException) thrown;
	}

	private Path rewrite(String name, String part, java.util.function.UnaryOperator<String> edit) throws Exception {
		return WorkbookFixtures.rewriteEntries(HostileParts.sample(this.dir, "plain-" + name), this.dir.resolve(name),
				Map.of(part, edit));
	}

}
