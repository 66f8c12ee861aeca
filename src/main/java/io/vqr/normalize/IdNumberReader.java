package io.vqr.normalize;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.vqr.standard.ReferenceData;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/**
 * Reads ID_NUMBER fields (submission standard 5.3). Messages and shown values carry only
 * the masked form.
 */
final class IdNumberReader {

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");

	private final Predicate<String> provinces;

	IdNumberReader(ReferenceData reference) {
		this.provinces = (code) -> reference.region(code + "0000")
			.filter((region) -> region.level().equals("province"))
			.isPresent();
	}

	/**
	 * A number cell never yields an ID. Excel keeps 15 significant digits, so an 18-digit
	 * number typed into it comes back with its last three digits turned to 0; and a
	 * double cannot hold 18 digits exactly anyway (its spacing there is 64). Even when
	 * the zeroed digits happen to make a valid ID (about one case in eleven, as the check
	 * digit is then 0), they are a guess, not what the school meant, and would put a
	 * stranger's ID in the warehouse. So every number cell of 16 digits or more is
	 * R-ID-PRECISION, and the school re-enters the column as text.
	 */
	ParsedValue read(RawCell cell, LocalDate today) {
		String compact = TextNormalizer.removeWhitespace(TextNormalizer.halfWidth(cell.text()))
			.toUpperCase(Locale.ROOT);
		if (cell.kind() == RawCell.CellKind.NUMBER) {
			String digits = AsciiDigits.withoutZeroDecimals(compact);
			if (digits.length() > RuleParameters.EXCEL_SIGNIFICANT_DIGITS || digits.contains("E")) {
				return precision(compact);
			}
		}
		// 4.40111200603E+17: the column was turned into text after Excel had cut
		// the digits
		if (compact.indexOf('E') >= 0 && SCIENTIFIC.matcher(compact).matches()) {
			return precision(compact);
		}
		IdNumber.Checked checked = IdNumber.check(compact, this.provinces, today);
		return checked.id().<ParsedValue>map(ParsedValue::of).orElseGet(() -> {
			String shown = IdNumber.mask(compact);
			return ParsedValue.invalid(Rule.R_ID_INVALID, shown, shown, checked.reason());
		});
	}

	/** Masked only when a finding shows it: most IDs are valid. */
	private static ParsedValue precision(String compact) {
		String shown = IdNumber.mask(compact);
		return ParsedValue.invalid(Rule.R_ID_PRECISION, shown, shown);
	}

}
