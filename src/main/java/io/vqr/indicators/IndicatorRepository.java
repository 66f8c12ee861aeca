package io.vqr.indicators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.vqr.report.model.IndicatorValue;
import io.vqr.report.model.MajorOutcomeRow;
import io.vqr.report.model.MajorRow;
import io.vqr.review.ReviewState;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import static io.vqr.indicators.StandardCodes.sqlList;
import static io.vqr.indicators.StandardCodes.sqlLiteral;

/**
 * Loads an {@link IndicatorSnapshot} of a year with five set-based queries, however many
 * schools there are: schools; every indicator of every school with the pooled group
 * values, medians and spreads ({@link IndicatorSql#values}); breakdowns; majors; outcomes
 * by major.
 */
@Component
@Lazy
public class IndicatorRepository {

	private static final String SCHOOLS = """
			select cs.year, cs.school_code, p.school_name, p.school_type, p.ownership, p.region_code,
			       r.name as region_name, coalesce(r.city_code, p.region_code) as city_code, c.name as city_name,
			       coalesce(r.province_code, left(p.region_code, 2) || '0000') as province_code, pr.name as province_name,
			       coalesce(s.version, 1) as version, coalesce(s.processed_at, s.received_at)::date as processed_on,
			       p.equipment_value, p.workstations, p.books, p.computers, p.funding_per_student, cs.review_state
			  from %VIEW% cs
			  join submission s on s.submission_id = cs.submission_id
			  join fact_profile p on p.submission_id = cs.submission_id
			  left join dim_region r on r.region_code = p.region_code
			  left join dim_region c on c.region_code = coalesce(r.city_code, p.region_code)
			  left join dim_region pr on pr.region_code = coalesce(r.province_code, left(p.region_code, 2) || '0000')
			 where cs.year in (?, ?)
			""";

	private static final String BREAKDOWNS = """
			with cur as (
			  select cs.school_code, cs.submission_id, p.region_code
			    from %%VIEW%% cs join fact_profile p on p.submission_id = cs.submission_id
			   where cs.year = ?
			),
			items as (
			  select c.school_code, 'DESTINATION' as dim, g.destination::text as key, null::text as label, 1 as weight
			    from cur c join fact_graduates g on g.submission_id = c.submission_id
			  union all
			  select c.school_code, 'INDUSTRY_SECTION', i.section_code::text, sec.name, 1
			    from cur c join fact_graduates g on g.submission_id = c.submission_id
			    join dim_industry i on i.industry_code = g.employer_industry
			    left join dim_industry sec on sec.industry_code = i.section_code
			   where g.destination in %1$s
			  union all
			  select c.school_code, 'EMPLOYER_KIND', g.employer_kind, null, 1
			    from cur c join fact_graduates g on g.submission_id = c.submission_id
			   where g.destination in %1$s and g.employer_kind is not null
			  union all
			  select c.school_code, 'EMPLOYMENT_REGION',
			         case when g.employer_region is null then 'unknown'
			              when left(g.employer_region, 4) = left(c.region_code, 4) then 'city'
			              when left(g.employer_region, 2) = left(c.region_code, 2) then 'province'
			              else 'outside' end, null, 1
			    from cur c join fact_graduates g on g.submission_id = c.submission_id
			   where g.destination in %2$s
			  union all
			  select c.school_code, 'TITLE', t.title, null, 1
			    from cur c join fact_teachers t on t.submission_id = c.submission_id where t.category = %3$s
			  union all
			  select c.school_code, 'EDUCATION', t.education, null, 1
			    from cur c join fact_teachers t on t.submission_id = c.submission_id where t.category = %3$s
			  union all
			  select c.school_code, 'DUAL_QUALIFIED', case when t.dual_qualified then 'yes' else 'no' end, null, 1
			    from cur c join fact_teachers t on t.submission_id = c.submission_id
			   where t.category = %3$s and t.specialty_course
			  union all
			  select c.school_code, 'PARTNERSHIP_FORM', f.form, null, 1
			    from cur c join fact_partnerships f on f.submission_id = c.submission_id
			  union all
			  select c.school_code, 'PARTNERSHIP_PEOPLE', v.key, null, v.weight
			    from cur c join fact_partnerships f on f.submission_id = c.submission_id
			   cross join lateral (values ('interns', coalesce(f.interns, 0)), ('hires', coalesce(f.hires, 0)),
			                              ('mentors', coalesce(f.mentors, 0))) as v(key, weight)
			)
			select school_code, dim, key, max(label) as label, sum(weight) as count
			  from items
			 group by grouping sets ((school_code, dim, key), (dim, key))
			 order by school_code nulls first, dim, count desc, key
			""".formatted(sqlList(StandardCodes.EMPLOYED), sqlList(StandardCodes.MATCH_BASE),
			sqlLiteral(StandardCodes.FULLTIME));

	private static final String MAJORS = """
			with catalog as (
			  select distinct on (level, plain_code) level, plain_code, division_code, division_name
			    from (select k.*, regexp_replace(k.major_code, 'K$', '') as plain_code from dim_major_catalog k) k
			   order by level, plain_code, edition desc
			),
			any_level as (
			  select distinct on (plain_code) plain_code, division_code, division_name
			    from catalog order by plain_code, level
			),
			majors as (
			  select cs.school_code, m.*, regexp_replace(m.major_code, 'K$', '') as plain_code,
			         %s as level
			    from %%VIEW%% cs
			    join fact_profile p on p.submission_id = cs.submission_id
			    join fact_majors m on m.submission_id = cs.submission_id
			   where cs.year = ?
			)
			select m.school_code, m.major_code, m.major_name, m.duration, m.plan, m.admitted, m.registered,
			       m.enrolled, m.graduates,
			       coalesce(own.division_code, other.division_code) as division_code,
			       coalesce(own.division_name, other.division_name) as division_name
			  from majors m
			  left join catalog own on own.level = m.level and own.plain_code = m.plain_code
			  left join any_level other on other.plain_code = m.plain_code
			 order by m.school_code, m.sheet_row
			""".formatted(levelOf("p.school_type"));

	private static final String MAJOR_OUTCOMES = """
			with by_major as (
			  select cs.school_code, g.submission_id, g.major_code,
			         count(*) as graduates,
			         count(*) filter (where g.destination in %1$s or g.destination in %2$s) as placed,
			         count(*) filter (where g.destination in %1$s) as employed,
			         count(*) filter (where g.destination in %2$s) as further,
			         count(*) filter (where g.destination in %3$s) as match_base,
			         count(*) filter (where g.destination in %3$s and g.related) as related
			    from %%VIEW%% cs join fact_graduates g on g.submission_id = cs.submission_id
			   where cs.year = ?
			   group by cs.school_code, g.submission_id, g.major_code
			)
			select b.school_code, b.major_code, coalesce(m.major_name, b.major_code) as major_name, b.graduates,
			       b.placed, b.placed::numeric / nullif(b.graduates, 0) as placement_rate,
			       b.employed, b.employed::numeric / nullif(b.graduates, 0) as employment_rate,
			       b.further, b.further::numeric / nullif(b.graduates, 0) as further_study_rate,
			       b.related, b.match_base, b.related::numeric / nullif(b.match_base, 0) as related_rate
			  from by_major b
			  left join fact_majors m on m.submission_id = b.submission_id and m.major_code = b.major_code
			 order by b.school_code, coalesce(m.sheet_row, 2147483647), b.major_code
			""".formatted(sqlList(StandardCodes.EMPLOYED), sqlList(StandardCodes.FURTHER_STUDY),
			sqlList(StandardCodes.MATCH_BASE));

	private static final String SCHOOL_CODES = "select trim(school_code) from " + IndicatorSql.VIEW
			+ " v where v.year = ? order by school_code";

	/**
	 * Changes whenever the files of the view for Y or Y-1, their review states or the
	 * explanations of those files change (an explanation brings an income back into the
	 * mean).
	 */
	private static final String FINGERPRINT = """
			select count(*) || ':' || coalesce(sum(v.submission_id), 0) || ':'
			       || coalesce(sum(hashtext(v.year || v.school_code || v.review_state)), 0)
			       || ':' || coalesce(max(cs.since)::text, '')
			       || ':' || (select count(*) || '/' || coalesce(max(e.explanation_id), 0)
			                    from explanation e
			                   where e.submission_id in (select w.submission_id from %VIEW% w where w.year in (?, ?)))
			  from %VIEW% v
			  left join current_submission cs on cs.year = v.year and cs.school_code = v.school_code
			 where v.year in (?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final DataView view;

	private final SchoolScope scope;

	/** The view's relation limited to the scope, in place of the placeholder. */
	private final String relation;

	/** Over the official files ({@link DataView#OFFICIAL}). */
	public IndicatorRepository(JdbcTemplate jdbc) {
		this(jdbc, DataView.OFFICIAL);
	}

	/** Over the files of {@code view}. */
	public IndicatorRepository(JdbcTemplate jdbc, DataView view) {
		this(jdbc, view, SchoolScope.ALL);
	}

	/**
	 * Over the files of {@code view} of the schools of {@code scope}: every school, or
	 * those of one 办学层次 (the city reports' 中职).
	 */
	public IndicatorRepository(JdbcTemplate jdbc, DataView view, SchoolScope scope) {
		this.jdbc = jdbc;
		this.view = view;
		this.scope = scope;
		this.relation = scope.relation(view);
	}

	public SchoolScope scope() {
		return this.scope;
	}

	private String sql(String template) {
		return template.replace(IndicatorSql.VIEW, this.relation);
	}

	public DataView view() {
		return this.view;
	}

	/** Codes of the schools with a file of the view in the year, in code order. */
	public List<String> schoolsWithCurrentData(int year) {
		return this.jdbc.queryForList(sql(SCHOOL_CODES), String.class, year);
	}

	/**
	 * A value that changes whenever the data of Y or Y-1 of the view changes, so a cached
	 * snapshot can be reused only while it is still right.
	 */
	public String fingerprint(int year) {
		return this.jdbc.queryForObject(sql(FINGERPRINT), String.class, year, year - 1, year, year - 1);
	}

	/** Loads everything about year {@code year} and {@code year - 1}. */
	public IndicatorSnapshot load(int year) {
		int previous = year - 1;
		SortedMap<String, SchoolInfo> schools = new TreeMap<>();
		SortedMap<String, SchoolInfo> previousSchools = new TreeMap<>();
		this.jdbc.query(sql(SCHOOLS), (rs) -> {
			SchoolInfo info = schoolInfo(rs);
			((info.year() == year) ? schools : previousSchools).put(info.schoolCode(), info);
		}, year, previous);

		Map<String, Map<Indicator, IndicatorValue>> values = new HashMap<>();
		Map<String, Map<Indicator, IndicatorValue>> previousValues = new HashMap<>();
		Map<String, GroupBuilder> groups = new LinkedHashMap<>();
		Map<String, IndicatorValue> medians = new HashMap<>();
		Map<String, GroupBuilder> common = new LinkedHashMap<>();
		Map<String, IndicatorValue> commonMedians = new HashMap<>();
		Map<String, Long> excludedIncomes = new HashMap<>();
		Map<Indicator, double[]> spreads = new EnumMap<>(Indicator.class);
		Map<Indicator, Integer> spreadCounts = new EnumMap<>(Indicator.class);
		this.jdbc.query(sql(IndicatorSql.VALUES), (rs) -> {
			Indicator indicator = indicator(rs.getString("code"));
			IndicatorValue value = new IndicatorValue(indicator, number(rs, "value"), number(rs, "numerator"),
					number(rs, "denominator"));
			int rowYear = rs.getInt("year");
			if (!IndicatorCatalog.inYear(indicator, rowYear)) {
				// a v2 indicator of a v1 year is absent, not an empty value to print as 0
				return;
			}
			String key = rs.getString("group_key").trim();
			String groupKind = rs.getString("group_kind");
			String groupId = rowYear + "|" + groupKind + "|" + key;
			switch (rs.getString("row_kind")) {
				case "SCHOOL" -> ((rowYear == year) ? values : previousValues)
					.computeIfAbsent(key, (school) -> new EnumMap<>(Indicator.class))
					.put(indicator, value);
				case "GROUP" -> {
					GroupBuilder group = groups.computeIfAbsent(groupId,
							(id) -> new GroupBuilder(rowYear, GroupKind.valueOf(groupKind), key));
					group.schools = rs.getInt("schools");
					group.values.put(indicator, value);
				}
				case "MEDIAN" -> medians.put(groupId, value);
				case "SPREAD" -> {
					spreads.put(indicator, doubles(rs.getArray("spread")));
					spreadCounts.put(indicator, rs.getInt("schools"));
				}
				case "COMMON" -> {
					GroupBuilder group = common.computeIfAbsent(groupId,
							(id) -> new GroupBuilder(rowYear, GroupKind.valueOf(groupKind), key));
					group.schools = rs.getInt("schools");
					group.values.put(indicator, value);
				}
				case "COMMON_MEDIAN" -> commonMedians.put(groupId, value);
				case "EXCLUDED" -> {
					if (rowYear == year) {
						excludedIncomes.put(key, Math.round(value.value()));
					}
				}
				default -> throw new IllegalStateException("unexpected row " + rs.getString("row_kind"));
			}
		}, year, previous, year, previous, year);
		List<GroupValues> currentGroups = new ArrayList<>();
		List<GroupValues> previousGroups = new ArrayList<>();
		withMedians(groups, medians, year, currentGroups, previousGroups);
		List<GroupValues> commonGroups = new ArrayList<>();
		List<GroupValues> commonPreviousGroups = new ArrayList<>();
		withMedians(common, commonMedians, year, commonGroups, commonPreviousGroups);

		Map<String, Map<Breakdown, List<BreakdownItem>>> breakdowns = new HashMap<>();
		this.jdbc.query(sql(BREAKDOWNS), (rs) -> {
			String school = rs.getString("school_code");
			breakdowns
				.computeIfAbsent((school == null) ? IndicatorSnapshot.PROVINCE : school.trim(),
						(key) -> new EnumMap<>(Breakdown.class))
				.computeIfAbsent(Breakdown.valueOf(rs.getString("dim")), (key) -> new ArrayList<>())
				.add(new BreakdownItem(rs.getString("key").trim(), rs.getString("label"), rs.getLong("count")));
		}, year);

		Map<String, List<MajorRow>> majors = new HashMap<>();
		Map<String, String> divisionCodes = new HashMap<>();
		this.jdbc.query(sql(MAJORS), (rs) -> {
			String code = rs.getString("major_code");
			String division = rs.getString("division_name");
			String school = rs.getString("school_code").trim();
			if (division != null) {
				// per school: 文化艺术大类 is 75 in 中职's catalogue and 55 in 高职's
				divisionCodes.put(IndicatorSnapshot.divisionKey(school, division), rs.getString("division_code"));
			}
			majors.computeIfAbsent(school, (key) -> new ArrayList<>())
				.add(new MajorRow(code, rs.getString("major_name"),
						(division != null) ? division : MajorDivisions.fallbackDivision(code), rs.getInt("duration"),
						rs.getLong("plan"), rs.getLong("admitted"), rs.getLong("registered"), rs.getLong("enrolled"),
						rs.getLong("graduates")));
		}, year);

		Map<String, List<MajorOutcomeRow>> outcomes = new HashMap<>();
		this.jdbc.query(sql(MAJOR_OUTCOMES), (rs) -> {
			double graduates = rs.getLong("graduates");
			outcomes.computeIfAbsent(rs.getString("school_code").trim(), (key) -> new ArrayList<>())
				.add(new MajorOutcomeRow(rs.getString("major_code"), rs.getString("major_name"),
						rs.getLong("graduates"),
						new IndicatorValue(Indicator.PLACEMENT_RATE, number(rs, "placement_rate"),
								(double) rs.getLong("placed"), graduates),
						new IndicatorValue(Indicator.EMPLOYMENT_RATE, number(rs, "employment_rate"),
								(double) rs.getLong("employed"), graduates),
						new IndicatorValue(Indicator.FURTHER_STUDY_RATE, number(rs, "further_study_rate"),
								(double) rs.getLong("further"), graduates),
						new IndicatorValue(Indicator.RELATED_EMPLOYMENT_RATE, number(rs, "related_rate"),
								(double) rs.getLong("related"), (double) rs.getLong("match_base"))));
		}, year);

		Map<String, Map<String, Double>> submitted = new HashMap<>();
		Map<String, Map<String, Double>> previousSubmitted = new HashMap<>();
		this.jdbc.query(sql(SubmittedFigures.sql()), (rs) -> {
			Map<String, Double> figures = new HashMap<>();
			for (String key : SubmittedFigures.keys()) {
				Double value = number(rs, key);
				if (value != null) {
					figures.put(key, value);
				}
			}
			((rs.getInt("year") == year) ? submitted : previousSubmitted).put(rs.getString("school_code"), figures);
		}, year, previous);

		return new IndicatorSnapshot(year, this.view, schools, previousSchools, values, previousValues, currentGroups,
				previousGroups, new IndicatorSnapshot.Common(commonGroups, commonPreviousGroups), excludedIncomes,
				spreads, spreadCounts, breakdowns, majors, outcomes, divisionCodes,
				new IndicatorSnapshot.Submitted(submitted, previousSubmitted));
	}

	/** Completes groups with their median income and sorts them into Y and Y-1. */
	private static void withMedians(Map<String, GroupBuilder> groups, Map<String, IndicatorValue> medians, int year,
			List<GroupValues> current, List<GroupValues> previous) {
		groups.forEach((id, group) -> {
			// a group without any income row has no MEDIAN row: the value is empty, n = 0
			group.values.put(Indicator.MEDIAN_MONTHLY_INCOME,
					medians.getOrDefault(id, new IndicatorValue(Indicator.MEDIAN_MONTHLY_INCOME, null, null, 0.0)));
			((group.year == year) ? current : previous)
				.add(new GroupValues(group.kind, group.key, group.schools, group.values));
		});
	}

	/** The school's 办学层次 as a SQL expression, from the code list's level attribute. */
	private static String levelOf(String schoolTypeColumn) {
		return CodeLists.get(CodeLists.SCHOOL_TYPE)
			.entries()
			.stream()
			.map((CodeEntry entry) -> " when " + sqlLiteral(entry.code()) + " then "
					+ sqlLiteral(entry.attribute(CodeLists.LEVEL)))
			.collect(Collectors.joining("", "(case " + schoolTypeColumn, " end)"));
	}

	private static SchoolInfo schoolInfo(ResultSet rs) throws SQLException {
		return new SchoolInfo(rs.getInt("year"), rs.getString("school_code").trim(), rs.getString("school_name"),
				rs.getString("school_type"), rs.getString("ownership"), rs.getString("region_code"),
				rs.getString("region_name"), rs.getString("city_code"), rs.getString("city_name"),
				rs.getString("province_code"), rs.getString("province_name"), rs.getInt("version"),
				rs.getObject("processed_on", java.time.LocalDate.class), number(rs, "equipment_value"),
				number(rs, "workstations"), number(rs, "books"), number(rs, "computers"),
				number(rs, "funding_per_student"), ReviewState.valueOf(rs.getString("review_state")));
	}

	static Indicator indicator(String code) {
		return IndicatorCatalog.byCode(code).orElseThrow(() -> new IllegalStateException("unknown indicator " + code));
	}

	static Double number(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	private static double[] doubles(Array array) throws SQLException {
		Object content = array.getArray();
		if (content instanceof Double[] boxed) {
			double[] values = new double[boxed.length];
			for (int i = 0; i < boxed.length; i++) {
				values[i] = boxed[i];
			}
			return values;
		}
		if (content instanceof double[] values) {
			return values;
		}
		throw new IllegalStateException("unexpected array " + content.getClass());
	}

	private static final class GroupBuilder {

		final int year;

		final GroupKind kind;

		final String key;

		int schools;

		final Map<Indicator, IndicatorValue> values = new EnumMap<>(Indicator.class);

		GroupBuilder(int year, GroupKind kind, String key) {
			this.year = year;
			this.kind = kind;
			this.key = key;
		}

	}

}
