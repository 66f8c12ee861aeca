package io.vqr.feedback;

import java.util.EnumMap;
import java.util.Map;

import io.vqr.feedback.FeedbackStatus.Tone;
import io.vqr.standard.Severity;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.StyleSetter;

/**
 * Every look of a cell of a feedback workbook. The set is fixed and small: Excel caps a
 * workbook at 64,000 styles and each one costs in every viewer, so no look is made up per
 * cell.
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

	private static final Map<ValueKind, Map<Mark, CellLook>> VALUES = new EnumMap<>(ValueKind.class);

	private static final Map<Severity, CellLook> SEVERITIES = new EnumMap<>(Severity.class);

	private static final Map<Tone, CellLook> VERDICTS = new EnumMap<>(Tone.class);

	private static final CellLook TITLE = new CellLook(
			(style) -> style.fontSize(16).bold().verticalAlignment("center"));

	private static final CellLook LABEL = new CellLook((style) -> style.bold().verticalAlignment("top"));

	private static final CellLook NOTE = new CellLook((style) -> style.wrapText(true).verticalAlignment("top"));

	private static final CellLook TABLE_HEADER = new CellLook((style) -> bordered(style).bold()
		.fillColor(HEADER_FILL)
		.horizontalAlignment("center")
		.verticalAlignment("center")
		.wrapText(true));

	private static final CellLook TABLE_TEXT = new CellLook((style) -> bordered(style).verticalAlignment("top"));

	private static final CellLook TABLE_WRAPPED = new CellLook(
			(style) -> bordered(style).verticalAlignment("top").wrapText(true));

	private static final CellLook TABLE_NUMBER = new CellLook(
			(style) -> bordered(style).horizontalAlignment("center").verticalAlignment("top"));

	private static final CellLook TABLE_LINK = new CellLook(
			(style) -> bordered(style).fontColor(LINK_COLOR).underlined().verticalAlignment("top"));

	static {
		for (ValueKind kind : ValueKind.values()) {
			Map<Mark, CellLook> byMark = new EnumMap<>(Mark.class);
			for (Mark mark : Mark.values()) {
				byMark.put(mark, valueLook(kind, mark));
			}
			VALUES.put(kind, byMark);
		}
		for (Severity severity : Severity.values()) {
			String fill = fill(Mark.of(severity));
			SEVERITIES.put(severity,
					new CellLook((style) -> bordered(style).bold()
						.fillColor(fill)
						.horizontalAlignment("center")
						.verticalAlignment("top")));
		}
		VERDICTS.put(Tone.GOOD, verdict(GOOD_FILL, "FFFFFF"));
		VERDICTS.put(Tone.CAUTION, verdict(CAUTION_FILL, null));
		VERDICTS.put(Tone.BAD, verdict(BAD_FILL, "FFFFFF"));
	}

	private FeedbackStyles() {
	}

	/**
	 * The look of a copied cell: its number format and the fill of its worst finding;
	 * null for a General cell without findings, which needs no style.
	 */
	static CellLook value(ValueKind kind, Mark mark) {
		return VALUES.get(kind).get(mark);
	}

	static CellLook severity(Severity severity) {
		return SEVERITIES.get(severity);
	}

	static CellLook verdict(Tone tone) {
		return VERDICTS.get(tone);
	}

	static CellLook title() {
		return TITLE;
	}

	static CellLook label() {
		return LABEL;
	}

	static CellLook note() {
		return NOTE;
	}

	static CellLook tableHeader() {
		return TABLE_HEADER;
	}

	static CellLook tableText() {
		return TABLE_TEXT;
	}

	static CellLook tableWrapped() {
		return TABLE_WRAPPED;
	}

	static CellLook tableNumber() {
		return TABLE_NUMBER;
	}

	static CellLook tableLink() {
		return TABLE_LINK;
	}

	private static CellLook valueLook(ValueKind kind, Mark mark) {
		String format = switch (kind) {
			case GENERAL -> null;
			case WHOLE_NUMBER -> "0";
			case TEXT -> "@";
			case DATE -> "yyyy-mm-dd";
			case DATE_TIME -> "yyyy-mm-dd hh:mm";
		};
		String fill = fill(mark);
		if (format == null && fill == null) {
			return null;
		}
		return new CellLook((style) -> {
			StyleSetter look = (format != null) ? style.format(format) : style;
			return (fill != null) ? look.fillColor(fill) : look;
		});
	}

	private static CellLook verdict(String fill, String fontColor) {
		return new CellLook((style) -> {
			StyleSetter look = style.fontSize(16)
				.bold()
				.fillColor(fill)
				.horizontalAlignment("center")
				.verticalAlignment("center");
			return (fontColor != null) ? look.fontColor(fontColor) : look;
		});
	}

	private static String fill(Mark mark) {
		return switch (mark) {
			case NONE -> null;
			case ERROR -> ERROR_FILL;
			case WARNING -> WARNING_FILL;
			case INFO -> INFO_FILL;
		};
	}

	private static StyleSetter bordered(StyleSetter style) {
		return style.borderStyle(BorderStyle.THIN);
	}

}
