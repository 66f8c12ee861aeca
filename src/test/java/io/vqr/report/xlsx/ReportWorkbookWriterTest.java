package io.vqr.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes hand-made tables through the generic sheet machinery and reads the file back
 * with POI: formats, totals formulas (pooled, not averaged), charts, frozen panes, the
 * cover's links.
 */
class ReportWorkbookWriterTest {

	private static final WorkbookLook LOOK = WorkbookLook.defaults();

	/**
	 * Two majors: 9 of 10 placed (90%) and 10 of 100 (10%). The mean of the rates is 50%,
	 * the pooled rate 19/110 = 17.3%.
	 */
	private static SheetTable byMajor() {
		SheetTable table = new SheetTable("分专业", "毕业去向落实率（分专业）",
				List.of(Column.text("专业"), new Column("毕业生数", ValueFormat.COUNT), new Column("落实人数", ValueFormat.COUNT),
						new Column("毕业去向落实率", ValueFormat.RATE), new Column("平均月收入（元）", ValueFormat.WHOLE_AMOUNT)));
		table.row(Entry.text("机电技术应用"), Entry.number(10), Entry.number(9), Entry.number(0.9), Entry.number(4000));
		table.row(Entry.text("会计事务"), Entry.number(100), Entry.number(10), Entry.number(0.1), Entry.number(3000));
		table.row(Entry.text("新开专业"), Entry.number(0), Entry.number(0), Entry.missing(), Entry.missing());
		table.totals("合计",
				List.of(TotalRule.sum(), TotalRule.sum(), TotalRule.pooledRate(2, 1), TotalRule.weightedMean(4, 1)));
		table.chart(new ChartSpec(ChartSpec.ChartType.BAR, "各专业毕业去向落实率", 0, List.of(3)));
		table.chart(new ChartSpec(ChartSpec.ChartType.COLUMN, "毕业生与落实人数", 0, List.of(1, 2)));
		return table;
	}

	private static SheetTable destinations() {
		SheetTable table = new SheetTable("毕业去向", "毕业去向分布",
				List.of(Column.text("毕业去向"), new Column("人数", ValueFormat.COUNT)));
		table.row(Entry.text("协议和合同就业"), Entry.number(120));
		table.row(Entry.text("升学"), Entry.number(80));
		table.row(Entry.text("待就业"), Entry.number(5));
		table.totals("合计", List.of(TotalRule.sum()));
		table.chart(new ChartSpec(ChartSpec.ChartType.PIE, "毕业去向分布", 0, List.of(1)));
		return table;
	}

	private static XSSFWorkbook written(List<SheetTable> tables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CoverSheet cover = new CoverSheet("目录", "测试学校2024年度职业教育质量报告（数据表）",
				List.<String[]>of(new String[] { "生成日期", "2025年1月1日" }), List.of("序号", "工作表", "内容"));
		ReportWorkbookWriter.write(LOOK, cover, tables, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void totalsAreFormulasAndRatesArePooled() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(byMajor()))) {
			XSSFSheet sheet = workbook.getSheet("分专业");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			XSSFCell count = sheet.getRow(5).getCell(1);
			assertThat(count.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(count.getCellFormula()).isEqualTo("SUM(B3:B5)");
			assertThat(evaluator.evaluate(count).getNumberValue()).isEqualTo(110);
			XSSFCell rate = sheet.getRow(5).getCell(3);
			assertThat(rate.getCellFormula()).isEqualTo("IF(SUM(B3:B5)=0,\"—\",SUM(C3:C5)/SUM(B3:B5))");
			double pooled = evaluator.evaluate(rate).getNumberValue();
			assertThat(pooled).isCloseTo(19.0 / 110, org.assertj.core.data.Offset.offset(1e-12));
			double meanOfRates = (0.9 + 0.1) / 2;
			assertThat(pooled).isNotCloseTo(meanOfRates, org.assertj.core.data.Offset.offset(0.01));
			// Cached values are in the file for readers that do not recalculate.
			assertThat(rate.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
			assertThat(rate.getNumericCellValue()).isCloseTo(19.0 / 110, org.assertj.core.data.Offset.offset(1e-12));
			XSSFCell income = sheet.getRow(5).getCell(4);
			assertThat(evaluator.evaluate(income).getNumberValue()).isCloseTo((4000 * 10 + 3000 * 100) / 110.0,
					org.assertj.core.data.Offset.offset(1e-9));
		}
	}

	@Test
	void numbersAreNumbersInTheirFormatsAndMissingIsTheDash() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(byMajor()))) {
			XSSFSheet sheet = workbook.getSheet("分专业");
			XSSFCell rate = sheet.getRow(2).getCell(3);
			assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(rate.getNumericCellValue()).isEqualTo(0.9);
			assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("—");
			assertThat(sheet.getRow(5).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}
	}

	@Test
	void headerRowsAreFrozenAndRepeatedOnPrint() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(byMajor(), destinations()))) {
			for (String name : List.of("分专业", "毕业去向")) {
				XSSFSheet sheet = workbook.getSheet(name);
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane.isFreezePane()).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
				assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
				assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			}
		}
	}

	@Test
	void chartsReferenceTheSheetsOwnCells() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(byMajor(), destinations()))) {
			List<XSSFChart> majorCharts = workbook.getSheet("分专业").getDrawingPatriarch().getCharts();
			assertThat(majorCharts).hasSize(2);
			assertThat(majorCharts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
			assertThat(majorCharts.get(1).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
			assertThat(majorCharts.get(0).getTitleText().getString()).isEqualTo("各专业毕业去向落实率");
			assertThat(majorCharts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
				.isEqualTo("分专业!$D$3:$D$5");
			List<XSSFChart> pie = workbook.getSheet("毕业去向").getDrawingPatriarch().getCharts();
			assertThat(pie).hasSize(1);
			assertThat(pie.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference())
				.isEqualTo("毕业去向!$A$3:$A$5");
		}
	}

	@Test
	void coverListsTheSheetsWithLinks() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(byMajor(), destinations()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("目录");
			assertThat(workbook.getSheetName(1)).isEqualTo("分专业");
			assertThat(workbook.getSheetName(2)).isEqualTo("毕业去向");
			XSSFSheet cover = workbook.getSheetAt(0);
			XSSFCell first = cover.getRow(4).getCell(1);
			assertThat(first.getStringCellValue()).isEqualTo("分专业");
			assertThat(first.getHyperlink().getAddress()).isEqualTo("'分专业'!A1");
		}
	}

}
