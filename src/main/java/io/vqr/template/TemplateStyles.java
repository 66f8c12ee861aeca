package io.vqr.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.vqr.standard.FieldType;

/**
 * The few cell styles of the template, created once per workbook (Excel limits the number
 * of styles, so they are shared, never created per cell).
 */
final class TemplateStyles {

	/** Excel's built-in format for text: what is typed stays as typed. */
	static final String TEXT_FORMAT = "@";

	static final String DATE_FORMAT = "yyyy-mm-dd";

	/** A light blue, as Excel's own table headers use. */
	private static final byte[] HEADER_FILL_RGB = { (byte) 0xDD, (byte) 0xEB, (byte) 0xF7 };

	final XSSFCellStyle title;

	final XSSFCellStyle sectionTitle;

	final XSSFCellStyle paragraph;

	final XSSFCellStyle header;

	final XSSFCellStyle tableCell;

	final XSSFCellStyle formLabel;

	final XSSFCellStyle textColumn;

	/**
	 * Text in paragraphs (案例正文): wrapped, so a school sees its paragraphs as it types.
	 */
	final XSSFCellStyle paragraphsColumn;

	final XSSFCellStyle dateColumn;

	final XSSFCellStyle formTextValue;

	final XSSFCellStyle formNumberValue;

	final XSSFCellStyle formDateValue;

	/** The red of the {@code *} that marks a required column. */
	final XSSFFont requiredMark;

	TemplateStyles(XSSFWorkbook workbook) {
		XSSFFont bold = workbook.createFont();
		bold.setBold(true);
		XSSFFont titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 16);
		XSSFFont sectionFont = workbook.createFont();
		sectionFont.setBold(true);
		sectionFont.setFontHeightInPoints((short) 12);
		this.requiredMark = workbook.createFont();
		this.requiredMark.setBold(true);
		this.requiredMark.setColor(IndexedColors.RED.getIndex());

		this.title = workbook.createCellStyle();
		this.title.setFont(titleFont);
		this.title.setVerticalAlignment(VerticalAlignment.CENTER);

		this.sectionTitle = workbook.createCellStyle();
		this.sectionTitle.setFont(sectionFont);
		this.sectionTitle.setVerticalAlignment(VerticalAlignment.CENTER);

		this.paragraph = workbook.createCellStyle();
		this.paragraph.setWrapText(true);
		this.paragraph.setVerticalAlignment(VerticalAlignment.TOP);

		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(new XSSFColor(HEADER_FILL_RGB, null));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setWrapText(true);
		border(this.header);

		this.tableCell = workbook.createCellStyle();
		this.tableCell.setWrapText(true);
		this.tableCell.setVerticalAlignment(VerticalAlignment.TOP);
		border(this.tableCell);

		this.formLabel = workbook.createCellStyle();
		this.formLabel.cloneStyleFrom(this.header);
		this.formLabel.setAlignment(HorizontalAlignment.LEFT);

		this.textColumn = workbook.createCellStyle();
		this.textColumn.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));

		this.paragraphsColumn = workbook.createCellStyle();
		this.paragraphsColumn.cloneStyleFrom(this.textColumn);
		this.paragraphsColumn.setWrapText(true);
		this.paragraphsColumn.setVerticalAlignment(VerticalAlignment.TOP);

		this.dateColumn = workbook.createCellStyle();
		this.dateColumn.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));

		this.formNumberValue = workbook.createCellStyle();
		this.formNumberValue.setAlignment(HorizontalAlignment.LEFT);
		this.formNumberValue.setVerticalAlignment(VerticalAlignment.CENTER);
		border(this.formNumberValue);

		this.formTextValue = workbook.createCellStyle();
		this.formTextValue.cloneStyleFrom(this.formNumberValue);
		this.formTextValue.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));

		this.formDateValue = workbook.createCellStyle();
		this.formDateValue.cloneStyleFrom(this.formNumberValue);
		this.formDateValue.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
	}

	/** The default style of a data column of this type, or null for numbers. */
	XSSFCellStyle column(FieldType type) {
		if (type == FieldType.PARAGRAPHS) {
			return this.paragraphsColumn;
		}
		if (type.isTextual()) {
			return this.textColumn;
		}
		return (type == FieldType.DATE) ? this.dateColumn : null;
	}

	/** The style of a 基本信息 value cell of this type. */
	XSSFCellStyle formValue(FieldType type) {
		if (type.isTextual()) {
			return this.formTextValue;
		}
		return (type == FieldType.DATE) ? this.formDateValue : this.formNumberValue;
	}

	private static void border(XSSFCellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
		style.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
		style.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
		style.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
	}

}
