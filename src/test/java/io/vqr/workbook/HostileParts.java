package io.vqr.workbook;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small workbook to rewrite into crafted packages. */
final class HostileParts {

	static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	static final String SHEET1 = "xl/worksheets/sheet1.xml";

	static final String STYLES = "xl/styles.xml";

	private HostileParts() {
	}

	/**
	 * Sheet 基本信息 with A1 学校代码 and B1 4401012345, both shared strings (0 and 1); the
	 * shared-strings part holds exactly these two.
	 */
	static Path sample(Path dir, String name) throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		var row = workbook.createSheet("基本信息").createRow(0);
		row.createCell(0).setCellValue("学校代码");
		row.createCell(1).setCellValue("4401012345");
		return WorkbookFixtures.write(workbook, dir.resolve(name));
	}

	/** The XML with a DOCTYPE after its declaration, if it has one. */
	static String withDoctype(String xml, String doctype) {
		int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
		return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
	}

	/** A worksheet with one more cell in row 1. */
	static String withCell(String sheetXml, String cell) {
		return sheetXml.replace("</row>", cell + "</row>");
	}

}
