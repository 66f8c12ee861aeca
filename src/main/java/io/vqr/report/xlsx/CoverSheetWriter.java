package io.vqr.report.xlsx;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the cover sheet: title, facts, and the list of the workbook's sheets, each
 * linked to its first cell, so that a reader of a 15-sheet workbook finds a table without
 * scrolling through tabs.
 */
final class CoverSheetWriter {

	private static final int NUMBER_WIDTH = 8;

	private static final int NAME_WIDTH = 24;

	private static final int TITLE_WIDTH = 50;

	private CoverSheetWriter() {
	}

	static XSSFSheet write(XSSFWorkbook workbook, ReportStyles styles, CoverSheet cover, List<SheetTable> tables) {
		XSSFSheet sheet = workbook.createSheet(cover.sheetName());
		sheet.setColumnWidth(0, NUMBER_WIDTH * 256);
		sheet.setColumnWidth(1, NAME_WIDTH * 256);
		sheet.setColumnWidth(2, TITLE_WIDTH * 256);
		int r = 0;
		XSSFRow title = sheet.createRow(r++);
		title.setHeightInPoints(32);
		text(title, 0, styles.title(), cover.title());
		for (String[] fact : cover.facts()) {
			XSSFRow row = sheet.createRow(r++);
			text(row, 0, styles.subtitle(), fact[0]);
			text(row, 1, styles.subtitle(), fact[1]);
		}
		r++;
		XSSFRow header = sheet.createRow(r++);
		for (int c = 0; c < 3; c++) {
			text(header, c, styles.header(), cover.columns().get(c));
		}
		int number = 1;
		for (SheetTable table : tables) {
			XSSFRow row = sheet.createRow(r++);
			row.createCell(0).setCellValue(number++);
			row.getCell(0).setCellStyle(styles.body(ValueFormat.COUNT));
			String sheetName = TableSheetWriter.sheetName(table.sheetName());
			XSSFCell name = text(row, 1, styles.body(ValueFormat.TEXT), sheetName);
			XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
			name.setHyperlink(link);
			name.setCellStyle(styles.bodyLink());
			text(row, 2, styles.body(ValueFormat.TEXT), table.title());
		}
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		return sheet;
	}

	private static XSSFCell text(XSSFRow row, int column, CellStyle style, String value) {
		XSSFCell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(value);
		return cell;
	}

}
