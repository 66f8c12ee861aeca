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

	private final DataView view;

	private final SortedMap<String, SchoolInfo> schools;

	private final SortedMap<String, SchoolInfo> previousSchools;

	private final Map<String, Map<Indicator, IndicatorValue>> values;

	private final Map<String, Map<Indicator, IndicatorValue>> previousValues;

	private final List<GroupValues> groups;

	private final List<GroupValues> previousGroups;

	private final Common common;

	private final Map<String, Long> excludedIncomes;

	private final Map<Indicator, double[]> spreads;

	private final Map<Indicator, Integer> spreadCounts;

	private final Map<String, Map<Breakdown, List<BreakdownItem>>> breakdowns;

	private final Map<String, List<MajorRow>> majors;

	private final Map<String, List<MajorOutcomeRow>> outcomes;

	private final Map<String, String> divisionCodes;

	private final Submitted submitted;

	/**
	 * The groups over the schools with data in both Y and Y-1 (classified by Y), for each
	 * year.
	 */
	record Common(List<GroupValues> current, List<GroupValues> previous) {

		Common {
			current = List.copyOf(current);
			previous = List.copyOf(previous);
		}

	}

	/**
	 * The {@link SubmittedFigures} of each school in Y and Y-1, by school code and field
	 * key; a figure not given is not in the map.
	 */
	record Submitted(Map<String, Map<String, Double>> current, Map<String, Map<String, Double>> previous) {

	}

	IndicatorSnapshot(int year, DataView view, SortedMap<String, SchoolInfo> schools,
			SortedMap<String, SchoolInfo> previousSchools, Map<String, Map<Indicator, IndicatorValue>> values,
			Map<String, Map<Indicator, IndicatorValue>> previousValues, List<GroupValues> groups,
			List<GroupValues> previousGroups, Common common, Map<String, Long> excludedIncomes,
			Map<Indicator, double[]> spreads, Map<Indicator, Integer> spreadCounts,
			Map<String, Map<Breakdown, List<BreakdownItem>>> breakdowns, Map<String, List<MajorRow>> majors,
			Map<String, List<MajorOutcomeRow>> outcomes, Map<String, String> divisionCodes, Submitted submitted) {
		this.year = year;
		this.view = view;
		this.schools = Collections.unmodifiableSortedMap(schools);
		this.previousSchools = Collections.unmodifiableSortedMap(previousSchools);
		this.values = values;
		this.previousValues = previousValues;
		this.groups = List.copyOf(groups);
		this.previousGroups = List.copyOf(previousGroups);
		this.common = common;
		this.excludedIncomes = Map.copyOf(excludedIncomes);
		this.spreads = spreads;
		this.spreadCounts = spreadCounts;
		this.breakdowns = breakdowns;
		this.majors = majors;
		this.outcomes = outcomes;
		this.divisionCodes = divisionCodes;
		this.submitted = submitted;
	}

	public int year() {
		return this.year;
	}

	/** Which files the figures come from: official, or the drafts under review. */
	public DataView view() {
		return this.view;
	}

	/** Schools with a file of the view in Y, by code. */
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

	/**
	 * The group's pooled values in Y-1 over the schools it had in both years (year over
	 * year compares the same schools), if there is any such school. The group is that of
	 * Y: a school that moved is counted where it is now.
	 */
	public Optional<GroupValues> previousGroup(GroupKind kind, String key) {
		return find(this.common.previous(), kind, key);
	}

	/**
	 * The group's pooled values in Y over the schools it had in both years: what a change
	 * against {@link #previousGroup} is computed from.
	 */
	public Optional<GroupValues> comparableGroup(GroupKind kind, String key) {
		return find(this.common.current(), kind, key);
	}

	/**
	 * The group's pooled values in Y-1 over all its schools of Y-1 (classified by their
	 * Y-1 办学类型 and city), whether or not they have data in Y.
	 */
	public Optional<GroupValues> previousGroupAsSubmitted(GroupKind kind, String key) {
		return find(this.previousGroups, kind, key);
	}

	/**
	 * How the group's Y and Y-1 sets of schools compare: the count in Y, the count in Y-1
	 * (as classified in Y-1), and the count present in both.
	 */
	public SchoolSets schoolSets(GroupKind kind, String key) {
		int current = find(this.groups, kind, key).map(GroupValues::schools).orElse(0);
		int both = comparableGroup(kind, key).map(GroupValues::schools).orElse(0);
		int previous = find(this.previousGroups, kind, key).map(GroupValues::schools).orElse(0);
		return new SchoolSets(current, previous, both);
	}

	/**
	 * The schools behind a group's figures in Y and Y-1.
	 *
	 * @param current schools with data in Y
	 * @param previous schools with data in Y-1 (the group as classified in Y-1)
	 * @param both schools with data in both years (the group as classified in Y)
	 */
	public record SchoolSets(int current, int previous, int both) {

		/**
		 * Whether the Y-1 figures cover other schools than Y's: then the Y-1 column and
		 * the change rest on the {@code both} schools, and the report says so.
		 */
		public boolean differ() {
			return this.both != this.current || this.both != this.previous;
		}

	}

	/**
	 * Monthly incomes of the school's graduates in Y left out of its mean and median:
	 * those a W-INCOME-RANGE finding flags and no explanation covers.
	 */
	public long excludedIncomes(String schoolCode) {
		return this.excludedIncomes.getOrDefault(schoolCode, 0L);
	}

	/** The same for all schools of a group of Y. */
	public long excludedIncomes(GroupKind kind, String key) {
		return this.schools.values().stream().filter((info) -> switch (kind) {
			case PROVINCE -> true;
			case TYPE -> key.equals(info.schoolType());
			case CITY -> key.equals(info.cityCode());
		}).mapToLong((info) -> excludedIncomes(info.schoolCode())).sum();
	}

	private static Optional<GroupValues> find(List<GroupValues> groups, GroupKind kind, String key) {
		return groups.stream().filter((group) -> group.kind() == kind && group.key().equals(key)).findFirst();
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

	/**
	 * A {@link SubmittedFigures} figure of the school in Y by its field key; null when
	 * not given (or not collected in the year's standard).
	 */
	public Double submitted(String schoolCode, String fieldKey) {
		return this.submitted.current().getOrDefault(schoolCode, Map.of()).get(fieldKey);
	}

	/** The same figure in Y-1, or null. */
	public Double previousSubmitted(String schoolCode, String fieldKey) {
		return this.submitted.previous().getOrDefault(schoolCode, Map.of()).get(fieldKey);
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
