package io.vqr.report.xlsx;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of one report workbook, created once when the workbook is started and
 * shared by all cells: creating styles per cell is slow and runs into Excel's limit of
 * 64,000 styles.
 */
final class ReportStyles {

	private static final String GOOD_FONT = "006100";

	private static final String GOOD_FILL = "C6EFCE";

	private static final String BAD_FONT = "9C0006";

	private static final String BAD_FILL = "FFC7CE";

	private static final String LINK_FONT = "0563C1";

	private final XSSFWorkbook workbook;

	private final WorkbookLook look;

	private final XSSFCellStyle title;

	private final XSSFCellStyle subtitle;

	private final XSSFCellStyle header;

	private final XSSFCellStyle text;

	private final XSSFCellStyle missing;

	private final XSSFCellStyle totalsLabel;

	private final XSSFCellStyle totalsMissing;

	private final XSSFCellStyle good;

	private final XSSFCellStyle bad;

	private final XSSFCellStyle note;

	private final XSSFCellStyle link;

	private final XSSFCellStyle bodyLink;

	/** Body text that would start a formula: Excel's quote-prefix keeps it text. */
	private final XSSFCellStyle quotedText;

	private final Map<ValueFormat, XSSFCellStyle> body = new EnumMap<>(ValueFormat.class);

	private final Map<ValueFormat, XSSFCellStyle> totals = new EnumMap<>(ValueFormat.class);

	ReportStyles(XSSFWorkbook workbook, WorkbookLook look) {
		this.workbook = workbook;
		this.look = look;
		XSSFFont plain = font(look.fontPoints(), false, null, false);
		XSSFFont bold = font(look.fontPoints(), true, null, false);
		this.title = style(font(look.titlePoints(), true, null, false), null);
		this.title.setVerticalAlignment(VerticalAlignment.CENTER);
		this.subtitle = style(plain, null);
		this.subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header = bordered(style(bold, look.headerFill()));
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setWrapText(true);
		this.text = bordered(style(plain, null));
		this.text.setWrapText(true);
		this.missing = bordered(style(plain, null));
		this.missing.setAlignment(HorizontalAlignment.CENTER);
		this.totalsLabel = bordered(style(bold, look.totalsFill()));
		this.totalsLabel.setAlignment(HorizontalAlignment.CENTER);
		this.totalsMissing = bordered(style(bold, look.totalsFill()));
		this.totalsMissing.setAlignment(HorizontalAlignment.CENTER);
		this.good = verdict(GOOD_FONT, GOOD_FILL);
		this.bad = verdict(BAD_FONT, BAD_FILL);
		this.note = style(plain, null);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);
		XSSFFont linkFont = font(look.fontPoints(), false, LINK_FONT, true);
		this.link = style(linkFont, null);
		this.bodyLink = bordered(style(linkFont, null));
		this.quotedText = workbook.createCellStyle();
		this.quotedText.cloneStyleFrom(this.text);
		this.quotedText.setQuotePrefixed(true);
		XSSFDataFormat formats = workbook.createDataFormat();
		for (ValueFormat format : ValueFormat.values()) {
			if (format == ValueFormat.TEXT) {
				this.body.put(format, this.text);
				this.totals.put(format, this.totalsLabel);
				continue;
			}
			short pattern = formats.getFormat(look.pattern(format));
			XSSFCellStyle cell = bordered(style(plain, null));
			cell.setDataFormat(pattern);
			// A formula's dash then lines up with the numbers above and below it.
			cell.setAlignment(HorizontalAlignment.RIGHT);
			this.body.put(format, cell);
			XSSFCellStyle total = bordered(style(bold, look.totalsFill()));
			total.setDataFormat(pattern);
			total.setAlignment(HorizontalAlignment.RIGHT);
			this.totals.put(format, total);
		}
	}

	XSSFCellStyle title() {
		return this.title;
	}

	XSSFCellStyle subtitle() {
		return this.subtitle;
	}

	XSSFCellStyle header() {
		return this.header;
	}

	XSSFCellStyle body(ValueFormat format) {
		return this.body.get(format);
	}

	/**
	 * Body text from a submitted file that begins like a formula ({@code =}, {@code +},
	 * ...): text with Excel's quote-prefix, so it stays text even when an official edits
	 * the cell (SpreadsheetText).
	 */
	XSSFCellStyle quotedText() {
		return this.quotedText;
	}

	/** A body cell without a value: the dash, centred. */
	XSSFCellStyle missing() {
		return this.missing;
	}

	XSSFCellStyle totals(ValueFormat format) {
		return this.totals.get(format);
	}

	XSSFCellStyle totalsMissing() {
		return this.totalsMissing;
	}

	XSSFCellStyle verdict(boolean good) {
		return good ? this.good : this.bad;
	}

	XSSFCellStyle note() {
		return this.note;
	}

	XSSFCellStyle link() {
		return this.link;
	}

	/** A link in a bordered table cell. */
	XSSFCellStyle bodyLink() {
		return this.bodyLink;
	}

	private XSSFCellStyle verdict(String fontRgb, String fillRgb) {
		XSSFCellStyle style = bordered(style(font(this.look.fontPoints(), true, fontRgb, false), fillRgb));
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

	private XSSFCellStyle style(XSSFFont font, String fillRgb) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		if (fillRgb != null) {
			style.setFillForegroundColor(color(fillRgb));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private static XSSFCellStyle bordered(XSSFCellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (style.getVerticalAlignment() == VerticalAlignment.BOTTOM) {
			style.setVerticalAlignment(VerticalAlignment.CENTER);
		}
		return style;
	}

	private XSSFFont font(int points, boolean bold, String colorRgb, boolean underline) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName(this.look.fontName());
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

	static XSSFColor color(String rgb) {
		byte[] bytes = new byte[3];
		for (int i = 0; i < 3; i++) {
			bytes[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
		}
		return new XSSFColor(bytes);
	}

}
