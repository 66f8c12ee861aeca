package io.vqr.indicators;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.vqr.standard.Rule;

import static io.vqr.indicators.StandardCodes.sqlList;
import static io.vqr.indicators.StandardCodes.sqlLiteral;

/**
 * The SQL that computes every indicator of every school of a year at once, set-based: one
 * CTE aggregates each fact table per current submission ({@code measures}, one row per
 * school and year), and a lateral VALUES list turns that row into one row per indicator
 * with value, numerator and denominator. Group values pool the same numerators and
 * denominators.
 */
final class IndicatorSql {

	/**
	 * How an indicator is computed from a {@code measures} row {@code m}: a quotient
	 * (numerator / denominator, empty when the denominator is 0), or a direct value (with
	 * an optional n as denominator). {@code poolNumerator}/{@code poolDenominator} are
	 * what group values sum, by default the numerator and denominator; a {@code summed}
	 * one (a count) is pooled as the sum of the schools' values.
	 */
	record Formula(String numerator, String denominator, String value, String poolNumerator, String poolDenominator,
			boolean summed) {

		static Formula quotient(String numerator, String denominator) {
			return new Formula(numerator, denominator, null, numerator, denominator, false);
		}

		static Formula count(String value) {
			return new Formula(null, null, value, null, null, true);
		}

	}

	static final Map<Indicator, Formula> FORMULAS = formulas();

	/**
	 * Per school and year of {@code cur} (the files of the view, of the years asked for):
	 * the profile, the sums over majors, graduates, teachers and partnerships. The
	 * incomes that count leave out every value a W-INCOME-RANGE finding of the file
	 * flags, unless the school explained that finding (its row, or the whole rule): one
	 * typo of 450,000 元 must not move a mean (indicators.md, mean_monthly_income); the
	 * median and n are taken over the same values.
	 */
	private static final String MEASURES = """
			cur as (
			  select cs.year, cs.school_code, cs.submission_id
			    from %%VIEW%% cs
			   where cs.year in (?, ?)
			),
			flagged as (
			  select distinct f.submission_id, f.excel_row
			    from finding f join cur c on c.submission_id = f.submission_id
			   where f.rule_id = %10$s and f.excel_row is not null
			     and not exists (select 1 from explanation e
			                      where e.submission_id = f.submission_id and e.rule_id = f.rule_id
			                        and (e.sheet is null or (e.sheet = f.sheet and e.excel_row = f.excel_row)))
			),
			prof as (
			  select c.year, c.school_code, c.submission_id, p.school_type, p.ownership, p.region_code,
			         coalesce(r.city_code, p.region_code) as city_code,
			         p.equipment_value, p.workstations, p.books, p.funding_per_student,
			         p.building_area, p.parttime_hours, p.alumni_survey_n, p.alumni_satisfied,
			         p.employer_survey_n, p.employer_satisfied
			    from cur c
			    join fact_profile p on p.submission_id = c.submission_id
			    left join dim_region r on r.region_code = p.region_code
			),
			maj as (
			  select m.submission_id, sum(m.plan) as plan, sum(m.admitted) as admitted,
			         sum(m.registered) as registered, sum(m.enrolled) as enrolled,
			         sum(coalesce(m.through_track, 0)) as through_track,
			         sum(m.apprentices) as apprentices,
			         sum(m.enrolled) filter (where m.apprentices is not null) as apprentice_base
			    from fact_majors m join cur c on c.submission_id = m.submission_id
			   group by m.submission_id
			),
			grad as (
			  select g.submission_id,
			         count(*) as graduates,
			         count(*) filter (where g.destination in %1$s or g.destination in %2$s) as placed,
			         count(*) filter (where g.destination in %1$s) as employed,
			         count(*) filter (where g.destination in %2$s) as further,
			         count(*) filter (where g.destination = %4$s) as self_employed,
			         count(*) filter (where g.destination in %3$s) as match_base,
			         count(*) filter (where g.destination in %3$s and g.related) as related,
			         count(*) filter (where g.certificate) as certified,
			         count(g.certificate) as certificate_base,
			         count(g.monthly_income) filter (where g.destination in %3$s and fl.excel_row is null) as income_n,
			         sum(g.monthly_income) filter (where g.destination in %3$s and fl.excel_row is null) as income_sum,
			         percentile_cont(0.5) within group (order by g.monthly_income)
			           filter (where g.destination in %3$s and g.monthly_income is not null
			                   and fl.excel_row is null) as income_median,
			         count(g.monthly_income) filter (where g.destination in %3$s and fl.excel_row is not null)
			           as income_excluded,
			         count(g.employer_region) filter (where g.destination in %3$s) as with_region,
			         count(*) filter (where g.destination in %3$s
			           and left(g.employer_region, 2) = left(p.region_code, 2)) as in_province,
			         count(*) filter (where g.destination in %3$s
			           and left(g.employer_region, 4) = left(p.region_code, 4)) as in_city
			    from fact_graduates g join prof p on p.submission_id = g.submission_id
			    left join flagged fl on fl.submission_id = g.submission_id and fl.excel_row = g.sheet_row
			   group by g.submission_id
			),
			teach as (
			  select t.submission_id,
			         count(*) filter (where t.category = %5$s) as fulltime,
			         count(*) filter (where t.category = %6$s) as parttime,
			         count(*) filter (where t.category = %5$s and t.specialty_course) as specialty,
			         count(*) filter (where t.category = %5$s and t.specialty_course and t.dual_qualified) as dual,
			         count(*) filter (where t.category = %5$s and t.title in %7$s) as senior,
			         count(*) filter (where t.category = %5$s and (t.education = %8$s or t.degree in %9$s)) as postgrad,
			         sum(t.practice_days) filter (where t.category = %5$s and t.specialty_course) as practice_sum,
			         sum(t.training_hours) filter (where t.category = %5$s) as training_sum
			    from fact_teachers t join cur c on c.submission_id = t.submission_id
			   group by t.submission_id
			),
			part as (
			  select f.submission_id, count(*) as partnerships
			    from fact_partnerships f join cur c on c.submission_id = f.submission_id
			   group by f.submission_id
			),
			measures as (
			  select p.year, p.school_code, p.school_type, p.ownership, p.city_code,
			         p.equipment_value, p.workstations, p.books, p.funding_per_student,
			         p.building_area, p.parttime_hours, p.alumni_survey_n, p.alumni_satisfied,
			         p.employer_survey_n, p.employer_satisfied, maj.apprentices, maj.apprentice_base,
			         grad.certified, grad.certificate_base,
			         svc.horizontal_service_income + svc.vertical_research_income + svc.technology_trade_income
			           as service_income,
			         svc.training_income, svc.public_training_hours, svc.invention_patents,
			         svc.patent_transfer_income, intl.international_students,
			         intl.adopted_major_standards + intl.adopted_course_standards as international_standards,
			         coalesce(maj.plan, 0) as plan, coalesce(maj.admitted, 0) as admitted,
			         coalesce(maj.registered, 0) as registered, coalesce(maj.enrolled, 0) as enrolled,
			         coalesce(maj.through_track, 0) as through_track,
			         coalesce(grad.graduates, 0) as graduates, coalesce(grad.placed, 0) as placed,
			         coalesce(grad.employed, 0) as employed, coalesce(grad.further, 0) as further,
			         coalesce(grad.self_employed, 0) as self_employed, coalesce(grad.match_base, 0) as match_base,
			         coalesce(grad.related, 0) as related, coalesce(grad.income_n, 0) as income_n,
			         grad.income_sum, grad.income_median, coalesce(grad.income_excluded, 0) as income_excluded,
			         coalesce(grad.with_region, 0) as with_region, coalesce(grad.in_province, 0) as in_province,
			         coalesce(grad.in_city, 0) as in_city,
			         coalesce(teach.fulltime, 0) as fulltime, coalesce(teach.parttime, 0) as parttime,
			         coalesce(teach.specialty, 0) as specialty, coalesce(teach.dual, 0) as dual,
			         coalesce(teach.senior, 0) as senior, coalesce(teach.postgrad, 0) as postgrad,
			         teach.practice_sum, teach.training_sum,
			         coalesce(part.partnerships, 0) as partnerships
			    from prof p
			    left join maj on maj.submission_id = p.submission_id
			    left join grad on grad.submission_id = p.submission_id
			    left join teach on teach.submission_id = p.submission_id
			    left join part on part.submission_id = p.submission_id
			    left join fact_service svc on svc.submission_id = p.submission_id
			    left join fact_international intl on intl.submission_id = p.submission_id
			)""".formatted(sqlList(StandardCodes.EMPLOYED), sqlList(StandardCodes.FURTHER_STUDY),
			sqlList(StandardCodes.MATCH_BASE), sqlLiteral(StandardCodes.SELF_EMPLOYED),
			sqlLiteral(StandardCodes.FULLTIME), sqlLiteral(StandardCodes.PARTTIME),
			sqlList(StandardCodes.SENIOR_TITLES), sqlLiteral(StandardCodes.POSTGRADUATE),
			sqlList(StandardCodes.HIGHER_DEGREES), sqlLiteral(Rule.W_INCOME_RANGE.id()));

	/**
	 * One row per school, year and indicator: value (a quotient is computed here, empty
	 * when the denominator is 0), numerator, denominator, and what pooling sums.
	 */
	static final String SCHOOL_VALUES = """
			school_values as (
			  select m.year, m.school_code, m.school_type, m.city_code, v.code,
			         case when v.quotient then v.numerator / nullif(v.denominator, 0) else v.direct end as value,
			         v.numerator, v.denominator, v.pool_numerator, v.pool_denominator, v.summed
			    from measures m
			   cross join lateral (values
			%s
			   ) as v(code, numerator, denominator, direct, pool_numerator, pool_denominator, quotient, summed)
			)""".formatted(valuesList());

	/**
	 * The schools with a file in both Y and Y-1, classified by their Y 办学类型 and city:
	 * year over year compares the same schools (review-workflow.md). Binds: Y, Y-1.
	 */
	private static final String BOTH_YEARS = """
			both_years as (
			  select m.school_code, m.school_type, m.city_code
			    from measures m
			   where m.year = ? and exists (select 1 from measures p where p.school_code = m.school_code and p.year = ?)
			)""";

	/** A group's pooled value: Σ numerators / Σ denominators, or the sum of counts. */
	private static final String POOLED = """
			case when bool_and(v.summed) then sum(v.value)
			            else sum(v.pool_numerator) / nullif(sum(v.pool_denominator), 0) end,
			       sum(v.pool_numerator), sum(v.pool_denominator)""";

	/**
	 * Everything numeric of the snapshot in one statement, so the per-school aggregation
	 * runs once (the CTE is materialized): {@code row_kind} SCHOOL (one row per school,
	 * year and indicator), GROUP (pooled by 办学类型, city and province: Σ numerators / Σ
	 * denominators, sums for counts), MEDIAN (the median income over all match-base rows
	 * of a group, not a median of medians), SPREAD (min, P25, median, P75, max of the key
	 * rates across the schools of Y), COMMON and COMMON_MEDIAN (the same as GROUP and
	 * MEDIAN for both years over the schools present in both, grouped by their Y 办学类型 and
	 * city) and EXCLUDED (per school, the incomes left out of the mean). Binds: Y, Y-1,
	 * Y, Y-1, Y.
	 */
	static final String VALUES = "with " + MEASURES + ",\n" + SCHOOL_VALUES + ",\n" + BOTH_YEARS
			+ """

					select 'SCHOOL' as row_kind, null as group_kind, trim(school_code) as group_key, year, code,
					       1::bigint as schools, value, numerator, denominator, null::float8[] as spread
					  from school_values
					union all
					select 'GROUP', %4$s,
					       coalesce(v.school_type, v.city_code, ''), v.year, v.code, count(*),
					       %6$s, null
					  from school_values v
					 group by v.year, v.code, grouping sets ((v.school_type), (v.city_code), ())
					union all
					select 'MEDIAN', %5$s,
					       coalesce(p.school_type, p.city_code, ''), p.year, %1$s, count(distinct p.school_code),
					       percentile_cont(0.5) within group (order by g.monthly_income), null, count(*), null
					  from fact_graduates g join prof p on p.submission_id = g.submission_id
					  left join flagged fl on fl.submission_id = g.submission_id and fl.excel_row = g.sheet_row
					 where g.destination in %2$s and g.monthly_income is not null and fl.excel_row is null
					 group by p.year, grouping sets ((p.school_type), (p.city_code), ())
					union all
					select 'SPREAD', null, '', year, code, count(*), null, null, null,
					       percentile_cont(array[0, 0.25, 0.5, 0.75, 1]) within group (order by value)
					  from school_values
					 where year = ? and value is not null and code in %3$s
					 group by year, code
					union all
					select 'COMMON', %7$s,
					       coalesce(b.school_type, b.city_code, ''), v.year, v.code, count(*),
					       %6$s, null
					  from school_values v join both_years b on b.school_code = v.school_code
					 group by v.year, v.code, grouping sets ((b.school_type), (b.city_code), ())
					union all
					select 'COMMON_MEDIAN', %7$s,
					       coalesce(b.school_type, b.city_code, ''), p.year, %1$s, count(distinct p.school_code),
					       percentile_cont(0.5) within group (order by g.monthly_income), null, count(*), null
					  from fact_graduates g join prof p on p.submission_id = g.submission_id
					  join both_years b on b.school_code = p.school_code
					  left join flagged fl on fl.submission_id = g.submission_id and fl.excel_row = g.sheet_row
					 where g.destination in %2$s and g.monthly_income is not null and fl.excel_row is null
					 group by p.year, grouping sets ((b.school_type), (b.city_code), ())
					union all
					select 'EXCLUDED', null, trim(school_code), year, %8$s, 1, income_excluded, null, null, null
					  from measures
					 where income_excluded > 0
					""".formatted(sqlLiteral(Indicator.MEDIAN_MONTHLY_INCOME.code()), sqlList(StandardCodes.MATCH_BASE),
					sqlList(IndicatorCatalog.KEY_RATES.stream().map(Indicator::code).toList()),
					groupKind("v.school_type", "v.city_code"), groupKind("p.school_type", "p.city_code"), POOLED,
					groupKind("b.school_type", "b.city_code"), sqlLiteral(Indicator.MEAN_MONTHLY_INCOME.code()));

	private static final Map<DataView, String> VALUES_BY_VIEW = byView(VALUES);

	private static final Map<DataView, String> MEASURES_BY_VIEW = byView("with " + MEASURES);

	/** {@link #VALUES} over the files of {@code view}. */
	static String values(DataView view) {
		return VALUES_BY_VIEW.get(view);
	}

	/**
	 * {@code with cur (...), flagged (...), prof (...), ..., measures (...)} over the
	 * files of {@code view}, to be followed by a select on {@code measures}. Binds: Y,
	 * Y-1.
	 */
	static String measures(DataView view) {
		return MEASURES_BY_VIEW.get(view);
	}

	/** {@code sql} with each view's relation in place of the placeholder. */
	static Map<DataView, String> byView(String sql) {
		Map<DataView, String> byView = new EnumMap<>(DataView.class);
		for (DataView view : DataView.values()) {
			byView.put(view, sql.replace(VIEW, view.relation()));
		}
		return byView;
	}

	/** Where a query's relation of the view's files goes, in SQL text of this package. */
	static final String VIEW = "%VIEW%";

	private static String groupKind(String type, String city) {
		return "case when grouping(" + type + ") = 0 then 'TYPE' when grouping(" + city
				+ ") = 0 then 'CITY' else 'PROVINCE' end";
	}

	private IndicatorSql() {
	}

	private static Map<Indicator, Formula> formulas() {
		Map<Indicator, Formula> formulas = new EnumMap<>(Indicator.class);
		formulas.put(Indicator.PLAN_COMPLETION_RATE, Formula.quotient("m.admitted", "m.plan"));
		formulas.put(Indicator.REGISTRATION_RATE, Formula.quotient("m.registered", "m.admitted"));
		formulas.put(Indicator.NEW_STUDENTS, Formula.count("m.registered"));
		formulas.put(Indicator.STUDENTS, Formula.count("m.enrolled"));
		formulas.put(Indicator.THROUGH_TRACK_SHARE, Formula.quotient("m.through_track", "m.enrolled"));
		formulas.put(Indicator.GRADUATES, Formula.count("m.graduates"));
		formulas.put(Indicator.PLACEMENT_RATE, Formula.quotient("m.placed", "m.graduates"));
		formulas.put(Indicator.EMPLOYMENT_RATE, Formula.quotient("m.employed", "m.graduates"));
		formulas.put(Indicator.FURTHER_STUDY_RATE, Formula.quotient("m.further", "m.graduates"));
		formulas.put(Indicator.ENTREPRENEURSHIP_RATE, Formula.quotient("m.self_employed", "m.graduates"));
		formulas.put(Indicator.RELATED_EMPLOYMENT_RATE, Formula.quotient("m.related", "m.match_base"));
		formulas.put(Indicator.MEAN_MONTHLY_INCOME, Formula.quotient("m.income_sum", "m.income_n"));
		// the median comes with its n; groups take theirs from the MEDIAN rows of VALUES
		formulas.put(Indicator.MEDIAN_MONTHLY_INCOME,
				new Formula(null, "m.income_n", "m.income_median", null, null, false));
		formulas.put(Indicator.IN_PROVINCE_EMPLOYMENT_RATE, Formula.quotient("m.in_province", "m.with_region"));
		formulas.put(Indicator.IN_CITY_EMPLOYMENT_RATE, Formula.quotient("m.in_city", "m.with_region"));
		formulas.put(Indicator.FULLTIME_TEACHERS, Formula.count("m.fulltime"));
		formulas.put(Indicator.PARTTIME_TEACHERS, Formula.count("m.parttime"));
		formulas.put(Indicator.STUDENT_TEACHER_RATIO,
				Formula.quotient("m.enrolled", "(m.fulltime + 0.5 * m.parttime)"));
		formulas.put(Indicator.DUAL_QUALIFIED_RATE, Formula.quotient("m.dual", "m.specialty"));
		formulas.put(Indicator.SENIOR_TITLE_RATE, Formula.quotient("m.senior", "m.fulltime"));
		formulas.put(Indicator.POSTGRADUATE_RATE, Formula.quotient("m.postgrad", "m.fulltime"));
		formulas.put(Indicator.MEAN_PRACTICE_DAYS, Formula.quotient("m.practice_sum", "m.specialty"));
		formulas.put(Indicator.MEAN_TRAINING_HOURS, Formula.quotient("m.training_sum", "m.fulltime"));
		formulas.put(Indicator.EQUIPMENT_PER_STUDENT, Formula.quotient("m.equipment_value * 10000", "m.enrolled"));
		formulas.put(Indicator.WORKSTATIONS_PER_STUDENT, Formula.quotient("m.workstations", "m.enrolled"));
		formulas.put(Indicator.BOOKS_PER_STUDENT, Formula.quotient("m.books", "m.enrolled"));
		// as submitted; a group's value is weighted by students over the schools that
		// give it
		formulas.put(Indicator.FUNDING_PER_STUDENT,
				new Formula(null, null, "m.funding_per_student", "m.funding_per_student * m.enrolled",
						"case when m.funding_per_student is not null then m.enrolled end", false));
		formulas.put(Indicator.PARTNERSHIPS, Formula.count("m.partnerships"));
		// v2: a v1 year's files have none of these columns or rows, so every value is
		// empty there (never 0); pooled over the schools that give them
		formulas.put(Indicator.CERTIFICATE_RATE, Formula.quotient("m.certified", "m.certificate_base"));
		formulas.put(Indicator.ALUMNI_SATISFACTION, Formula.quotient("m.alumni_satisfied", "m.alumni_survey_n"));
		formulas.put(Indicator.EMPLOYER_SATISFACTION, Formula.quotient("m.employer_satisfied", "m.employer_survey_n"));
		formulas.put(Indicator.APPRENTICESHIP_SHARE, Formula.quotient("m.apprentices", "m.apprentice_base"));
		formulas.put(Indicator.AREA_PER_STUDENT,
				Formula.quotient("m.building_area", "case when m.building_area is not null then m.enrolled end"));
		formulas.put(Indicator.PARTTIME_HOURS_PER_TEACHER,
				Formula.quotient("m.parttime_hours", "case when m.parttime_hours is not null then m.parttime end"));
		formulas.put(Indicator.SERVICE_INCOME, Formula.count("m.service_income"));
		formulas.put(Indicator.TRAINING_INCOME, Formula.count("m.training_income"));
		formulas.put(Indicator.PUBLIC_TRAINING_HOURS, Formula.count("m.public_training_hours"));
		formulas.put(Indicator.PATENTS_GRANTED, Formula.count("m.invention_patents"));
		formulas.put(Indicator.PATENT_TRANSFER_INCOME, Formula.count("m.patent_transfer_income"));
		formulas.put(Indicator.INTERNATIONAL_STUDENTS, Formula.count("m.international_students"));
		formulas.put(Indicator.INTERNATIONAL_STANDARDS, Formula.count("m.international_standards"));
		for (Indicator indicator : Indicator.values()) {
			if (!formulas.containsKey(indicator)) {
				throw new IllegalStateException("no formula for " + indicator.code());
			}
		}
		return formulas;
	}

	private static String valuesList() {
		return FORMULAS.entrySet()
			.stream()
			.map((entry) -> "    (" + sqlLiteral(entry.getKey().code()) + ", " + numeric(entry.getValue().numerator())
					+ ", " + numeric(entry.getValue().denominator()) + ", " + numeric(entry.getValue().value()) + ", "
					+ numeric(entry.getValue().poolNumerator()) + ", " + numeric(entry.getValue().poolDenominator())
					+ ", " + (entry.getValue().value() == null) + ", " + entry.getValue().summed() + ")")
			.collect(Collectors.joining(",\n"));
	}

	private static String numeric(String expression) {
		return (expression == null) ? "null::numeric" : "(" + expression + ")::numeric";
	}

}
