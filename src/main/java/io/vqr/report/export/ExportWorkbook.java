package io.vqr.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vqr.indicators.DataView;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorKind;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolInfo;
import io.vqr.report.model.IndicatorValue;
import io.vqr.workbook.XmlTransformers;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code export --format xlsx}: the indicators of every school for an official to read in
 * Excel: one sheet, Chinese headers (学校代码, 学校名称, 指标, 单位, 数值, 分子, 分母, and 审核状态 for a
 * draft), number formats by indicator (rates as percentages), a frozen header with a
 * filter. A draft carries the draft mark above the header. Streamed, so a province of
 * thousands of schools does not hold the sheet in memory.
 */
final class ExportWorkbook {

	static {
		XmlTransformers.skipProviderLookup();
	}

	static final List<String> HEADERS = List.of("学校代码", "学校名称", "指标", "单位", "数值", "分子", "分母");

	static final String REVIEW_STATE_HEADER = "审核状态";

	private static final int[] WIDTHS = { 13, 36, 34, 8, 14, 16, 14, 12 };

	private ExportWorkbook() {
	}

	static int write(IndicatorSnapshot snapshot, OutputStream out) throws IOException {
		boolean draft = snapshot.view().isDraft();
		SXSSFWorkbook workbook = new SXSSFWorkbook(500);
		try {
			Styles styles = new Styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(snapshot.year() + "年度指标");
			int r = 0;
			if (draft) {
				Row band = sheet.createRow(r++);
				band.setHeightInPoints(20);
				text(band, 0, DataView.DRAFT_MARK, styles.draft);
				sheet.getHeader().setCenter(DataView.DRAFT_MARK);
			}
			int headerRow = r;
			Row header = sheet.createRow(r++);
			int columns = HEADERS.size() + (draft ? 1 : 0);
			for (int c = 0; c < columns; c++) {
				text(header, c, (c < HEADERS.size()) ? HEADERS.get(c) : REVIEW_STATE_HEADER, styles.header);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			int rows = 0;
			for (SchoolInfo school : snapshot.schools().values()) {
				for (Indicator indicator : IndicatorCatalog.forYear(snapshot.year())) {
					IndicatorValue value = snapshot.value(school.schoolCode(), indicator);
					Row row = sheet.createRow(r++);
					text(row, 0, school.schoolCode(), styles.text);
					// A name from a school's file stays text, even when a reader edits
					// it.
					text(row, 1, school.schoolName(),
							SpreadsheetText.startsFormula(school.schoolName()) ? styles.quotedText : styles.text);
					text(row, 2, indicator.title(), styles.text);
					text(row, 3, indicator.unit(), styles.text);
					number(row, 4, value.value(), styles.value(indicator));
					number(row, 5, value.numerator(), styles.base(value.numerator()));
					number(row, 6, value.denominator(), styles.base(value.denominator()));
					if (draft) {
						text(row, 7, school.reviewState().label(), styles.text);
					}
					rows++;
				}
			}
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, columns - 1));
			sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
			workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("vqr");
			workbook.write(out);
			return rows;
		}
		finally {
			workbook.close();
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	/** An empty value is an empty cell, never 0. */
	private static void number(Row row, int column, Double value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static final class Styles {

		private final SXSSFWorkbook workbook;

		final CellStyle header;

		final CellStyle text;

		final CellStyle quotedText;

		final CellStyle draft;

		private final Map<String, CellStyle> numbers = new HashMap<>();

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setBorderBottom(BorderStyle.THIN);
			this.text = workbook.createCellStyle();
			this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			this.quotedText = workbook.createCellStyle();
			this.quotedText.cloneStyleFrom(this.text);
			this.quotedText.setQuotePrefixed(true);
			Font red = workbook.createFont();
			red.setBold(true);
			red.setColor(IndexedColors.RED.getIndex());
			this.draft = workbook.createCellStyle();
			this.draft.setFont(red);
		}

		/**
		 * The value's format: 96.5% for rates, grouped digits with the indicator's
		 * decimals.
		 */
		CellStyle value(Indicator indicator) {
			if (indicator.kind() == IndicatorKind.RATE) {
				return number("0.0%");
			}
			return number((indicator.decimals() == 0) ? "#,##0" : "#,##0." + "0".repeat(indicator.decimals()));
		}

		/** A numerator or denominator: whole numbers without decimals. */
		CellStyle base(Double value) {
			return number((value == null || value == Math.rint(value)) ? "#,##0" : "#,##0.00");
		}

		private CellStyle number(String format) {
			return this.numbers.computeIfAbsent(format, (key) -> {
				CellStyle style = this.workbook.createCellStyle();
				style.setDataFormat(this.workbook.createDataFormat().getFormat(key));
				return style;
			});
		}

	}

}
