package io.vqr.template;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SheetDef.HeaderGroup;

/**
 * A table sheet (专业与招生, 毕业生去向, 教师, 校企合作): the header, one or two rows high where the
 * standard groups columns, frozen; column formats and validations for the data rows below
 * it; no example row, since a school would submit it.
 */
final class TableSheetWriter {

	/** How many rows below the header carry the validations and drop-downs. */
	static final int DATA_ROWS = 2000;

	/** Headers wider than this wrap instead of widening the column further. */
	private static final int MAX_COLUMN_CHARACTERS = 22;

	private static final int MIN_COLUMN_CHARACTERS = 8;

	private static final int MIN_TEXT_CHARACTERS = 14;

	/** A column of paragraphs (案例正文) is as wide as a short line of a page. */
	private static final int PARAGRAPHS_CHARACTERS = 60;

	private static final float HEADER_LINE_POINTS = 16f;

	private final TemplateStyles styles;

	private final InputRules inputRules;

	TableSheetWriter(TemplateStyles styles, InputRules inputRules) {
		this.styles = styles;
		this.inputRules = inputRules;
	}

	void write(XSSFWorkbook workbook, SheetDef sheetDef) {
		XSSFSheet sheet = workbook.createSheet(sheetDef.name());
		List<FieldDef> fields = sheetDef.fields();
		int headerRows = sheetDef.headerGroups().isEmpty() ? 1 : 2;
		XSSFRow top = sheet.createRow(0);
		XSSFRow bottom = (headerRows == 2) ? sheet.createRow(1) : top;
		int headerLines = 1;
		for (int column = 0; column < fields.size(); column++) {
			FieldDef field = fields.get(column);
			int width = Math.max(minimumCharacters(field),
					Math.max(ColumnWidths.characters(field.example()), ColumnWidths.characters(field.header()) + 1));
			width = (field.type() == FieldType.PARAGRAPHS) ? PARAGRAPHS_CHARACTERS
					: Math.min(width, MAX_COLUMN_CHARACTERS);
			sheet.setColumnWidth(column, ColumnWidths.units(width));
			headerLines = Math.max(headerLines, ColumnWidths.lines(field.header() + "*", ColumnWidths.units(width)));
			header(bottom, column, field);
			if (headerRows == 2) {
				Optional<HeaderGroup> group = sheetDef.groupOf(field.key());
				if (group.isPresent()) {
					groupTitle(sheet, top, column, sheetDef, group.get());
				}
				else {
					// The header also sits in the cell the vertical merge hides, so that
					// even a
					// reader that ignores merges finds every header in the second row.
					header(top, column, field);
					sheet.addMergedRegion(new CellRangeAddress(0, 1, column, column));
				}
			}
			XSSFCellStyle columnStyle = this.styles.column(field.type());
			if (columnStyle != null) {
				sheet.setDefaultColumnStyle(column, columnStyle);
			}
			this.inputRules.apply(sheet, sheetDef, field,
					new CellRangeAddressList(headerRows, headerRows + DATA_ROWS - 1, column, column));
		}
		float headerHeight = Math.max(sheet.getDefaultRowHeightInPoints(), headerLines * HEADER_LINE_POINTS);
		bottom.setHeightInPoints((headerRows == 2) ? HEADER_LINE_POINTS + 4 : headerHeight + 4);
		if (headerRows == 2) {
			top.setHeightInPoints(headerHeight);
		}
		sheet.createFreezePane(0, headerRows);
		PageSetup.landscapeOnePageWide(sheet);
		PageSetup.repeatHeaderRows(sheet, headerRows);
	}

	/** Free text such as names gets room beyond its short example. */
	private static int minimumCharacters(FieldDef field) {
		return (field.type() == FieldType.TEXT || field.type() == FieldType.PARAGRAPHS) ? MIN_TEXT_CHARACTERS
				: MIN_COLUMN_CHARACTERS;
	}

	private void header(XSSFRow row, int column, FieldDef field) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(HeaderText.of(field, this.styles));
		cell.setCellStyle(this.styles.header);
	}

	/** The merged parent over its fields, written once at the group's first column. */
	private void groupTitle(XSSFSheet sheet, XSSFRow top, int column, SheetDef sheetDef, HeaderGroup group) {
		XSSFCell cell = top.createCell(column);
		cell.setCellStyle(this.styles.header);
		int first = sheetDef.fields().indexOf(sheetDef.field(group.fieldKeys().get(0)).orElseThrow());
		if (column != first) {
			return;
		}
		int last = first + group.fieldKeys().size() - 1;
		for (int i = 0; i < group.fieldKeys().size(); i++) {
			if (!sheetDef.fields().get(first + i).key().equals(group.fieldKeys().get(i))) {
				throw new IllegalStateException(
						"header group " + group.title() + " of " + sheetDef.name() + " is not consecutive");
			}
		}
		cell.setCellValue(group.title());
		sheet.addMergedRegion(new CellRangeAddress(0, 0, first, last));
	}

}
