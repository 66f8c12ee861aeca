package io.vqr.template;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;

/**
 * The label/value form (基本信息): labels in column A, the value cells in column B, nothing
 * to their right (the reader takes the first non-empty cell right of a label, so a note
 * there would be read as the value of an empty field). Rules live in the input prompts.
 */
final class FormSheetWriter {

	static final int LABEL_COLUMN = 0;

	static final int VALUE_COLUMN = 1;

	/** Rows above the first label: a title and a one-line hint. */
	static final int FIRST_FIELD_ROW = 3;

	private static final int VALUE_CHARACTERS = 36;

	private static final float FIELD_ROW_POINTS = 20f;

	private final TemplateStyles styles;

	private final InputRules inputRules;

	FormSheetWriter(TemplateStyles styles, InputRules inputRules) {
		this.styles = styles;
		this.inputRules = inputRules;
	}

	void write(XSSFWorkbook workbook, SheetDef sheetDef, int year) {
		XSSFSheet sheet = workbook.createSheet(sheetDef.name());
		XSSFCell title = sheet.createRow(0).createCell(LABEL_COLUMN);
		title.setCellValue(year + "年度职业院校质量数据采集表　" + sheetDef.name());
		title.setCellStyle(this.styles.title);
		sheet.getRow(0).setHeightInPoints(28);
		sheet.createRow(1)
			.createCell(LABEL_COLUMN)
			.setCellValue(sheetDef.description() + "。带 " + HeaderText.REQUIRED_MARK + " 的项目为必填，各项要求见「"
					+ InstructionsSheetWriter.SHEET_NAME + "」。");
		int labelCharacters = 0;
		for (int i = 0; i < sheetDef.fields().size(); i++) {
			FieldDef field = sheetDef.fields().get(i);
			int rowIndex = FIRST_FIELD_ROW + i;
			XSSFRow row = sheet.createRow(rowIndex);
			row.setHeightInPoints(FIELD_ROW_POINTS);
			XSSFCell label = row.createCell(LABEL_COLUMN);
			label.setCellValue(HeaderText.of(field, this.styles));
			label.setCellStyle(this.styles.formLabel);
			labelCharacters = Math.max(labelCharacters, ColumnWidths.characters(field.header()) + 2);
			XSSFCell value = row.createCell(VALUE_COLUMN);
			value.setCellStyle(this.styles.formValue(field.type()));
			if (field.type() == FieldType.YEAR) {
				// Prefilled: the year is the one thing the template already knows.
				value.setCellValue(Integer.toString(year));
			}
			this.inputRules.apply(sheet, sheetDef, field,
					new CellRangeAddressList(rowIndex, rowIndex, VALUE_COLUMN, VALUE_COLUMN));
		}
		sheet.setColumnWidth(LABEL_COLUMN, ColumnWidths.units(labelCharacters));
		sheet.setColumnWidth(VALUE_COLUMN, ColumnWidths.units(VALUE_CHARACTERS));
		PageSetup.landscapeOnePageWide(sheet);
	}

}
