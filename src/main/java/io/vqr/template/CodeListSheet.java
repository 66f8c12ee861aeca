package io.vqr.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.vqr.standard.CodeList;
import io.vqr.standard.SubmissionStandard;

/**
 * The hidden sheet 代码表 that holds the values of every code list, one column each, and a
 * named range per list for the drop-downs. Excel limits a list typed into a validation to
 * 255 characters; a range has no such limit, so every list goes through a range and grows
 * with the standard without a second code path.
 */
final class CodeListSheet {

	static final String SHEET_NAME = SubmissionStandard.CODE_LIST_SHEET;

	private static final String RANGE_PREFIX = "LIST_";

	private final XSSFSheet sheet;

	private final Map<String, String> rangeNames = new LinkedHashMap<>();

	CodeListSheet(XSSFWorkbook workbook, TemplateStyles styles, List<CodeList> lists) {
		this.sheet = workbook.createSheet(SHEET_NAME);
		XSSFRow titles = this.sheet.createRow(0);
		for (int column = 0; column < lists.size(); column++) {
			CodeList list = lists.get(column);
			List<String> values = list.dropDownValues();
			titles.createCell(column).setCellValue(list.name());
			titles.getCell(column).setCellStyle(styles.header);
			int width = ColumnWidths.characters(list.name());
			for (int i = 0; i < values.size(); i++) {
				XSSFRow row = this.sheet.getRow(i + 1);
				if (row == null) {
					row = this.sheet.createRow(i + 1);
				}
				row.createCell(column).setCellValue(values.get(i));
				width = Math.max(width, ColumnWidths.characters(values.get(i)));
			}
			this.sheet.setColumnWidth(column, ColumnWidths.units(width));
			String rangeName = RANGE_PREFIX + list.key().toUpperCase(Locale.ROOT);
			XSSFName name = workbook.createName();
			name.setNameName(rangeName);
			AreaReference area = new AreaReference(new CellReference(SHEET_NAME, 1, column, true, true),
					new CellReference(SHEET_NAME, values.size(), column, true, true), workbook.getSpreadsheetVersion());
			name.setRefersToFormula(area.formatAsString());
			this.rangeNames.put(list.key(), rangeName);
		}
		workbook.setSheetHidden(workbook.getSheetIndex(this.sheet), true);
	}

	/** The named range that holds the values of the code list with this key. */
	String rangeName(String codeListKey) {
		String name = this.rangeNames.get(codeListKey);
		if (name == null) {
			throw new IllegalArgumentException("code list " + codeListKey + " is not on the " + SHEET_NAME + " sheet");
		}
		return name;
	}

}
