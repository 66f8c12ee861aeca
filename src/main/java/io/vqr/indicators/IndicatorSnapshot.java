package io.vqr.indicators;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.MajorOutcomeRow;
import io.vqr.report.model.MajorRow;

/**
 * Every indicator of every school of year Y and Y-1, the pooled group values, spreads and
 * breakdowns, loaded at once by a fixed number of set-based queries
 * ({@link IndicatorRepository#load}); per-school reports are then built from it in
 * memory.
 */
public final class IndicatorSnapshot {

	/** Breakdown key for the whole province. */
	public static final String PROVINCE = "";

	private final int year;

	private final SortedMap<String, SchoolInfo> schools;

	private final SortedMap<String, SchoolInfo> previousSchools;

	private final Map<String, Map<Indicator, IndicatorValue>> values;

	private final Map<String, Map<Indicator, IndicatorValue>> previousValues;

	private final List<GroupValues> groups;

	private final List<GroupValues> previousGroups;

	private final Map<Indicator, double[]> spreads;

	private final Map<Indicator, Integer> spreadCounts;

	private final Map<String, Map<Breakdown, List<BreakdownItem>>> breakdowns;

	private final Map<String, List<MajorRow>> majors;

	private final Map<String, List<MajorOutcomeRow>> outcomes;

	private final Map<String, String> divisionCodes;

	IndicatorSnapshot(int year, SortedMap<String, SchoolInfo> schools, SortedMap<String, SchoolInfo> previousSchools,
			Map<String, Map<Indicator, IndicatorValue>> values,
			Map<String, Map<Indicator, IndicatorValue>> previousValues, List<GroupValues> groups,
			List<GroupValues> previousGroups, Map<Indicator, double[]> spreads, Map<Indicator, Integer> spreadCounts,
			Map<String, Map<Breakdown, List<BreakdownItem>>> breakdowns, Map<String, List<MajorRow>> majors,
			Map<String, List<MajorOutcomeRow>> outcomes, Map<String, String> divisionCodes) {
		this.year = year;
		this.schools = Collections.unmodifiableSortedMap(schools);
		this.previousSchools = Collections.unmodifiableSortedMap(previousSchools);
		this.values = values;
		this.previousValues = previousValues;
		this.groups = List.copyOf(groups);
		this.previousGroups = List.copyOf(previousGroups);
		this.spreads = spreads;
		this.spreadCounts = spreadCounts;
		this.breakdowns = breakdowns;
		this.majors = majors;
		this.outcomes = outcomes;
		this.divisionCodes = divisionCodes;
	}

	public int year() {
		return this.year;
	}

	/** Schools with current data in Y, by code. */
	public SortedMap<String, SchoolInfo> schools() {
		return this.schools;
	}

	/** Schools with current data in Y-1, by code. */
	public SortedMap<String, SchoolInfo> previousSchools() {
		return this.previousSchools;
	}

	public Optional<SchoolInfo> school(String schoolCode) {
		return Optional.ofNullable(this.schools.get(schoolCode));
	}

	/** The school's value in Y (empty when the school has no data). */
	public IndicatorValue value(String schoolCode, Indicator indicator) {
		return lookup(this.values, schoolCode, indicator);
	}

	/** The school's value in Y-1 (empty when the school has no Y-1 data). */
	public IndicatorValue previousValue(String schoolCode, Indicator indicator) {
		return lookup(this.previousValues, schoolCode, indicator);
	}

	/** Pooled values of Y: by type, by city and the province. */
	public List<GroupValues> groups(GroupKind kind) {
		return this.groups.stream().filter((group) -> group.kind() == kind).toList();
	}

	/** The group's pooled values in Y-1, if it had schools then. */
	public Optional<GroupValues> previousGroup(GroupKind kind, String key) {
		return this.previousGroups.stream()
			.filter((group) -> group.kind() == kind && group.key().equals(key))
			.findFirst();
	}

	public GroupValues province() {
		return groups(GroupKind.PROVINCE).stream()
			.findFirst()
			.orElse(new GroupValues(GroupKind.PROVINCE, "", 0, Map.of()));
	}

	/**
	 * Spread of a key rate across the schools of Y: min, P25, median, P75, max; null when
	 * no school has a value.
	 */
	public double[] spread(Indicator indicator) {
		double[] spread = this.spreads.get(indicator);
		return (spread != null) ? spread.clone() : null;
	}

	/** Schools with a value of the indicator in the spread. */
	public int spreadCount(Indicator indicator) {
		return this.spreadCounts.getOrDefault(indicator, 0);
	}

	/**
	 * A breakdown of a school, or of the province ({@link #PROVINCE}); largest count
	 * first for industries, code order otherwise.
	 */
	public List<BreakdownItem> breakdown(String schoolCode, Breakdown breakdown) {
		return this.breakdowns.getOrDefault(schoolCode, Map.of()).getOrDefault(breakdown, List.of());
	}

	/** The school's majors in Y, in the order submitted. */
	public List<MajorRow> majors(String schoolCode) {
		return this.majors.getOrDefault(schoolCode, List.of());
	}

	/** Graduate outcomes by major in Y. */
	public List<MajorOutcomeRow> outcomes(String schoolCode) {
		return this.outcomes.getOrDefault(schoolCode, List.of());
	}

	/**
	 * The code of a 专业大类 named in a {@link MajorRow#divisionName()} of the school, in the
	 * catalogue of the school's level, or empty.
	 */
	public String divisionCode(String schoolCode, String divisionName) {
		return this.divisionCodes.getOrDefault(divisionKey(schoolCode, divisionName), "");
	}

	static String divisionKey(String schoolCode, String divisionName) {
		return schoolCode + '\u0000' + divisionName;
	}

	private static IndicatorValue lookup(Map<String, Map<Indicator, IndicatorValue>> values, String schoolCode,
			Indicator indicator) {
		IndicatorValue value = values.getOrDefault(schoolCode, Map.of()).get(indicator);
		return (value != null) ? value : IndicatorValue.empty(indicator);
	}

}
