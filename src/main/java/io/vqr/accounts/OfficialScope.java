package io.vqr.accounts;

import java.util.List;

import io.vqr.ops.jobs.Recipient.SchoolFilter;

/**
 * The reports an official may read, stored with the account like a job file's recipient:
 * the provincial report or not, and the school reports of the schools that pass every
 * given criterion (city code prefixes, 办学类型, school codes). No school criterion at all
 * means no school reports: an official's scope is given, never assumed.
 */
public record OfficialScope(boolean province, List<String> cities, List<String> schoolTypes, List<String> schools) {

	public OfficialScope {
		cities = List.copyOf(cities);
		schoolTypes = List.copyOf(schoolTypes);
		schools = List.copyOf(schools);
	}

	public static OfficialScope none() {
		return new OfficialScope(false, List.of(), List.of(), List.of());
	}

	public boolean anySchools() {
		return !this.cities.isEmpty() || !this.schoolTypes.isEmpty() || !this.schools.isEmpty();
	}

	/** Whether a school's report is in the scope. */
	public boolean covers(String schoolCode, String schoolType, String cityCode) {
		return anySchools() && new SchoolFilter(this.cities, this.schoolTypes, this.schools).matches(schoolCode,
				schoolType, cityCode);
	}

	/** The scope in words, for the account list and the official's own page. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (this.province) {
			text.append("省级报告");
		}
		if (anySchools()) {
			if (text.length() > 0) {
				text.append("；");
			}
			text.append("学校报告");
			if (!this.cities.isEmpty()) {
				text.append(" 城市 ").append(String.join("、", this.cities));
			}
			if (!this.schoolTypes.isEmpty()) {
				text.append(" 办学类型 ").append(String.join("、", this.schoolTypes));
			}
			if (!this.schools.isEmpty()) {
				text.append(" 学校 ").append(String.join("、", this.schools));
			}
		}
		return (text.length() > 0) ? text.toString() : "（无）";
	}

}
