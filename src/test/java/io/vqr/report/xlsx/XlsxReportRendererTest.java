package io.vqr.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.TemplateFileException;
import io.vqr.report.TemplateFiles;
import io.vqr.report.model.IndicatorComparison;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.SchoolReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renders the school and the provincial workbook from hand-made models with the shipped
 * template and reads them back with POI.
 */
class XlsxReportRendererTest {

	private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[0-9Xx]");

	private static final Offset<Double> EXACT = Offset.offset(1e-9);

	@TempDir
	Path workingDirectory;

	private XlsxReportRenderer renderer() {
		// No templates/ folder in the working directory: the defaults shipped in the jar.
		return new XlsxReportRenderer(new TemplateFiles(null, this.workingDirectory.resolve("templates")));
	}

	private XSSFWorkbook school(XlsxReportRenderer renderer, SchoolReport report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.renderSchool(report, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	private XSSFWorkbook province(XlsxReportRenderer renderer, ProvincialReport report) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.renderProvince(report, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	/** The body row whose first cells hold {@code text}, 0-based. */
	private static XSSFRow rowWith(XSSFSheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return (XSSFRow) row;
			}
		}
		throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
	}

	private static int chartSeries(XSSFSheet sheet, int chart) {
		return sheet.getDrawingPatriarch().getCharts().get(chart).getChartSeries().get(0).getSeriesCount();
	}

	private static List<XSSFChart> charts(XSSFSheet sheet) {
		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		return (drawing != null) ? drawing.getCharts() : List.of();
	}

	@Test
	void schoolSheetsComeInTheTemplatesOrderAfterTheCover() throws IOException {
		try (XSSFWorkbook workbook = school(renderer(), SampleReports.school("4144010001", "广州市第一职业技术学校"))) {
			assertThat(sheetNames(workbook)).containsExactly("目录", "学校概况", "办学资源", "招生与在校生", "毕业去向", "毕业去向落实", "分专业就业",
					"月收入", "就业行业", "就业单位性质", "专业设置", "专业明细", "教师队伍", "职称结构", "学历结构", "双师型教师", "服务贡献", "就业地区", "校企合作",
					"办学条件", "面临挑战与改进", "计分卡", "教学资源表");
			XSSFSheet cover = workbook.getSheet("目录");
			assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("广州市第一职业技术学校2024年度职业教育质量报告（数据表）");
			XSSFRow link = rowWith(cover, 1, "计分卡");
			assertThat(link.getCell(1).getHyperlink().getAddress()).isEqualTo("'计分卡'!A1");
		}
	}

	@Test
	void ratesByMajorArePooledInTheTotalsRow() throws IOException {
		try (XSSFWorkbook workbook = school(renderer(), SampleReports.school("4144010001", "广州市第一职业技术学校"))) {
			XSSFSheet sheet = workbook.getSheet("分专业就业");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			XSSFRow first = rowWith(sheet, 1, "机电技术应用");
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.9);
			assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			XSSFRow totals = rowWith(sheet, 0, "合计");
			assertThat(totals.getCell(2).getCellFormula()).isEqualTo("SUM(C3:C4)");
			assertThat(evaluator.evaluate(totals.getCell(2)).getNumberValue()).isEqualTo(110);
			assertThat(totals.getCell(4).getCellFormula()).isEqualTo("IF(SUM(C3:C4)=0,\"—\",SUM(D3:D4)/SUM(C3:C4))");
			double pooled = evaluator.evaluate(totals.getCell(4)).getNumberValue();
			assertThat(pooled).isCloseTo(19.0 / 110, EXACT);
			assertThat(pooled).isNotCloseTo((0.9 + 0.1) / 2, Offset.offset(0.1));
			// 专业对口: 4 of 5 in one major, no match base in the other: 4/5, the empty rate
			// shows the dash.
			assertThat(rowWith(sheet, 1, "会计事务").getCell(11).getStringCellValue()).isEqualTo("—");
			assertThat(evaluator.evaluate(totals.getCell(11)).getNumberValue()).isCloseTo(0.8, EXACT);
			assertThat(charts(sheet)).hasSize(1);
		}
	}

	@Test
	void indicatorTablesHoldBothYearsAndTheirChangeAsAFormula() throws IOException {
		SchoolReport report = SampleReports.school("4144010001", "广州市第一职业技术学校");
		try (XSSFWorkbook workbook = school(renderer(), report)) {
			XSSFSheet sheet = workbook.getSheet("计分卡");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2023年");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2024年");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			for (IndicatorComparison comparison : report.appendix().scorecard()) {
				XSSFRow row = rowWith(sheet, 0, comparison.name());
				Cell current = row.getCell(3);
				assertThat(current.getNumericCellValue()).isCloseTo(comparison.current().value(), EXACT);
				String format = current.getCellStyle().getDataFormatString();
				Cell change = row.getCell(4);
				assertThat(change.getCellType()).isEqualTo(CellType.FORMULA);
				if (comparison.indicator().isRate()) {
					assertThat(format).isEqualTo("0.0%");
					assertThat(evaluator.evaluate(change).getNumberValue())
						.isCloseTo(Math.round(comparison.change() * 10) / 10.0, EXACT);
				}
				else if (comparison.change() == null) {
					assertThat(evaluator.evaluate(change).getStringValue()).isEqualTo("—");
				}
				else {
					// Percent change as a fraction, shown 增长3.4% by its format.
					assertThat(evaluator.evaluate(change).getNumberValue())
						.isCloseTo(Math.round(comparison.change() * 10) / 1000.0, EXACT);
				}
				if (comparison.indicator() == Indicator.GRADUATES) {
					assertThat(format).isEqualTo("#,##0");
				}
			}
		}
	}

	@Test
	void schoolChartsSitOnTheirTablesSheets() throws IOException {
		try (XSSFWorkbook workbook = school(renderer(), SampleReports.school("4144010001", "广州市第一职业技术学校"))) {
			for (String name : List.of("毕业去向", "就业行业", "职称结构", "学历结构", "双师型教师", "分专业就业", "就业地区")) {
				XSSFSheet sheet = workbook.getSheet(name);
				assertThat(charts(sheet)).as(name).hasSize(1);
				assertThat(chartSeries(sheet, 0)).as(name).isEqualTo(1);
			}
			assertThat(charts(workbook.getSheet("计分卡"))).isEmpty();
			XSSFRow shares = rowWith(workbook.getSheet("毕业去向"), 0, "合计");
			assertThat(shares.getCell(4).getNumericCellValue()).isEqualTo(1.0);
			XSSFChart destinations = charts(workbook.getSheet("毕业去向")).get(0);
			assertThat(destinations.getTitleText().getString()).isEqualTo("毕业生去向分布");
			assertThat(destinations.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
				.isEqualTo("毕业去向!$D$3:$D$5");
		}
	}

	@Test
	void everyTableSheetHasAFrozenStyledHeader() throws IOException {
		try (XSSFWorkbook school = school(renderer(), SampleReports.school("4144010001", "广州市第一职业技术学校"));
				XSSFWorkbook province = province(renderer(), SampleReports.province(30))) {
			for (XSSFWorkbook workbook : List.of(school, province)) {
				for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
					XSSFSheet sheet = workbook.getSheetAt(i);
					assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
					assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
					assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
					var header = sheet.getRow(1).getCell(0).getCellStyle();
					assertThat(header.getFont().getBold()).isTrue();
					assertThat(header.getWrapText()).isTrue();
					assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 4);
				}
			}
		}
	}

	@Test
	void conditionsSayMetOrNotMet() throws IOException {
		try (XSSFWorkbook workbook = school(renderer(), SampleReports.school("4144010001", "广州市第一职业技术学校"))) {
			XSSFSheet sheet = workbook.getSheet("办学条件");
			XSSFRow ratio = rowWith(sheet, 0, "生师比");
			assertThat(ratio.getCell(2).getNumericCellValue()).isEqualTo(21.3);
			assertThat(ratio.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0\":1\"");
			assertThat(ratio.getCell(3).getStringCellValue()).isEqualTo("≤20:1");
			assertThat(ratio.getCell(4).getStringCellValue()).isEqualTo("未达标");
			assertThat(rowWith(sheet, 0, "双师型教师占专业课教师比例").getCell(4).getStringCellValue()).isEqualTo("达标");
		}
	}

	@Test
	void provinceSheetsTotalsAndWarnings() throws IOException {
		ProvincialReport report = SampleReports.province(30);
		try (XSSFWorkbook workbook = province(renderer(), report)) {
			assertThat(sheetNames(workbook)).containsExactly("目录", "报送情况（按办学类型）", "报送情况（按地市）", "未通过学校", "全省指标（按办学类型）",
					"全省指标（按地市）", "校际分布", "排名_毕业去向落实率", "排名_双师型教师占专业课教师比例", "排名_生师比", "预警名单", "就业行业", "就业地区");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			XSSFRow totals = rowWith(workbook.getSheet("报送情况（按办学类型）"), 0, "合计");
			assertThat(totals.getCell(1).getCellFormula()).isEqualTo("SUM(B3:B4)");
			assertThat(evaluator.evaluate(totals.getCell(1)).getNumberValue())
				.isEqualTo(report.submissions().total().expected());
			assertThat(evaluator.evaluate(totals.getCell(7)).getNumberValue())
				.isCloseTo(report.submissions().total().acceptedShare(), EXACT);
			XSSFSheet warnings = workbook.getSheet("预警名单");
			assertThat(rowWith(warnings, 0, "4144010001").getCell(4).getStringCellValue()).isEqualTo("毕业去向落实率");
			assertThat(rowWith(warnings, 0, "4144010001").getCell(5).getNumericCellValue()).isEqualTo(0.85);
			assertThat(rowWith(warnings, 0, "4144030002").getCell(1).getStringCellValue()).isEqualTo("深圳市第二职业技术学校");
			assertThat(warnings.getLastRowNum()).isGreaterThanOrEqualTo(3);
			XSSFSheet notAccepted = workbook.getSheet("未通过学校");
			assertThat(rowWith(notAccepted, 0, "4144010003").getCell(5).getStringCellValue())
				.isEqualTo("未通过：12个错误，主要为必填项为空、代码不在代码表中");
			assertThat(chartSeries(workbook.getSheet("校际分布"), 0)).isEqualTo(5);
			assertThat(charts(workbook.getSheet("就业行业"))).hasSize(1);
			assertThat(charts(workbook.getSheet("就业地区"))).hasSize(1);
			XSSFSheet ranking = workbook.getSheet("排名_生师比");
			assertThat(ranking.getLastRowNum()).isEqualTo(31);
			assertThat(ranking.getRow(2).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0\":1\"");
		}
	}

	@Test
	void reportsWithoutDataStillRenderWithDashesAndNotes() throws IOException {
		try (XSSFWorkbook school = school(renderer(), SampleReports.emptySchool());
				XSSFWorkbook province = province(renderer(), SampleReports.emptyProvince())) {
			XSSFSheet destinations = school.getSheet("毕业去向");
			XSSFRow first = destinations.getRow(2);
			assertThat(first.getCell(3).getNumericCellValue()).isZero();
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("—");
			assertThat(charts(destinations)).isEmpty();
			XSSFRow totals = rowWith(destinations, 0, "合计");
			assertThat(totals.getCell(4).getStringCellValue()).isEqualTo("—");
			// No majors: no body rows, so no totals row either.
			assertThat(school.getSheet("分专业就业").getLastRowNum()).isEqualTo(1);
			XSSFSheet scorecard = school.getSheet("计分卡");
			FormulaEvaluator evaluator = school.getCreationHelper().createFormulaEvaluator();
			XSSFRow placement = rowWith(scorecard, 0, "毕业去向落实率");
			assertThat(placement.getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(evaluator.evaluate(placement.getCell(4)).getStringValue()).isEqualTo("—");
			// rowWith fails when the note is not there.
			assertThat(rowWith(school.getSheet("校企合作"), 0, "本年度未填报校企合作情况。").getRowNum()).isEqualTo(3);
			// A province without figures (nothing approved) is its submission status
			// alone.
			assertThat(province.getSheetIndex("报送情况（按办学类型）")).isNotNegative();
			assertThat(province.getSheetIndex("预警名单")).isNegative();
			assertThat(province.getSheetIndex("排名_生师比")).isNegative();
		}
	}

	@Test
	void noIdNumberAnywhere() throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook school = school(renderer(), SampleReports.school("4144010001", "广州市第一职业技术学校"));
				XSSFWorkbook province = province(renderer(), SampleReports.province(30))) {
			for (XSSFWorkbook workbook : List.of(school, province)) {
				for (var sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							String text = (cell.getCellType() == CellType.FORMULA) ? cell.getCellFormula()
									: formatter.formatCellValue(cell);
							assertThat(ID_NUMBER.matcher(text).find())
								.as(sheet.getSheetName() + "!" + cell.getAddress())
								.isFalse();
						}
					}
				}
			}
		}
	}

	@Test
	void aDataOfficeTemplateRenamesReordersAndDropsSheets() throws IOException {
		Path templates = this.workingDirectory.resolve("templates");
		Files.createDirectories(templates.resolve("report"));
		String shipped;
		try (var in = getClass().getClassLoader().getResourceAsStream("templates/" + WorkbookTemplate.NAME)) {
			shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		// Drop 学校概况, rename 计分卡, and put 计分卡 first by moving its entry up.
		String edited = shipped
			.replace("    - key: profile\n      name: 学校概况\n", "    - key: profile_removed\n      name: 学校概况\n")
			.replace("name: 计分卡", "name: 学生发展计分卡");
		edited = edited.replaceAll("(?s)    - key: profile_removed\n.*?(?=    - key: resources)", "");
		String scorecard = "    - key: scorecard\n      name: 学生发展计分卡\n      title: 附表1 计分卡（学生发展）\n";
		edited = edited.replace(scorecard, "").replace("    - key: resources\n", scorecard + "    - key: resources\n");
		Files.writeString(templates.resolve(WorkbookTemplate.NAME), edited);
		try (XSSFWorkbook workbook = school(new XlsxReportRenderer(new TemplateFiles(null, templates)),
				SampleReports.school("4144010001", "广州市第一职业技术学校"))) {
			assertThat(sheetNames(workbook)).startsWith("目录", "学生发展计分卡", "办学资源").doesNotContain("学校概况", "计分卡");
		}
	}

	@Test
	void aTemplateMissingAnEntrySaysWhich() throws IOException {
		Path templates = this.workingDirectory.resolve("templates");
		Files.createDirectories(templates.resolve("report"));
		String shipped;
		try (var in = getClass().getClassLoader().getResourceAsStream("templates/" + WorkbookTemplate.NAME)) {
			shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		Files.writeString(templates.resolve(WorkbookTemplate.NAME), shipped.replace("        placed: 落实人数\n", ""));
		XlsxReportRenderer renderer = new XlsxReportRenderer(new TemplateFiles(null, templates));
		assertThatThrownBy(
				() -> renderer.renderSchool(SampleReports.school("4144010001", "学校"), new ByteArrayOutputStream()))
			.isInstanceOf(TemplateFileException.class)
			.hasMessageContaining("workbook.yaml")
			.hasMessageContaining("school.sheets[by_major] 缺少 columns.placed");
		Files.writeString(templates.resolve(WorkbookTemplate.NAME),
				shipped.replace("- key: teachers\n", "- key: teacher\n"));
		XlsxReportRenderer unknownKey = new XlsxReportRenderer(new TemplateFiles(null, templates));
		assertThatThrownBy(
				() -> unknownKey.renderSchool(SampleReports.school("4144010001", "学校"), new ByteArrayOutputStream()))
			.isInstanceOf(TemplateFileException.class)
			.hasMessageContaining("key “teacher”不是程序认识的工作表代号");
	}

}
