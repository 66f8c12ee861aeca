package io.vqr.normalize;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import io.vqr.standard.CodeList;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.TextNormalizer;
import io.vqr.standard.Unit;
import io.vqr.workbook.RawCell;

/**
 * Reads a cell as its field's type (submission standard sections 4 and 5). The one entry
 * point of {@code io.vqr.normalize}; thread-safe.
 *
 * <p>
 * A valid value is, per {@link FieldType}: TEXT → {@link String} (cleaned); INTEGER →
 * {@link Long}; DECIMAL → {@link java.math.BigDecimal} (in the field's unit); DATE →
 * {@link DateValue}; YES_NO → {@link Boolean}; CODE → {@link io.vqr.standard.CodeEntry};
 * ID_NUMBER → {@link IdNumber}; CREDIT_CODE → {@link String}; REGION_CODE →
 * {@link ReferenceData.Region}; INDUSTRY → {@link IndustryValue}; MAJOR_CODE →
 * {@link MajorCode}; SCHOOL_CODE → {@link String} (its digits); YEAR → {@link Long}.
 */
public final class ValueParser {

	/** Compiled once: these run for every cell. */
	private static final Pattern TRAILING_ZERO_DECIMALS = Pattern.compile("\\.0+$");

	private static final Pattern YEAR_SUFFIX = Pattern.compile("年度?$");

	private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

	private final Clock clock;

	private final IdNumberReader idNumbers;

	private final RegionReader regions;

	private final IndustryReader industries;

	private final MajorCodeReader majors;

	public ValueParser() {
		this(ReferenceData.get(), Clock.systemDefaultZone());
	}

	/**
	 * @param clock today's date, before which a date of birth in an ID number must lie
	 */
	public ValueParser(ReferenceData reference, Clock clock) {
		this.clock = clock;
		this.idNumbers = new IdNumberReader(reference);
		this.regions = new RegionReader(reference);
		this.industries = new IndustryReader(reference);
		this.majors = new MajorCodeReader(reference);
	}

	/**
	 * Reads one cell.
	 * @param field the field the cell's column or label stands for
	 * @param cell the cell, or null when the row has none in that column
	 * @param headerUnit the unit the header or label names, e.g. 元 in {@code 月收入（元）}
	 * @param school what 基本信息 said about the school (for major codes)
	 * @return {@link ParsedValue#EMPTY} for an empty cell (the requirement check decides
	 * whether that is allowed), the typed value, or the rule it breaks
	 */
	public ParsedValue parse(FieldDef field, RawCell cell, Optional<Unit> headerUnit, SchoolContext school) {
		if (cell == null || cell.text() == null
				|| (TextNormalizer.isBlank(cell.text()) && !cell.formulaWithoutValue())) {
			return ParsedValue.EMPTY;
		}
		if (cell.formulaWithoutValue()) {
			return TypeErrors.of(field, shownValue(field, cell.text()), "该单元格是没有计算结果的公式，请在 Excel 中重新计算并保存，或直接填写数值。");
		}
		if (cell.kind() == RawCell.CellKind.ERROR) {
			return TypeErrors.of(field, shownValue(field, cell.text()), "单元格为错误值，请更正公式或直接填写。");
		}
		return switch (field.type()) {
			case TEXT -> text(cell);
			case PARAGRAPHS -> paragraphs(cell);
			case INTEGER, DECIMAL -> NumberReader.read(field, cell, headerUnit);
			case DATE -> DateReader.read(field, cell);
			case YES_NO -> YesNoReader.read(field, cell);
			case CODE -> code(field, cell);
			case ID_NUMBER -> this.idNumbers.read(cell, LocalDate.now(this.clock));
			case CREDIT_CODE -> creditCode(cell);
			case REGION_CODE -> this.regions.read(field, cell);
			case INDUSTRY -> this.industries.read(field, cell);
			case MAJOR_CODE -> this.majors.read(field, cell, school);
			case SCHOOL_CODE -> schoolCode(cell);
			case YEAR -> year(field, cell);
		};
	}

	/**
	 * The field's default ({@link FieldDef#defaultValue()}, e.g. 0 days of practice) read
	 * as its type, or empty when it has none.
	 */
	public ParsedValue defaultValue(FieldDef field) {
		if (field.defaultValue() == null) {
			return ParsedValue.EMPTY;
		}
		RawCell cell = new RawCell(0, RawCell.CellKind.STRING, field.defaultValue(), null, null, false, false);
		return parse(field, cell, Optional.empty(), SchoolContext.unknown());
	}

	/**
	 * A cell's text as a finding may show it: as written, but masked for an ID number
	 * field, so a raw ID never reaches a finding, a log or the feedback workbook.
	 */
	public static String shownValue(FieldDef field, String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		if (field.type() == FieldType.ID_NUMBER) {
			return IdNumber.mask(TextNormalizer.removeWhitespace(stripped));
		}
		if (field.type() == FieldType.TEXT || field.type() == FieldType.PARAGRAPHS) {
			// A case text that names a phone or ID number is an error; the finding must
			// not repeat the number.
			return PersonalNumbers.mask(stripped);
		}
		return stripped;
	}

	private static ParsedValue text(RawCell cell) {
		String text = TextNormalizer.cleanText(cell.text());
		return text.isEmpty() ? ParsedValue.EMPTY : ParsedValue.of(text);
	}

	private static ParsedValue paragraphs(RawCell cell) {
		String text = TextNormalizer.cleanParagraphs(cell.text());
		return text.isEmpty() ? ParsedValue.EMPTY : ParsedValue.of(text);
	}

	private static ParsedValue code(FieldDef field, RawCell cell) {
		CodeList list = CodeLists.get(field.codeList());
		String text = cell.text().strip();
		if (cell.kind() == RawCell.CellKind.NUMBER) {
			text = TRAILING_ZERO_DECIMALS.matcher(text).replaceFirst("");
		}
		String shown = text;
		return list.resolve(text)
			.<ParsedValue>map(ParsedValue::of)
			.orElseGet(() -> ParsedValue.invalid(Rule.forUnknownCode(field.codeList()), shown, field.label(), shown,
					list.name(), String.join("、", list.dropDownValues())));
	}

	private static ParsedValue creditCode(RawCell cell) {
		String code = TextNormalizer.key(cell.text());
		String shown = cell.text().strip();
		return CreditCodes.problem(code)
			.<ParsedValue>map((problem) -> ParsedValue.invalid(Rule.R_CREDIT_CODE, shown, shown, problem))
			.orElseGet(() -> ParsedValue.of(code));
	}

	private static ParsedValue schoolCode(RawCell cell) {
		String code = TRAILING_ZERO_DECIMALS.matcher(TextNormalizer.key(cell.text())).replaceFirst("");
		String shown = cell.text().strip();
		if (AsciiDigits.digits(code, RuleParameters.SCHOOL_CODE_DIGITS, RuleParameters.SCHOOL_CODE_DIGITS)) {
			return ParsedValue.of(code);
		}
		return ParsedValue.invalid(Rule.F_SCHOOL_UNKNOWN, shown,
				"“" + shown + "”不是" + RuleParameters.SCHOOL_CODE_DIGITS + "位数字");
	}

	private static ParsedValue year(FieldDef field, RawCell cell) {
		String year = YEAR_SUFFIX
			.matcher(TRAILING_ZERO_DECIMALS.matcher(TextNormalizer.key(cell.text())).replaceFirst(""))
			.replaceFirst("");
		if (FOUR_DIGITS.matcher(year).matches()) {
			return ParsedValue.of(Long.valueOf(year));
		}
		return TypeErrors.of(field, cell.text().strip(), "请填写4位年份，如 2024。");
	}

}
