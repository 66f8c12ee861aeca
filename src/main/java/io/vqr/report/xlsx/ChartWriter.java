package io.vqr.report.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Draws native Excel charts (DrawingML, through POI's XDDF API) whose series reference
 * the sheet's own cells, so the chart follows when a figure in the table is edited and
 * every reader (Excel, WPS, LibreOffice) draws it itself.
 */
final class ChartWriter {

	private ChartWriter() {
	}

	/**
	 * @param sheet the sheet holding the data, where the chart is placed
	 * @param look the colours
	 * @param chart what to draw
	 * @param table the table written on the sheet
	 * @param headerRow the 0-based row of the column headers (series names)
	 * @param firstRow the first 0-based body row plotted
	 * @param lastRow the last 0-based body row plotted
	 * @param anchor where the chart goes: first column, first row, last column, last row
	 */
	static void draw(XSSFSheet sheet, WorkbookLook look, ChartSpec chart, SheetTable table, int headerRow, int firstRow,
			int lastRow, int[] anchor) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
		XSSFChart excelChart = drawing.createChart(place);
		excelChart.setTitleText(chart.title());
		excelChart.setTitleOverlay(false);
		XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(firstRow, lastRow, chart.categoryColumn(), chart.categoryColumn()));
		if (chart.type() == ChartSpec.ChartType.PIE) {
			drawPie(sheet, look, excelChart, chart, categories, headerRow, firstRow, lastRow);
		}
		else {
			drawBars(sheet, look, excelChart, chart, table, categories, headerRow, firstRow, lastRow);
		}
	}

	private static void drawPie(XSSFSheet sheet, WorkbookLook look, XSSFChart excelChart, ChartSpec chart,
			XDDFDataSource<String> categories, int headerRow, int firstRow, int lastRow) {
		excelChart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
		XDDFPieChartData data = (XDDFPieChartData) excelChart.createData(ChartTypes.PIE, null, null);
		data.setVaryColors(true);
		int column = chart.valueColumns().get(0);
		XDDFPieChartData.Series series = (XDDFPieChartData.Series) data.addSeries(categories,
				values(sheet, column, firstRow, lastRow));
		series.setTitle(headerText(sheet, headerRow, column), reference(sheet, headerRow, column));
		for (int point = 0; point <= lastRow - firstRow; point++) {
			series.getDataPoint(point).setFillProperties(fill(look.chartColor(point)));
		}
		CTDLbls labels = series.getCTPieSer().addNewDLbls();
		showOnly(labels, false, true);
		plot(data);
	}

	private static void drawBars(XSSFSheet sheet, WorkbookLook look, XSSFChart excelChart, ChartSpec chart,
			SheetTable table, XDDFDataSource<String> categories, int headerRow, int firstRow, int lastRow) {
		boolean horizontal = chart.type() == ChartSpec.ChartType.BAR;
		XDDFCategoryAxis categoryAxis = excelChart
			.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
		XDDFValueAxis valueAxis = excelChart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
		if (horizontal) {
			// Bars are drawn bottom-up; reversing the axis keeps the table's order
			// top-down.
			categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
			// ... and crossing at the last category keeps the value axis at the bottom.
			valueAxis.setCrosses(AxisCrosses.MAX);
		}
		else {
			valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		}
		ValueFormat format = table.columns().get(chart.valueColumns().get(0)).format();
		if (format == ValueFormat.RATE) {
			valueAxis.setNumberFormat("0%");
		}
		if (chart.valueColumns().size() > 1) {
			excelChart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
		XDDFBarChartData data = (XDDFBarChartData) excelChart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
		data.setVaryColors(false);
		for (int i = 0; i < chart.valueColumns().size(); i++) {
			int column = chart.valueColumns().get(i);
			XDDFChartData.Series series = data.addSeries(categories, values(sheet, column, firstRow, lastRow));
			series.setTitle(headerText(sheet, headerRow, column), reference(sheet, headerRow, column));
			series.setFillProperties(fill(look.chartColor(i)));
			if (chart.valueColumns().size() == 1) {
				showOnly(((XDDFBarChartData.Series) series).getCTBarSer().addNewDLbls(), true, false);
			}
		}
		plot(data);
	}

	/**
	 * Writes the series into the chart. {@code XDDFChart.plot} would do the same but
	 * first builds a throwaway embedded workbook for literal data (a tenth of a
	 * workbook's rendering time); these series always reference the sheet's cells.
	 */
	private static void plot(XDDFChartData data) {
		for (int i = 0; i < data.getSeriesCount(); i++) {
			data.getSeries(i).plot();
		}
	}

	private static XDDFNumericalDataSource<Double> values(XSSFSheet sheet, int column, int firstRow, int lastRow) {
		return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
				new CellRangeAddress(firstRow, lastRow, column, column));
	}

	private static void showOnly(CTDLbls labels, boolean value, boolean percent) {
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(value);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(percent);
		labels.addNewShowBubbleSize().setVal(false);
	}

	private static XDDFSolidFillProperties fill(String rgb) {
		return new XDDFSolidFillProperties(XDDFColor.from(new byte[] { (byte) Integer.parseInt(rgb.substring(0, 2), 16),
				(byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16) }));
	}

	private static String headerText(XSSFSheet sheet, int headerRow, int column) {
		return sheet.getRow(headerRow).getCell(column).getStringCellValue();
	}

	private static CellReference reference(XSSFSheet sheet, int row, int column) {
		return new CellReference(sheet.getSheetName(), row, column, true, true);
	}

}
