package io.vqr.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Packages a school's Excel writes besides the plain workbook. */
class XlsxPackageVariantsTest {

	@TempDir
	Path dir;

	@Test
	void anXlsmIsReadLikeAnXlsxAndItsMacrosAreLeftAlone() throws Exception {
		Path xlsm = WorkbookFixtures
			.rewriteEntries(sample(), this.dir.resolve("macro.xlsm"), Map.of("[Content_Types].xml",
					(xml) -> xml.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
							"application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
					Map.of("xl/vbaProject.bin", "Sub AutoOpen() : Kill \"C:\\\" : End Sub"));
		assertThat(WorkbookFixtures.entryText(xlsm, "[Content_Types].xml")).contains("macroEnabled");

		List<RawRow> rows = WorkbookFixtures.readAll(xlsm, ReadLimits.defaults()).get("基本信息");

		assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1);
		assertThat(WorkbookFixtures.cell(rows, 1, 1).text()).isEqualTo("4401012345");
	}

	@Test
	void aChartSheetIsListedWithoutRows() throws Exception {
		Path withChart = WorkbookFixtures
			.rewriteEntries(
					sample(), this.dir.resolve("chart.xlsx"), Map.of(
							"xl/workbook.xml", (
									xml) -> xml.replace(
											"</sheets>",
											"<sheet name=\"图表\" sheetId=\"9\" r:id=\"rIdChart\"/></sheets>"),
							"xl/_rels/workbook.xml.rels",
							(xml) -> xml.replace("</Relationships>", "<Relationship Id=\"rIdChart\" Type=\""
									+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" "
									+ "Target=\"chartsheets/sheet1.xml\"/></Relationships>")),
					Map.of("xl/chartsheets/sheet1.xml",
							"<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));

		try (WorkbookReader reader = WorkbookFiles.open(withChart, ReadLimits.defaults())) {
			assertThat(reader.sheets()).extracting(SheetInfo::name).containsExactly("基本信息", "图表");
			List<RawRow> rows = new ArrayList<>();
			reader.readSheet(reader.sheets().get(1), rows::add);
			assertThat(rows).isEmpty();
			reader.readSheet(reader.sheets().get(0), rows::add);
			assertThat(rows).hasSize(1);
		}
	}

	private Path sample() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		var row = workbook.createSheet("基本信息").createRow(0);
		row.createCell(0).setCellValue("学校代码");
		row.createCell(1).setCellValue("4401012345");
		return WorkbookFixtures.write(workbook, this.dir.resolve("plain.xlsx"));
	}

}
