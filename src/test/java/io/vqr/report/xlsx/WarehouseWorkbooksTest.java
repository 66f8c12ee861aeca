package io.vqr.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.ProvinceFixture;
import io.vqr.indicators.WarehouseFixture;
import io.vqr.report.TemplateFiles;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.model.WarningEntry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the workbooks of the models the report model builder assembles from a
 * hand-computed province in the warehouse, and checks them against those models.
 */
class WarehouseWorkbooksTest {

	private static SchoolReport school;

	private static ProvincialReport province;

	@BeforeAll
	static void build() {
		WarehouseFixture db = ProvinceFixture.create("xlsxreport");
		ReportModelBuilder builder = new ReportModelBuilder(db.jdbc, new TemplateFiles(null, Path.of("does-not-exist")),
				Clock.fixed(LocalDate.of(2025, 1, 15).atStartOfDay(ZoneId.systemDefault()).toInstant(),
						ZoneId.systemDefault()));
		school = builder.school(ProvinceFixture.YEAR, ProvinceFixture.S1);
		province = builder.province(ProvinceFixture.YEAR);
	}

	private static XlsxReportRenderer renderer() {
		return new XlsxReportRenderer(new TemplateFiles(null, Path.of("does-not-exist")));
	}

	@Test
	void schoolWorkbookAgreesWithItsModel() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer().renderSchool(school, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet destinations = workbook.getSheet("毕业去向");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row totals = null;
			for (Row row : destinations) {
				if (row.getCell(0) != null && "合计".equals(row.getCell(0).getStringCellValue())) {
					totals = row;
				}
			}
			assertThat(totals).isNotNull();
			assertThat(evaluator.evaluate(totals.getCell(3)).getNumberValue())
				.isEqualTo((double) school.students().graduates());
			XSSFSheet scorecard = workbook.getSheet("计分卡");
			Cell placement = null;
			for (Row row : scorecard) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.STRING
						&& Indicator.PLACEMENT_RATE.title().equals(first.getStringCellValue())) {
					placement = row.getCell(3);
				}
			}
			assertThat(placement).isNotNull();
			assertThat(placement.getNumericCellValue())
				.isCloseTo(school.indicator(Indicator.PLACEMENT_RATE).current().value(), Offset.offset(1e-12));
			assertThat(placement.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
	}

	@Test
	void provincialWarningListHoldsEverySchoolOfTheModel() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer().renderProvince(province, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet warnings = workbook.getSheet("预警名单");
			for (int i = 0; i < province.warnings().size(); i++) {
				WarningEntry warning = province.warnings().get(i);
				Row row = warnings.getRow(TableSheetWriter.FIRST_BODY_ROW + i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(warning.schoolCode());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(warning.check().name());
				assertThat(row.getCell(6).getStringCellValue()).isEqualTo(warning.check().thresholdText());
			}
			assertThat(province.warnings()).isNotEmpty();
		}
	}

}
