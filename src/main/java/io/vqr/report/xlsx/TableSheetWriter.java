package io.vqr.report.xlsx;

import java.util.List;

import io.vqr.indicators.TemplateFileException;
import io.vqr.report.export.SpreadsheetText;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one {@link SheetTable} onto its own sheet: the title in row 1, the header in row
 * 2 (both frozen and repeated on every printed page), the body, a totals row of formulas,
 * notes, then the charts below. Column widths are computed from the text, page setup fits
 * the table to the paper width.
 */
final class TableSheetWriter {

	static final int TITLE_ROW = 0;

	static final int HEADER_ROW = 1;

	static final int FIRST_BODY_ROW = 2;

	private static final int SHEET_NAME_LIMIT = 31;

	/** Widest a column gets, in characters; longer text wraps. */
	private static final int MAX_COLUMN_WIDTH = 60;

	/** The highest row Excel can show, in points. */
	private static final float MAX_ROW_POINTS = 409;

	private static final int MIN_COLUMN_WIDTH = 6;

	/** Width of a column the table does not use, in characters (Excel's default). */
	private static final int DEFAULT_COLUMN_WIDTH = 9;

	/** Tables wider than this, in characters, are printed landscape. */
	private static final int PORTRAIT_WIDTH = 95;

	private static final int CHART_WIDTH = 80;

	private static final int PIE_WIDTH = 64;

	private static final int CHART_ROWS = 18;

	private static final int MAX_CHART_ROWS = 40;

	private final XSSFWorkbook workbook;

	private final ReportStyles styles;

	private final WorkbookLook look;

	TableSheetWriter(XSSFWorkbook workbook, ReportStyles styles, WorkbookLook look) {
		this.workbook = workbook;
		this.styles = styles;
		this.look = look;
	}

	XSSFSheet write(SheetTable table) {
		XSSFSheet sheet;
		try {
			sheet = this.workbook.createSheet(sheetName(table.sheetName()));
		}
		catch (IllegalArgumentException ex) {
			throw new TemplateFileException(
					"工作表名称“" + table.sheetName() + "”不能使用（不能重名，不能含 [ ] : * ? / \\）：" + ex.getMessage(), ex);
		}
		List<Column> columns = table.columns();
		int[] widths = widths(table);
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, (widths[c] + 2) * 256);
		}
		XSSFRow titleRow = sheet.createRow(TITLE_ROW);
		titleRow.setHeightInPoints(this.look.titlePoints() * 2f);
		cell(titleRow, 0, this.styles.title()).setCellValue(table.title());
		XSSFRow header = sheet.createRow(HEADER_ROW);
		int headerLines = 1;
		for (int c = 0; c < columns.size(); c++) {
			cell(header, c, this.styles.header()).setCellValue(columns.get(c).header());
			headerLines = Math.max(headerLines, lines(TextWidth.of(columns.get(c).header()), widths[c]));
		}
		header.setHeightInPoints(lineHeight() * headerLines + 4);
		int r = FIRST_BODY_ROW;
		for (List<Entry> entries : table.rows()) {
			writeBody(sheet.createRow(r), entries, columns, widths, r);
			r++;
		}
		int lastBody = r - 1;
		if (table.isFiltered() && !table.rows().isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastBody, 0, columns.size() - 1));
		}
		if (table.hasTotals()) {
			writeTotals(sheet.createRow(r), table, lastBody);
			r++;
		}
		r++;
		for (String note : table.notes()) {
			cell(sheet.createRow(r), 0, this.styles.note()).setCellValue(note);
			r++;
		}
		int lastColumn = columns.size() - 1;
		if (!table.rows().isEmpty() && !table.charts().isEmpty()) {
			int[] end = drawCharts(sheet, table, widths, lastBody, r + 1);
			r = end[0];
			lastColumn = Math.max(lastColumn, end[1]);
		}
		// Readers print the used cells by default and would cut a chart reaching further.
		this.workbook.setPrintArea(this.workbook.getSheetIndex(sheet), 0, lastColumn, TITLE_ROW, Math.max(r - 1, 1));
		sheet.createFreezePane(0, FIRST_BODY_ROW);
		sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
		pageSetup(sheet, widths);
		return sheet;
	}

	/**
	 * Excel's limit is 31 characters; a name made from a template and an indicator title
	 * may be longer.
	 */
	static String sheetName(String name) {
		return (name.length() > SHEET_NAME_LIMIT) ? name.substring(0, SHEET_NAME_LIMIT) : name;
	}

	private void writeBody(XSSFRow row, List<Entry> entries, List<Column> columns, int[] widths, int rowIndex) {
		int lines = 1;
		for (int c = 0; c < entries.size(); c++) {
			ValueFormat columnFormat = columns.get(c).format();
			Entry entry = entries.get(c);
			if (entry instanceof Entry.Text text) {
				cell(row, c, SpreadsheetText.startsFormula(text.text()) ? this.styles.quotedText()
						: this.styles.body(ValueFormat.TEXT))
					.setCellValue(text.text());
				int breaks = (int) text.text().chars().filter((ch) -> ch == '\n').count();
				lines = Math.max(lines, lines(TextWidth.ofLines(text.text()), widths[c]) + breaks);
			}
			else if (entry instanceof Entry.Num number) {
				cell(row, c, this.styles.body(formatOf(number.format(), columnFormat))).setCellValue(number.value());
			}
			else if (entry instanceof Entry.Formula formula) {
				cell(row, c, this.styles.body(formatOf(formula.format(), columnFormat)))
					.setCellFormula(formula.at(rowIndex + 1));
			}
			else if (entry instanceof Entry.Verdict verdict) {
				cell(row, c, this.styles.verdict(verdict.good())).setCellValue(verdict.text());
			}
			else {
				cell(row, c, this.styles.missing()).setCellValue(this.look.missing());
			}
		}
		if (lines > 1) {
			// Excel's highest row is 409 points: a long case text scrolls inside its cell
			row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lineHeight() * lines + 4));
		}
	}

	private void writeTotals(XSSFRow row, SheetTable table, int lastBody) {
		cell(row, 0, this.styles.totals(ValueFormat.TEXT)).setCellValue(table.totalsLabel());
		List<Column> columns = table.columns();
		for (int c = 1; c < columns.size(); c++) {
			TotalRule rule = table.totals().get(c - 1);
			ValueFormat format = columns.get(c).format();
			String formula = null;
			if (rule instanceof TotalRule.Sum) {
				formula = "SUM(" + range(c, lastBody) + ")";
			}
			else if (rule instanceof TotalRule.PooledRate rate) {
				formula = ratio("SUM(" + range(rate.numeratorColumn(), lastBody) + ")",
						"SUM(" + range(rate.denominatorColumn(), lastBody) + ")");
			}
			else if (rule instanceof TotalRule.WeightedMean mean) {
				formula = ratio("SUMPRODUCT(" + range(mean.valueColumn(), lastBody) + ","
						+ range(mean.weightColumn(), lastBody) + ")",
						"SUM(" + range(mean.weightColumn(), lastBody) + ")");
			}
			if (formula == null) {
				cell(row, c, this.styles.totalsMissing());
			}
			else {
				cell(row, c, this.styles.totals(format)).setCellFormula(formula);
			}
		}
	}

	/** numerator/denominator, or the dash when the denominator is 0 (never a #DIV/0!). */
	private String ratio(String numerator, String denominator) {
		return "IF(" + denominator + "=0," + Tables.quoted(this.look.missing()) + "," + numerator + "/" + denominator
				+ ")";
	}

	private static String range(int column, int lastBody) {
		String letters = CellReference.convertNumToColString(column);
		return letters + (FIRST_BODY_ROW + 1) + ":" + letters + (lastBody + 1);
	}

	/**
	 * Draws the charts one under the other, starting at {@code startRow}.
	 * @return the row after the last chart and the last column any chart reaches
	 */
	private int[] drawCharts(XSSFSheet sheet, SheetTable table, int[] widths, int lastBody, int startRow) {
		int row = startRow;
		int lastColumn = 0;
		int categories = lastBody - FIRST_BODY_ROW + 1;
		for (ChartSpec chart : table.charts()) {
			int chartColumn = columnReaching(widths,
					(chart.type() == ChartSpec.ChartType.PIE) ? PIE_WIDTH : CHART_WIDTH);
			// Horizontal bars need room per category; the others a fixed height.
			int rows = (chart.type() == ChartSpec.ChartType.BAR)
					? Math.min(MAX_CHART_ROWS, Math.max(CHART_ROWS, 6 + categories * 3 / 2)) : CHART_ROWS;
			ChartWriter.draw(sheet, this.look, chart, table, HEADER_ROW, FIRST_BODY_ROW, lastBody,
					new int[] { 0, row, chartColumn + 1, row + rows });
			row += rows + 1;
			lastColumn = Math.max(lastColumn, chartColumn);
		}
		return new int[] { row, lastColumn };
	}

	/** The last column of the band starting at A that is at least {@code width} wide. */
	private static int columnReaching(int[] widths, int width) {
		int total = 0;
		int column = 0;
		while (true) {
			total += ((column < widths.length) ? widths[column] + 2 : DEFAULT_COLUMN_WIDTH);
			if (total >= width) {
				return column;
			}
			column++;
		}
	}

	private void pageSetup(XSSFSheet sheet, int[] widths) {
		int total = 0;
		for (int width : widths) {
			total += width + 2;
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(total > PORTRAIT_WIDTH);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.getFooter().setCenter("第 &P 页 共 &N 页");
	}

	private int[] widths(SheetTable table) {
		List<Column> columns = table.columns();
		int[] widths = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			int header = TextWidth.of(columns.get(c).header());
			// Headers wrap: they may take two lines but no column is narrower than a
			// word.
			widths[c] = Math.max(MIN_COLUMN_WIDTH, Math.min(header, Math.max(8, (header + 1) / 2)));
		}
		for (List<Entry> entries : table.rows()) {
			for (int c = 0; c < entries.size(); c++) {
				widths[c] = Math.max(widths[c], width(entries.get(c), columns.get(c).format()));
			}
		}
		if (table.hasTotals()) {
			widths[0] = Math.max(widths[0], TextWidth.of(table.totalsLabel()));
		}
		for (int c = 0; c < widths.length; c++) {
			widths[c] = Math.min(widths[c], MAX_COLUMN_WIDTH);
		}
		return widths;
	}

	private int width(Entry entry, ValueFormat columnFormat) {
		if (entry instanceof Entry.Text text) {
			return TextWidth.ofLines(text.text());
		}
		if (entry instanceof Entry.Num number) {
			return TextWidth.ofNumber(number.value(), formatOf(number.format(), columnFormat));
		}
		if (entry instanceof Entry.Formula formula) {
			return TextWidth.ofNumber(0, formatOf(formula.format(), columnFormat)) + 2;
		}
		if (entry instanceof Entry.Verdict verdict) {
			return TextWidth.of(verdict.text());
		}
		return TextWidth.of(this.look.missing());
	}

	private static ValueFormat formatOf(ValueFormat own, ValueFormat column) {
		return (own != null) ? own : column;
	}

	private static int lines(int textWidth, int columnWidth) {
		return Math.max(1, (textWidth + columnWidth - 1) / columnWidth);
	}

	private float lineHeight() {
		return this.look.fontPoints() * 1.45f;
	}

	private static XSSFCell cell(XSSFRow row, int column, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

}
