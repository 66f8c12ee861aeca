package io.vqr.indicators;

import java.util.List;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;

import static io.vqr.indicators.StandardCodes.sqlList;

/**
 * Which schools a snapshot covers: all of them, or those of one 办学层次 (code list A's level
 * attribute), classified by each school-year's own file. A city report is about its 中职
 * schools only: over a {@link #level} scope the city groups of a snapshot are the city's
 * 中职 values and its province group the province's 中职 values, pooled by the same SQL as
 * every other group.
 *
 * @param name what the scope is, for logs and cache keys ({@code all}, {@code 中职})
 * @param schoolTypes the 办学类型 names it holds, empty for all schools
 */
public record SchoolScope(String name, List<String> schoolTypes) {

	/** Every school. */
	public static final SchoolScope ALL = new SchoolScope("all", List.of());

	/** The 中职 level: 中等职业学校 (技工院校 are 人社's 技工 level). */
	public static final String SECONDARY_LEVEL = "中职";

	public SchoolScope {
		schoolTypes = List.copyOf(schoolTypes);
	}

	/** The 办学类型 whose level attribute is {@code level}. */
	public static SchoolScope level(String level) {
		List<String> types = CodeLists.get(CodeLists.SCHOOL_TYPE)
			.entries()
			.stream()
			.filter((entry) -> level.equals(entry.attribute(CodeLists.LEVEL)))
			.map(CodeEntry::name)
			.toList();
		if (types.isEmpty()) {
			throw new IllegalArgumentException("no 办学类型 has the level " + level);
		}
		return new SchoolScope(level, types);
	}

	/** The 中职 schools, those a city report is about. */
	public static SchoolScope secondary() {
		return level(SECONDARY_LEVEL);
	}

	public boolean isAll() {
		return this.schoolTypes.isEmpty();
	}

	public boolean includes(String schoolType) {
		return isAll() || (schoolType != null && this.schoolTypes.contains(schoolType));
	}

	/**
	 * The view's relation {@code (year, school_code, submission_id, review_state)}
	 * limited to the files of this scope's 办学类型.
	 */
	public String relation(DataView view) {
		if (isAll()) {
			return view.relation();
		}
		return "(select sv.* from " + view.relation()
				+ " sv join fact_profile sp on sp.submission_id = sv.submission_id" + " where sp.school_type in "
				+ sqlList(this.schoolTypes) + ")";
	}

}
