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
 * Issue 20, case 5: fastexcel reads its shared-strings table up to the index a cell asks
 * for, so one cell asking for string 2,147,483,647 of a table of two filled memory. Every
 * way of writing such an index is F-UNREADABLE, at once.
 */
class SharedStringIndexTest {

	@TempDir
	Path dir;

	@Test
	void anIndexFarBeyondTheTable() throws Exception {
		WorkbookException finding = finding(withCell("<c r=\"C1\" t=\"s\"><v>2147483647</v></c>"));

		assertThat(finding.detail()).startsWith("工作表「基本信息」的单元格引用了不存在的第");
	}

	@Test
	void anIndexJustPastTheTable() throws Exception {
		WorkbookException finding = finding(withCell("<c r=\"C1\" t=\"s\"><v>2</v></c>"));

		assertThat(finding.detail()).isEqualTo("工作表「基本信息」的单元格引用了不存在的第 3 个共享字符串（共 2 个）");
	}

	@Test
	void anIndexWrittenWithACharacterReferenceOrHiddenInMarkup() throws Exception {
		for (String cell : List.of("<c r=\"C1\" t=\"s\"><v>&#50;147483647</v></c>",
				"<c r=\"C1\" t=\"s\"><v><![CDATA[2147483647]]></v></c>",
				"<c r=\"C1\" t=\"s\"><v>21<!-- -->47483647</v></c>", "<c r=\"C1\" t=\"&#115;\"><v>2147483647</v></c>",
				"<c r=\"C1\" t=\"s\"><v>-1</v></c>", "<c r=\"C1\" t=\"s\"><!-- </c> --><v>2147483647</v></c>",
				"<x:c xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r=\"C1\" t=\"s\"><x:v>9999</x:v></x:c>",
				"<c r=\"C1\" custom=\"" + "x".repeat(1000) + "\" t=\"s\"><v>2147483647</v></c>")) {
			WorkbookException finding = finding(withCell(cell));
			assertThat(finding.detail()).as(cell).startsWith("工作表「基本信息」的单元格");
		}
	}

	@Test
	void theLastStringAndLargeNumbersInOtherCellsAreRead() throws Exception {
		Path file = withCell("<c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\"><v>2147483647</v></c>"
				+ "<c r=\"E1\" t=\"str\"><v>2147483647</v></c>");

		List<RawRow> rows = WorkbookFixtures.readAll(file, ReadLimits.defaults()).get("基本信息");

		assertThat(WorkbookFixtures.cell(rows, 1, 2).text()).isEqualTo("4401012345");
		assertThat(WorkbookFixtures.cell(rows, 1, 3).text()).isEqualTo("2147483647");
		assertThat(WorkbookFixtures.cell(rows, 1, 4).text()).isEqualTo("2147483647");
	}

	@Test
	void stringsInCommentsOrNestedDeeperAreNotCounted() throws Exception {
		Path file = WorkbookFixtures.rewriteEntries(HostileParts.sample(this.dir, "plain.xlsx"),
				this.dir.resolve("nested.xlsx"),
				Map.of(HostileParts.SHARED_STRINGS,
						(xml) -> xml.replace("</sst>", "<!-- <si><t>a</t></si> --><extLst><si/><si/></extLst></sst>"),
						HostileParts.SHEET1, (xml) -> HostileParts.withCell(xml, "<c r=\"C1\" t=\"s\"><v>2</v></c>")));

		assertThat(finding(file).detail()).isEqualTo("工作表「基本信息」的单元格引用了不存在的第 3 个共享字符串（共 2 个）");
	}

	@Test
	void aSheetTooLargeToKeepIsCheckedAsItStreams() throws Exception {
		Path file = withCell("<c r=\"C1\" t=\"s\"><v>2147483647</v></c>");

		Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(() -> {
			try (XlsxWorkbookReader reader = XlsxWorkbookReader.open(file, ReadLimits.defaults(), 16)) {
				reader.readSheet(reader.sheets().get(0), (row) -> true);
			}
		}));

		assertThat(thrown).isInstanceOf(WorkbookException.class).hasMessageContaining("工作表「基本信息」的单元格引用了不存在的第");
	}

	@Test
	void thePairsThatMayMakeASharedStringTypeAreFoundWherever() {
		for (String pair : List.of("s\"", "s'", "&#")) {
			for (int at = 0; at < 24; at++) {
				byte[] bytes = ("x".repeat(at) + pair + "x".repeat(24 - at)).getBytes(StandardCharsets.US_ASCII);
				assertThat(SharedStringIndexCheck.mayReferToSharedStrings(bytes, bytes.length)).as(pair + at).isTrue();
			}
		}
		byte[] inline = "<c r=\"A1\" s=\"3\" t=\"inlineStr\"><is><t>s &amp; #s\u201c</t></is></c>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(SharedStringIndexCheck.mayReferToSharedStrings(inline, inline.length)).isFalse();
	}

	@Test
	void aPackageThatNamesAnotherWorkbookForFastexcelIsRefused() throws Exception {
		// fastexcel takes the workbook its content type names, the checks the one the
		// package's relationships name: two would let fastexcel read sheets nobody
		// checked.
		Path file = WorkbookFixtures.rewriteEntries(HostileParts.sample(this.dir, "plain.xlsx"),
				this.dir.resolve("two.xlsx"), Map.of("[Content_Types].xml",
						(xml) -> xml.replace("PartName=\"/xl/workbook.xml\"", "PartName=\"/xl/other.xml\"")));
		assertThat(WorkbookFixtures.entryText(file, "[Content_Types].xml")).contains("/xl/other.xml");

		assertThat(finding(file).detail()).isEqualTo("文件已损坏或不完整（工作簿部件的声明不一致）");
	}

	private Path withCell(String cell) throws Exception {
		String name = "cell-" + System.nanoTime() + ".xlsx";
		return WorkbookFixtures.rewriteEntries(HostileParts.sample(this.dir, "plain-" + name), this.dir.resolve(name),
				Map.of(HostileParts.SHEET1, (xml) -> HostileParts.withCell(xml, cell)));
	}

	private static WorkbookException finding(Path file) {
		Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> catchThrowable(() -> WorkbookFixtures.readAll(file, ReadLimits.defaults())));
		assertThat(thrown).as("finding for " + file.getFileName()).isInstanceOf(WorkbookException.class);
		WorkbookException finding = (WorkbookException) thrown;
		assertThat(finding.rule()).isEqualTo(Rule.F_UNREADABLE);
		return finding;
	}

}
