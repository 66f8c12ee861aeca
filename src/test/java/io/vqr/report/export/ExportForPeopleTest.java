package io.vqr.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vqr.indicators.DataView;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.ProvinceFixture;
import io.vqr.indicators.WarehouseFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.vqr.indicators.ProvinceFixture.S1;
import static io.vqr.indicators.ProvinceFixture.S2;
import static io.vqr.indicators.ProvinceFixture.S3;
import static io.vqr.indicators.ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export an official opens in Excel: Chinese names and units beside the codes, a
 * workbook with Chinese headers, number formats and a frozen header, a draft that says
 * so, and school names from submitted files that never become formulas (issue 20 case 7,
 * OWASP CSV injection).
 */
class ExportForPeopleTest {

	/** Names a school could type into its 学校名称 cell. */
	static final Map<String, String> HOSTILE_NAMES = Map.of(S1, "=HYPERLINK(\"http://evil.example/\",\"点击查看\")", S2,
			"+cmd|' /C calc'!A0", S3, "@SUM(1+1)*cmd|' /C calc'!A0");

	@TempDir
	static Path dir;

	static WarehouseFixture db;

	@BeforeAll
	static void hostileNames() {
		db = ProvinceFixture.create("exportpeople");
		HOSTILE_NAMES.forEach((code, name) -> db.jdbc
			.update("update fact_profile set school_name = ? where school_code = ?", name, code));
		db.jdbc.update("update fact_profile set school_name = ? where school_code = ? and year = ?", "-1+1 学院", S1,
				YEAR - 1);
	}

	@Test
	void csvCellsFromSubmittedTextNeverStartAFormula() throws IOException {
		Path csv = dir.resolve("hostile.csv");
		new IndicatorExport(db.jdbc).write(YEAR, csv);
		List<CSVRecord> records = csv(csv);
		assertThat(records).hasSize(3 * IndicatorCatalog.forYear(YEAR).size());
		for (CSVRecord record : records) {
			String name = record.get("school_name");
			assertThat(name).as(record.toString()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
			assertThat(name).isEqualTo("'" + HOSTILE_NAMES.get(record.get("school_code")));
		}
		// numbers are not text from a file: a negative change stays a number
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain(",=", ",+", ",@");
	}

	@Test
	void csvNamesTheIndicatorsInChineseWithTheirUnits() throws IOException {
		Path csv = dir.resolve("names.csv");
		new IndicatorExport(db.jdbc).write(YEAR, csv);
		CSVRecord placement = find(csv(csv), S1, "placement_rate");
		assertThat(placement.get("indicator_name")).isEqualTo("毕业去向落实率");
		assertThat(placement.get("unit")).isEqualTo("比例（小数）");
		assertThat(placement.get("value")).isEqualTo("0.8");
		CSVRecord students = find(csv(csv), S1, "students");
		assertThat(students.get("indicator_name")).isEqualTo("在校生数");
		assertThat(students.get("unit")).isEqualTo("人");
		assertThat(csv(csv).get(0).isMapped(IndicatorExport.REVIEW_STATE)).isFalse();
	}

	@Test
	void workbookWithChineseHeadersFormatsAFrozenHeaderAndNamesThatStayText() throws IOException {
		Path xlsx = dir.resolve("indicators.xlsx");
		int rows = new IndicatorExport(db.jdbc).write(YEAR, xlsx, DataView.OFFICIAL, ExportFormat.XLSX);
		assertThat(rows).isEqualTo(3 * IndicatorCatalog.forYear(YEAR).size());
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).containsExactly("学校代码", "学校名称", "指标", "单位", "数值", "分子", "分母");
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane).isNotNull();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getLastRowNum()).isEqualTo(rows);
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.getRow(r);
				Cell name = row.getCell(1);
				assertThat(name.getCellType()).isEqualTo(CellType.STRING);
				assertThat(name.getStringCellValue()).isEqualTo(HOSTILE_NAMES.get(row.getCell(0).getStringCellValue()));
				assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			}
			Row placement = findRow(sheet, S1, "毕业去向落实率");
			assertThat(placement.getCell(3).getStringCellValue()).isEqualTo("%");
			assertThat(placement.getCell(4).getNumericCellValue()).isEqualTo(0.8);
			assertThat(placement.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(placement.getCell(5).getNumericCellValue()).isEqualTo(8);
			assertThat(placement.getCell(6).getNumericCellValue()).isEqualTo(10);
			Row students = findRow(sheet, S1, "在校生数");
			assertThat(students.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			Row dual = findRow(sheet, S2, "双师型教师占专业课教师比例");
			assertThat(dual.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void aDraftExportSaysSoAndCarriesTheReviewState() throws IOException {
		db.jdbc.update("insert into school_year (year, school_code, state, review_submission_id) "
				+ "select year, school_code, 'TO_EXPLAIN', submission_id from current_submission "
				+ "where year = ? and school_code = ? on conflict do nothing", YEAR, S2);
		Path csv = dir.resolve("draft.csv");
		new IndicatorExport(db.jdbc).write(YEAR, csv, DataView.DRAFT, ExportFormat.CSV);
		List<CSVRecord> records = csv(csv);
		assertThat(find(records, S2, "students").get(IndicatorExport.REVIEW_STATE)).isEqualTo("TO_EXPLAIN");
		assertThat(find(records, S1, "students").get(IndicatorExport.REVIEW_STATE)).isEqualTo("APPROVED");

		Path xlsx = dir.resolve("draft.xlsx");
		new IndicatorExport(db.jdbc).write(YEAR, xlsx, DataView.DRAFT, ExportFormat.XLSX);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("草稿：数据尚未审核");
				assertThat(sheet.getHeader().getCenter()).isEqualTo("草稿：数据尚未审核");
			}
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(1))).endsWith("审核状态");
			assertThat(findRow(sheet, S2, "在校生数").getCell(7).getStringCellValue()).isEqualTo("待说明");
		}
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	private static Row findRow(Sheet sheet, String school, String indicator) {
		for (Row row : sheet) {
			if (row.getCell(2) != null && school.equals(row.getCell(0).getStringCellValue())
					&& indicator.equals(row.getCell(2).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(school + " " + indicator + " not in the workbook");
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.skip(1);
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static CSVRecord find(List<CSVRecord> records, String school, String indicator) {
		return records.stream()
			.filter((r) -> r.get("school_code").equals(school) && r.get("indicator").equals(indicator))
			.findFirst()
			.orElseThrow();
	}

}
