package io.vqr.feedback;

import java.util.EnumMap;
import java.util.Map;

import io.vqr.feedback.FeedbackStatus.Tone;
import io.vqr.standard.Severity;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of a feedback workbook, created once per workbook and shared: Excel
 * caps a workbook at 64,000 styles and each one costs in every viewer, so no style is
 * ever created per cell.
 */
final class FeedbackStyles {

	/** Fill of a cell with an ERROR: red. */
	static final String ERROR_FILL = "FF8080";

	/** Fill of a cell with a WARNING: yellow. */
	static final String WARNING_FILL = "FFFF00";

	/**
	 * Fill of a cell with only INFO findings: a light blue that shows where the note is
	 * (typically an ignored column's header) without looking like something to fix.
	 */
	static final String INFO_FILL = "BDD7EE";

	static final String GOOD_FILL = "00B050";

	static final String CAUTION_FILL = "FFC000";

	static final String BAD_FILL = "C00000";

	private static final String HEADER_FILL = "D9D9D9";

	private static final String LINK_COLOR = "0563C1";

	/** What a copied cell holds, which decides its number format. */
	enum ValueKind {

		/** Numbers, booleans and blanks: Excel's General format. */
		GENERAL,

		/**
		 * Whole numbers of 12 digits or more, which General would show as 4.40111E+17.
		 */
		WHOLE_NUMBER,

		/** Text, with the text format so that an edit keeps leading zeros. */
		TEXT,

		DATE,

		DATE_TIME

	}

	private final XSSFWorkbook workbook;

	private final Map<ValueKind, Map<Mark, CellStyle>> values = new EnumMap<>(ValueKind.class);

	private final Map<Severity, CellStyle> severityCells = new EnumMap<>(Severity.class);

	private final Map<Tone, CellStyle> verdicts = new EnumMap<>(Tone.class);

	private final CellStyle title;

	private final CellStyle label;

	private final CellStyle note;

	private final CellStyle tableHeader;

	private final CellStyle tableText;

	private final CellStyle tableWrapped;

	private final CellStyle tableNumber;

	private final CellStyle tableLink;

	FeedbackStyles(SXSSFWorkbook workbook) {
		this.workbook = workbook.getXSSFWorkbook();
		for (ValueKind kind : ValueKind.values()) {
			Map<Mark, CellStyle> byMark = new EnumMap<>(Mark.class);
			for (Mark mark : Mark.values()) {
				byMark.put(mark, valueStyle(kind, mark));
			}
			this.values.put(kind, byMark);
		}
		this.title = style(font(16, true, null, false), null);
		this.title.setVerticalAlignment(VerticalAlignment.CENTER);
		this.label = style(font(11, true, null, false), null);
		this.label.setVerticalAlignment(VerticalAlignment.TOP);
		this.note = style(null, null);
		this.note.setWrapText(true);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);
		this.tableHeader = bordered(style(font(11, true, null, false), HEADER_FILL));
		this.tableHeader.setAlignment(HorizontalAlignment.CENTER);
		this.tableHeader.setVerticalAlignment(VerticalAlignment.CENTER);
		this.tableHeader.setWrapText(true);
		this.tableText = bordered(style(null, null));
		this.tableWrapped = bordered(style(null, null));
		this.tableWrapped.setWrapText(true);
		this.tableNumber = bordered(style(null, null));
		this.tableNumber.setAlignment(HorizontalAlignment.CENTER);
		this.tableLink = bordered(style(font(11, false, LINK_COLOR, true), null));
		for (Severity severity : Severity.values()) {
			CellStyle cell = bordered(style(font(11, true, null, false), fill(Mark.of(severity))));
			cell.setAlignment(HorizontalAlignment.CENTER);
			this.severityCells.put(severity, cell);
		}
		this.verdicts.put(Tone.GOOD, verdict(GOOD_FILL, "FFFFFF"));
		this.verdicts.put(Tone.CAUTION, verdict(CAUTION_FILL, null));
		this.verdicts.put(Tone.BAD, verdict(BAD_FILL, "FFFFFF"));
	}

	/**
	 * The style of a copied cell: its number format and the fill of its worst finding.
	 */
	CellStyle value(ValueKind kind, Mark mark) {
		return this.values.get(kind).get(mark);
	}

	CellStyle severity(Severity severity) {
		return this.severityCells.get(severity);
	}

	CellStyle verdict(Tone tone) {
		return this.verdicts.get(tone);
	}

	CellStyle title() {
		return this.title;
	}

	CellStyle label() {
		return this.label;
	}

	CellStyle note() {
		return this.note;
	}

	CellStyle tableHeader() {
		return this.tableHeader;
	}

	CellStyle tableText() {
		return this.tableText;
	}

	CellStyle tableWrapped() {
		return this.tableWrapped;
	}

	CellStyle tableNumber() {
		return this.tableNumber;
	}

	CellStyle tableLink() {
		return this.tableLink;
	}

	private CellStyle valueStyle(ValueKind kind, Mark mark) {
		XSSFCellStyle style = style(null, fill(mark));
		String format = switch (kind) {
			case GENERAL -> null;
			case WHOLE_NUMBER -> "0";
			case TEXT -> "@";
			case DATE -> "yyyy-mm-dd";
			case DATE_TIME -> "yyyy-mm-dd hh:mm";
		};
		if (format != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

	private CellStyle verdict(String fill, String fontColor) {
		XSSFCellStyle style = style(font(16, true, fontColor, false), fill);
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private static String fill(Mark mark) {
		return switch (mark) {
			case NONE -> null;
			case ERROR -> ERROR_FILL;
			case WARNING -> WARNING_FILL;
			case INFO -> INFO_FILL;
		};
	}

	private XSSFCellStyle style(XSSFFont font, String fillRgb) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		if (fillRgb != null) {
			style.setFillForegroundColor(color(fillRgb));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private static CellStyle bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (style.getVerticalAlignment() == VerticalAlignment.BOTTOM) {
			style.setVerticalAlignment(VerticalAlignment.TOP);
		}
		return style;
	}

	private XSSFFont font(int points, boolean bold, String colorRgb, boolean underline) {
		XSSFFont font = this.workbook.createFont();
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		if (colorRgb != null) {
			font.setColor(color(colorRgb));
		}
		if (underline) {
			font.setUnderline(FontUnderline.SINGLE);
		}
		return font;
	}

	private static XSSFColor color(String rgb) {
		byte[] bytes = new byte[3];
		for (int i = 0; i < 3; i++) {
			bytes[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
		}
		return new XSSFColor(bytes);
	}

}
