package io.vqr.ops.status;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The submission status of a year: every expected school, and totals by 办学类型, by city and
 * overall.
 */
public record StatusReport(int year, OffsetDateTime generatedAt, List<SchoolStatus> schools, List<StatusTotals> byType,
		List<StatusTotals> byCity, StatusTotals total) {

	static final String UNKNOWN = "（未知）";

	public static StatusReport of(int year, List<SchoolStatus> schools) {
		Map<String, StatusTotals> byType = new TreeMap<>();
		Map<String, StatusTotals> byCity = new LinkedHashMap<>();
		StatusTotals total = StatusTotals.empty("合计");
		List<SchoolStatus> byCityOrder = schools.stream()
			.sorted(java.util.Comparator.comparing((SchoolStatus school) -> Objects.toString(school.cityCode(), "~")))
			.toList();
		for (SchoolStatus school : byCityOrder) {
			String type = Objects.requireNonNullElse(school.schoolType(), UNKNOWN);
			byType.put(type, byType.getOrDefault(type, StatusTotals.empty(type)).plus(school));
			String city = (school.cityName() != null) ? school.cityName()
					: Objects.requireNonNullElse(school.cityCode(), UNKNOWN);
			byCity.put(city, byCity.getOrDefault(city, StatusTotals.empty(city)).plus(school));
			total = total.plus(school);
		}
		return new StatusReport(year, OffsetDateTime.now(), List.copyOf(schools), List.copyOf(byType.values()),
				List.copyOf(byCity.values()), total);
	}

}
