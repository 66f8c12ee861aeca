package io.vqr.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Industry;
import io.vqr.standard.Rule;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/**
 * Reads INDUSTRY fields: a GB/T 4754 section letter (C), a 2-digit division (13), the
 * section's name (制造业), or a drop-down form code plus name (C 制造业, 13 农副食品加工业).
 */
final class IndustryReader {

	private static final Pattern CODE_AND_NAME = Pattern.compile("([A-Z]|\\d{2})(.+)");

	private final ReferenceData reference;

	IndustryReader(ReferenceData reference) {
		this.reference = reference;
	}

	ParsedValue read(FieldDef field, RawCell cell) {
		String shown = cell.text().strip();
		String key = TextNormalizer.key(cell.text());
		if (cell.kind() == RawCell.CellKind.NUMBER) {
			key = key.replaceFirst("\\.0+$", "");
			// a division 01–09 typed as a number lost its leading zero
			if (key.matches("\\d")) {
				key = "0" + key;
			}
		}
		String code = key;
		Optional<Industry> industry = byCode(code).or(() -> this.reference.sectionNamed(code));
		if (industry.isEmpty()) {
			Matcher m = CODE_AND_NAME.matcher(code);
			if (m.matches()) {
				String name = m.group(2);
				industry = byCode(m.group(1)).filter((candidate) -> TextNormalizer.key(candidate.name()).equals(name));
			}
		}
		return industry.<ParsedValue>map(this::value)
			.orElseGet(() -> ParsedValue.invalid(Rule.R_INDUSTRY_UNKNOWN, shown, field.label(), shown));
	}

	private Optional<Industry> byCode(String code) {
		return this.reference.industry(code)
			.filter((industry) -> industry.level().equals("section") || industry.level().equals("division"));
	}

	private ParsedValue value(Industry industry) {
		String section = this.reference.sectionOf(industry.code()).map(Industry::code).orElse(industry.code());
		return ParsedValue.of(new IndustryValue(industry.code(), section, industry.name()));
	}

}
