package io.vqr.report.model;

import java.util.List;

/**
 * 一、学校概况: the school's profile and resources with their per-student values.
 *
 * @param schoolCode 10-digit school code
 * @param schoolName school name
 * @param schoolType 办学类型 (中等职业学校, 高职专科, ...)
 * @param level 办学层次 attribute of the type (中职, 高职专科, 职业本科, 技工)
 * @param thresholdGroup the thresholds column (中职 or 高职)
 * @param ownership 办学性质 (公办, 民办)
 * @param regionCode 6-digit region code as submitted
 * @param regionName name of that region, e.g. 天河区
 * @param cityName name of its city (the region itself when it is a city)
 * @param provinceName name of its province
 * @param students 在校生数 (Σ 在校生数 over majors)
 * @param resources resources with totals and per-student values
 * @param perStudent the per-student indicators (equipment, workstations, books, funding)
 * for Y and Y-1
 */
public record SchoolOverview(String schoolCode, String schoolName, String schoolType, String level,
		String thresholdGroup, String ownership, String regionCode, String regionName, String cityName,
		String provinceName, long students, List<ResourceRow> resources, List<IndicatorComparison> perStudent) {

	public SchoolOverview {
		resources = List.copyOf(resources);
		perStudent = List.copyOf(perStudent);
	}

	/**
	 * What the school is, for the first sentence: {@code 公办技工学校}, {@code 民办高职专科学校}: the
	 * 办学类型 with 学校 only when its name is not already a kind of school (never 技工学校学校).
	 */
	public String kindText() {
		String type = (this.schoolType != null) ? this.schoolType : "职业";
		String kind = type.matches(".*(学校|学院|大学)$") ? type : type + "学校";
		return (this.ownership != null) ? this.ownership + kind : kind;
	}

	/** {@code 广东省广州市天河区}, without repeating a level that is the same region. */
	public String fullRegionName() {
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { this.provinceName, this.cityName, this.regionName }) {
			if (part != null && !name.toString().endsWith(part)) {
				name.append(part);
			}
		}
		return name.toString();
	}

}
