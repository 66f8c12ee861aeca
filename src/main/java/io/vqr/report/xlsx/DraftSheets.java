package io.vqr.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Marks every sheet of a rendered report workbook as a draft (review-workflow.md): the
 * mark opens the sheet's first cell in red before its title, is printed in the header of
 * every page, and the sheet's tab is red. Works on the finished workbook, so it does not
 * depend on the template's layout.
 */
public final class DraftSheets {

	private DraftSheets() {
	}

	/**
	 * Reads the workbook {@code in}, marks it and writes it to {@code out}, left open.
	 */
	public static void mark(InputStream in, String mark, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFFont red = workbook.createFont();
			red.setBold(true);
			red.setColor(IndexedColors.RED.getIndex());
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				mark(workbook.getSheetAt(i), mark, red);
			}
			workbook.write(out);
		}
	}

	private static void mark(XSSFSheet sheet, String mark, XSSFFont red) {
		XSSFRow row = (sheet.getRow(0) != null) ? sheet.getRow(0) : sheet.createRow(0);
		XSSFCell cell = (row.getCell(0) != null) ? row.getCell(0) : row.createCell(0);
		String title = (cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : "";
		String prefix = "【" + mark + "】";
		XSSFRichTextString text = new XSSFRichTextString(title.isEmpty() ? prefix : prefix + " " + title);
		text.applyFont(0, prefix.length(), red);
		if (text.length() > prefix.length()) {
			XSSFCellStyle style = cell.getCellStyle();
			text.applyFont(prefix.length(), text.length(), style.getFont());
		}
		cell.setCellValue(text);
		sheet.getHeader().setCenter(mark);
		sheet.setTabColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] { (byte) 0xC0, 0x1F, 0x1F }));
	}

}
