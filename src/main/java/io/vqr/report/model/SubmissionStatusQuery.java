package io.vqr.report.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vqr.review.ReviewState;
import io.vqr.standard.Rule;
import io.vqr.warehouse.SubmissionStatus;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where every expected school stands for a year, in two queries: expected = schools of
 * dim_school known from earlier years, the roster of the year, and any school that
 * submitted; state = its current accepted submission, else its latest rejected one, else
 * not submitted. 办学类型 and city come from the school's accepted file, else the roster,
 * else its latest rejected file, else earlier years; its review state from school_year
 * (未报送 without a row).
 */
class SubmissionStatusQuery {

	/** One expected school. */
	record ExpectedSchool(String schoolCode, String schoolName, String schoolType, String cityCode, String cityName,
			SubmissionState state, ReviewState reviewState, int errorCount, List<String> topRules) {

	}

	private static final int TOP_RULES = 3;

	private static final String EXPECTED = """
			with expected as (
			  select school_code from dim_school where first_year < ?
			  union select school_code from school_roster where year = ?
			  union select school_code from submission where year = ? and school_code is not null
			),
			latest_rejected as (
			  select distinct on (school_code) school_code, submission_id, error_count, school_type, region_code
			    from submission where year = ? and status = 'REJECTED' and school_code is not null
			   order by school_code, submission_id desc
			),
			latest_any as (
			  select distinct on (school_code) school_code, school_name
			    from submission where year = ? and school_code is not null and school_name is not null
			   order by school_code, submission_id desc
			)
			select trim(e.school_code) as school_code,
			       coalesce(p.school_name, ro.school_name, ds.school_name, la.school_name, trim(e.school_code)) as school_name,
			       coalesce(p.school_type, ro.school_type, lr.school_type, ds.school_type) as school_type,
			       coalesce(r.city_code, r.region_code) as city_code, c.name as city_name,
			       s.status as current_status, lr.submission_id as rejected_id, coalesce(lr.error_count, 0) as error_count,
			       sy.state as review_state
			  from expected e
			  left join current_submission cs on cs.year = ? and cs.school_code = e.school_code
			  left join submission s on s.submission_id = cs.submission_id
			  left join fact_profile p on p.submission_id = cs.submission_id
			  left join school_roster ro on ro.year = ? and ro.school_code = e.school_code
			  left join dim_school ds on ds.school_code = e.school_code
			  left join latest_rejected lr on lr.school_code = e.school_code
			  left join latest_any la on la.school_code = e.school_code
			  left join school_year sy on sy.year = ? and sy.school_code = e.school_code
			  left join dim_region r on r.region_code = coalesce(p.region_code, ro.region_code, lr.region_code, ds.region_code)
			  left join dim_region c on c.region_code = coalesce(r.city_code, r.region_code)
			 order by e.school_code
			""";

	private static final String TOP_RULE_COUNTS = """
			with latest_rejected as (
			  select distinct on (school_code) school_code, submission_id
			    from submission where year = ? and status = 'REJECTED' and school_code is not null
			   order by school_code, submission_id desc
			)
			select f.submission_id, f.rule_id, count(*) as findings
			  from finding f join latest_rejected lr on lr.submission_id = f.submission_id
			 where f.severity = 'ERROR'
			 group by f.submission_id, f.rule_id
			 order by f.submission_id, findings desc, f.rule_id
			""";

	private final JdbcTemplate jdbc;

	SubmissionStatusQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<ExpectedSchool> expected(int year) {
		Map<Long, List<String>> rules = new HashMap<>();
		Map<Long, Integer> findingErrors = new HashMap<>();
		this.jdbc.query(TOP_RULE_COUNTS, (rs) -> {
			long id = rs.getLong("submission_id");
			findingErrors.merge(id, rs.getInt("findings"), Integer::sum);
			List<String> titles = rules.computeIfAbsent(id, (key) -> new ArrayList<>());
			if (titles.size() < TOP_RULES) {
				String ruleId = rs.getString("rule_id");
				titles.add(Rule.byId(ruleId).map(Rule::title).orElse(ruleId));
			}
		}, year);
		List<ExpectedSchool> schools = new ArrayList<>();
		this.jdbc.query(EXPECTED, (rs) -> {
			String current = rs.getString("current_status");
			long rejectedId = rs.getLong("rejected_id");
			boolean rejected = !rs.wasNull();
			SubmissionState state;
			if (current != null && SubmissionStatus.valueOf(current).accepted()) {
				state = SubmissionStatus.valueOf(current) == SubmissionStatus.ACCEPTED ? SubmissionState.ACCEPTED
						: SubmissionState.ACCEPTED_WITH_WARNINGS;
			}
			else {
				state = rejected ? SubmissionState.REJECTED : SubmissionState.NOT_SUBMITTED;
			}
			int errors = 0;
			List<String> topRules = List.of();
			if (state == SubmissionState.REJECTED) {
				errors = rs.getInt("error_count");
				if (errors == 0) {
					errors = findingErrors.getOrDefault(rejectedId, 0);
				}
				topRules = rules.getOrDefault(rejectedId, List.of());
			}
			String cityCode = rs.getString("city_code");
			String review = rs.getString("review_state");
			schools.add(new ExpectedSchool(rs.getString("school_code"), rs.getString("school_name"),
					rs.getString("school_type"), cityCode, rs.getString("city_name"), state,
					(review != null) ? ReviewState.valueOf(review) : ReviewState.NOT_SUBMITTED, errors, topRules));
		}, year, year, year, year, year, year, year, year);
		return schools;
	}

}
