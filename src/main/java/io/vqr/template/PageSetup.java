package io.vqr.template;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Printing: schools print 填报说明 and the blank forms to pass around, so every sheet prints
 * landscape on A4, one page wide, with a table's header repeated on each page.
 */
final class PageSetup {

	private PageSetup() {
	}

	static void landscapeOnePageWide(XSSFSheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
	}

	static void repeatHeaderRows(XSSFSheet sheet, int headerRows) {
		sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
	}

}
