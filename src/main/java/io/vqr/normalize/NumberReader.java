package io.vqr.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.Rule;
import io.vqr.standard.TextNormalizer;
import io.vqr.standard.Unit;
import io.vqr.workbook.RawCell;

/**
 * Reads INTEGER and DECIMAL fields (submission standard section 4, Numbers): numbers or
 * text such as {@code 1,234}, {@code １２３４}, {@code 1 234}, {@code 12人}, {@code 12.0},
 * {@code 96.5%}, {@code 三年}; converts from the unit the cell or header names into the
 * field's unit; checks the hard range.
 */
final class NumberReader {

	/**
	 * Excel shows and computes with 15 significant digits; a formula's binary noise
	 * ({@code 12.000000000000002}) disappears when rounded to them.
	 */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	/** Counting words schools write after a count that are not units of the standard. */
	private static final Set<String> COUNT_WORDS = Set.of("名", "位");

	/** Dimensions of the units a field without a unit (a plain count) accepts. */
	private static final Set<String> COUNTING_DIMENSIONS = Set.of(Unit.PERSON.dimension(), Unit.PIECE.dimension(),
			Unit.SET.dimension(), Unit.VOLUME.dimension());

	private NumberReader() {
	}

	static ParsedValue read(FieldDef field, RawCell cell, Optional<Unit> headerUnit) {
		String shown = cell.text().strip();
		Reading reading;
		switch (cell.kind()) {
			case NUMBER -> {
				Optional<BigDecimal> number = fromNumberCell(cell);
				if (number.isEmpty()) {
					return TypeErrors.of(field, shown, hint(field));
				}
				reading = new Reading(number.get(), Optional.empty());
			}
			case STRING -> {
				Optional<Reading> text = fromText(cell.text());
				if (text.isEmpty()) {
					return TypeErrors.of(field, shown, hint(field));
				}
				reading = text.get();
			}
			case DATE -> {
				return TypeErrors.of(field, shown, "单元格被设置成了日期格式，请改为“常规”或“数值”格式后重新填写。");
			}
			default -> {
				return TypeErrors.of(field, shown, hint(field));
			}
		}
		Optional<BigDecimal> converted = convert(field, reading, headerUnit);
		if (converted.isEmpty()) {
			return TypeErrors.of(field, shown,
					"数值后的单位“" + reading.unit().map(Unit::symbol).orElse("") + "”与本列的单位不符，请只填写数字。");
		}
		BigDecimal value = converted.get();
		if (field.type() == FieldType.INTEGER && !isIntegral(value)) {
			return TypeErrors.of(field, shown, "请填写整数。");
		}
		if (field.minimum().filter((min) -> value.compareTo(min) < 0).isPresent()
				|| field.maximum().filter((max) -> value.compareTo(max) > 0).isPresent()) {
			return ParsedValue.invalid(Rule.R_RANGE, shown, field.label(), plain(value), field.rangeText());
		}
		if (field.type() == FieldType.INTEGER) {
			try {
				return ParsedValue.of(value.longValueExact());
			}
			catch (ArithmeticException ex) {
				return TypeErrors.of(field, shown, "数值过大。");
			}
		}
		return ParsedValue.of(normalized(value));
	}

	private static String hint(FieldDef field) {
		return (field.type() == FieldType.INTEGER) ? "请填写整数，如 12。" : "请填写数字，如 12.5。";
	}

	private static Optional<BigDecimal> fromNumberCell(RawCell cell) {
		try {
			return Optional.of(new BigDecimal(cell.text().strip()).round(EXCEL_PRECISION));
		}
		catch (NumberFormatException ex) {
			if (cell.number() == null || cell.number().isNaN() || cell.number().isInfinite()) {
				return Optional.empty();
			}
			return Optional.of(new BigDecimal(cell.number()).round(EXCEL_PRECISION));
		}
	}

	/** A number written as text, with the unit it names if any. */
	record Reading(BigDecimal value, Optional<Unit> unit) {
	}

	static Optional<Reading> fromText(String text) {
		String compact = TextNormalizer.removeWhitespace(TextNormalizer.halfWidth(text));
		if (compact.isEmpty()) {
			return Optional.empty();
		}
		Optional<Unit> unit = Optional.empty();
		if (compact.endsWith("%")) {
			unit = Optional.of(Unit.PERCENT);
			compact = compact.substring(0, compact.length() - 1);
		}
		else {
			int end = compact.length();
			while (end > 0 && !isNumberChar(compact.charAt(end - 1))) {
				end--;
			}
			String word = compact.substring(end);
			if (!word.isEmpty()) {
				Optional<Unit> named = Unit.ofSymbol(word);
				if (named.isEmpty() && !COUNT_WORDS.contains(word)) {
					return Optional.empty();
				}
				unit = named;
				compact = compact.substring(0, end);
			}
		}
		Optional<Unit> cellUnit = unit;
		return number(compact).map((value) -> new Reading(value, cellUnit));
	}

	private static boolean isNumberChar(char c) {
		return (c >= '0' && c <= '9') || c == '.' || c == ',' || ChineseNumerals.isNumeral(c);
	}

	private static Optional<BigDecimal> number(String text) {
		if (PLAIN.matcher(text).matches()) {
			return Optional.of(new BigDecimal(text));
		}
		if (GROUPED.matcher(text).matches()) {
			return Optional.of(new BigDecimal(text.replace(",", "")));
		}
		OptionalLong chinese = ChineseNumerals.parse(text);
		return chinese.isPresent() ? Optional.of(BigDecimal.valueOf(chinese.getAsLong())) : Optional.empty();
	}

	/**
	 * The value in the field's unit. The cell's own unit ({@code 96.5%}, {@code 3.5万元})
	 * wins over the header's, which wins over the field's. A header unit of another
	 * dimension (学制（人）) is a slip of the header and ignored; a cell unit of another
	 * dimension is not a number of this field (empty). A field without a unit is a plain
	 * count.
	 */
	private static Optional<BigDecimal> convert(FieldDef field, Reading reading, Optional<Unit> headerUnit) {
		Unit target = field.unit();
		if (target == null) {
			// a plain count (招生计划数): 12人, 12个 are fine, 12天 or 12元 are not a count
			return reading.unit().filter((unit) -> !COUNTING_DIMENSIONS.contains(unit.dimension())).isPresent()
					? Optional.empty() : Optional.of(reading.value());
		}
		Unit source = reading.unit()
			.or(() -> headerUnit.filter((unit) -> unit.dimension().equals(target.dimension())))
			.orElse(target);
		if (!source.dimension().equals(target.dimension())) {
			return Optional.empty();
		}
		return Optional.of(target.convertFrom(reading.value(), source));
	}

	private static boolean isIntegral(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	private static BigDecimal normalized(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static String plain(BigDecimal value) {
		return normalized(value).toPlainString();
	}

}
