package io.vqr.normalize;

import java.util.List;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Major;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/**
 * Reads MAJOR_CODE fields (submission standard 5.2). 教育 schools: a code of the major
 * catalog at the school's level, with or without the K of a 国家控制专业, stored as the catalog
 * spells it. 技工院校: 4 digits, 专业类别 01–14 or 8xxx; a code that lost its leading zero as a
 * number (127) gets it back (0127).
 */
final class MajorCodeReader {

	private static final String CATALOG = "《职业教育专业目录》";

	private static final int TECHNICIAN_DIGITS = RuleParameters.TECHNICIAN_MAJOR_DIGITS;

	private static final String TECHNICIAN_CATEGORIES = "前两位为" + RuleParameters.technicianCategoriesText() + "，或"
			+ RuleParameters.TECHNICIAN_PROVINCIAL_PREFIX + "开头的省级特色专业";

	private static final String TECHNICIAN_CATALOG = "技工院校专业目录（" + TECHNICIAN_DIGITS + "位代码，" + TECHNICIAN_CATEGORIES
			+ "）";

	private final ReferenceData reference;

	MajorCodeReader(ReferenceData reference) {
		this.reference = reference;
	}

	ParsedValue read(FieldDef field, RawCell cell, SchoolContext school) {
		String shown = cell.text().strip();
		String code = TextNormalizer.key(cell.text());
		if (cell.kind() == RawCell.CellKind.NUMBER) {
			code = AsciiDigits.withoutZeroDecimals(code);
		}
		if (school.isTechnicianSchool()) {
			return technician(code, shown);
		}
		if (school.schoolType().isEmpty()) {
			return anyKnownFormat(code, shown);
		}
		List<String> levels = school.majorLevels();
		if (!catalogShape(code)) {
			return unknown(shown, "应为6位数字（国家控制专业可带K）", CATALOG);
		}
		Optional<Major> major = this.reference.major(code, levels);
		if (major.isPresent()) {
			return ParsedValue.of(new MajorCode(major.get().code(), major));
		}
		String schoolType = school.schoolType().get().name();
		List<Major> elsewhere = this.reference.majorsWithCode(code);
		if (!elsewhere.isEmpty()) {
			return unknown(shown, "是" + elsewhere.get(0).level() + "专业，不在" + schoolType + "可用的专业目录中",
					CATALOG + String.join("、", levels) + "部分");
		}
		return unknown(shown, "不在" + CATALOG + "中", CATALOG + String.join("、", levels) + "部分");
	}

	private ParsedValue technician(String code, String shown) {
		String padded = AsciiDigits.digits(code, TECHNICIAN_DIGITS - 1, TECHNICIAN_DIGITS - 1) ? "0" + code : code;
		if (!AsciiDigits.digits(padded, TECHNICIAN_DIGITS, TECHNICIAN_DIGITS)) {
			return unknown(shown, "应为" + TECHNICIAN_DIGITS + "位数字", TECHNICIAN_CATALOG);
		}
		if (!RuleParameters.technicianCategory(padded)) {
			return unknown(shown, "的前两位不是" + RuleParameters.technicianCategoriesText() + "的专业类别，也不是"
					+ RuleParameters.TECHNICIAN_PROVINCIAL_PREFIX + "开头的省级特色专业", TECHNICIAN_CATALOG);
		}
		return ParsedValue.of(new MajorCode(padded, Optional.empty()));
	}

	/**
	 * Without a valid 办学类型 the level is unknown: accept a catalog code of any level or a
	 * 技工 code; 基本信息 has its own error for the type.
	 */
	private ParsedValue anyKnownFormat(String code, String shown) {
		List<Major> majors = catalogShape(code) ? this.reference.majorsWithCode(code) : List.of();
		if (!majors.isEmpty()) {
			return ParsedValue.of(new MajorCode(majors.get(0).code(), Optional.empty()));
		}
		if (AsciiDigits.digits(code, TECHNICIAN_DIGITS - 1, TECHNICIAN_DIGITS)) {
			return technician(code, shown);
		}
		return unknown(shown, "不是有效的专业代码", CATALOG);
	}

	/** Six digits, and a K for a nationally controlled major. */
	private static boolean catalogShape(String code) {
		return AsciiDigits.digits(code, 6, 6)
				|| (code.length() == 7 && code.charAt(6) == 'K' && AsciiDigits.digitsIn(code, 0, 6));
	}

	private static ParsedValue unknown(String shown, String reason, String catalog) {
		return ParsedValue.invalid(Rule.R_MAJOR_UNKNOWN, shown, shown, reason, catalog);
	}

}
