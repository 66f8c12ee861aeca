package io.vqr.normalize;

import java.util.List;
import java.util.Optional;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;

/**
 * What reading a sheet needs to know about the school, learnt from 基本信息: its 办学类型, which
 * decides how major codes are checked (submission standard 5.2).
 *
 * @param schoolType the 办学类型 entry of code list A, or empty when 基本信息 did not give a
 * valid one
 */
public record SchoolContext(Optional<CodeEntry> schoolType) {

	/** 办学类型 system of the 人社 technician schools (技工院校). */
	static final String TECHNICIAN_SYSTEM = "人社";

	public static SchoolContext unknown() {
		return new SchoolContext(Optional.empty());
	}

	public static SchoolContext of(CodeEntry schoolType) {
		return new SchoolContext(Optional.of(schoolType));
	}

	/** The context from 基本信息's parsed 办学类型 (unknown when it was empty or invalid). */
	public static SchoolContext from(ParsedValue schoolType) {
		return new SchoolContext(schoolType.as(CodeEntry.class));
	}

	/** Whether the school is a 技工院校 (人社 system): 4-digit major codes. */
	public boolean isTechnicianSchool() {
		return this.schoolType.map((type) -> TECHNICIAN_SYSTEM.equals(type.attribute(CodeLists.SYSTEM))).orElse(false);
	}

	/**
	 * The catalog levels a 教育 school's majors may come from: 中职 → 中职, 高职专科 → 高职专科, 职业本科 →
	 * 职业本科 or 高职专科 (a vocational university may also run 专科 majors). Empty for a 技工院校 or
	 * an unknown type.
	 */
	public List<String> majorLevels() {
		if (this.schoolType.isEmpty() || isTechnicianSchool()) {
			return List.of();
		}
		String level = this.schoolType.get().attribute(CodeLists.LEVEL);
		if ("职业本科".equals(level)) {
			return List.of("职业本科", "高职专科");
		}
		return List.of(level);
	}

}
