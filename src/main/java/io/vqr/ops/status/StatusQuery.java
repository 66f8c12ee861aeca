package io.vqr.ops.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import io.vqr.ops.jobs.RosterLoader.RosterEntry;
import io.vqr.review.ReviewState;

import io.vqr.warehouse.SubmissionStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads where every expected school stands for a year. Expected = the year's roster
 * (school_roster, plus a roster file given on the command line) ∪ schools with accepted
 * data in an earlier year (dim_school.first_year &lt; year) ∪ schools that submitted in
 * the year. Beside each school's file outcome, its review state (review-workflow.md): the
 * outcome is that of the file under review (the school's latest file that passed the
 * rules), and the official file is the one last approved. Read-only: it runs against a
 * database another process is writing.
 */
@Component
public class StatusQuery {

	private static final String SQL = """
			with file_roster as (
			  select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])
			           as f(school_code, school_name, school_type, region_code)
			),
			roster as (
			  select school_code::char(10) as school_code, school_name, school_type, region_code::char(6) as region_code
			    from file_roster
			  union all
			  select school_code, school_name, school_type, region_code from school_roster
			   where year = ? and school_code not in (select school_code::char(10) from file_roster)
			),
			expected as (
			  select school_code from roster
			  union select school_code from dim_school where first_year < ?
			  union select school_code from submission where year = ? and school_code is not null
			),
			latest as (
			  select distinct on (school_code) school_code, school_name, status, file_name,
			         coalesce(processed_at, received_at) as at
			    from submission where year = ? and school_code is not null
			   order by school_code, submission_id desc
			),
			latest_rejected as (
			  select distinct on (school_code) school_code, error_count
			    from submission where year = ? and status = 'REJECTED' and school_code is not null
			   order by school_code, submission_id desc
			),
			counted as (
			  select school_code, count(*) as submissions from submission
			   where year = ? and school_code is not null group by school_code
			)
			select trim(e.school_code) as school_code,
			       coalesce(p.school_name, ro.school_name, ds.school_name, l.school_name) as school_name,
			       coalesce(p.school_type, ro.school_type, ds.school_type) as school_type,
			       coalesce(r.city_code, r.region_code) as city_code, c.name as city_name,
			       cur.status as current_status, cur.version as current_version,
			       coalesce(sy.state, 'NOT_SUBMITTED') as review_state, off.version as official_version,
			       coalesce(cur.warning_count, 0) as warning_count, coalesce(lr.error_count, 0) as error_count,
			       lr.school_code is not null as has_rejected,
			       l.status as last_status, l.file_name as last_file, l.at as last_at,
			       coalesce(n.submissions, 0) as submissions
			  from expected e
			  left join current_submission cs on cs.year = ? and cs.school_code = e.school_code
			  left join school_year sy on sy.year = ? and sy.school_code = e.school_code
			  left join submission cur on cur.submission_id = coalesce(sy.review_submission_id, cs.submission_id)
			  left join submission off on off.submission_id = cs.submission_id
			  left join fact_profile p on p.submission_id = cur.submission_id
			  left join roster ro on ro.school_code = e.school_code
			  left join dim_school ds on ds.school_code = e.school_code
			  left join latest l on l.school_code = e.school_code
			  left join latest_rejected lr on lr.school_code = e.school_code
			  left join counted n on n.school_code = e.school_code
			  left join dim_region r on r.region_code = coalesce(p.region_code, ro.region_code, ds.region_code)
			  left join dim_region c on c.region_code = coalesce(r.city_code, r.region_code)
			 order by e.school_code
			""";

	private final JdbcTemplate jdbc;

	public StatusQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param extraRoster schools of a roster file to count as expected (they win over the
	 * stored roster of the year)
	 */
	public StatusReport status(int year, List<RosterEntry> extraRoster) {
		String[] codes = extraRoster.stream().map(RosterEntry::schoolCode).toArray(String[]::new);
		String[] names = extraRoster.stream().map(RosterEntry::schoolName).toArray(String[]::new);
		String[] types = extraRoster.stream().map(RosterEntry::schoolType).toArray(String[]::new);
		String[] regions = extraRoster.stream().map(RosterEntry::regionCode).toArray(String[]::new);
		List<SchoolStatus> schools = this.jdbc.query(SQL, StatusQuery::map, codes, names, types, regions, year, year,
				year, year, year, year, year, year);
		return StatusReport.of(year, schools);
	}

	private static SchoolStatus map(ResultSet row, int index) throws SQLException {
		String current = row.getString("current_status");
		String last = row.getString("last_status");
		SchoolState state;
		if (current != null && SubmissionStatus.valueOf(current) == SubmissionStatus.ACCEPTED) {
			state = SchoolState.ACCEPTED;
		}
		else if (current != null && SubmissionStatus.valueOf(current) == SubmissionStatus.ACCEPTED_WITH_WARNINGS) {
			state = SchoolState.ACCEPTED_WITH_WARNINGS;
		}
		else if (last != null && SubmissionStatus.valueOf(last).pending()) {
			state = SchoolState.PROCESSING;
		}
		else if (row.getBoolean("has_rejected")) {
			state = SchoolState.REJECTED;
		}
		else {
			state = SchoolState.NOT_SUBMITTED;
		}
		boolean accepted = state == SchoolState.ACCEPTED || state == SchoolState.ACCEPTED_WITH_WARNINGS;
		int version = row.getInt("current_version");
		Integer currentVersion = row.wasNull() ? null : version;
		int official = row.getInt("official_version");
		Integer officialVersion = row.wasNull() ? null : official;
		return new SchoolStatus(row.getString("school_code"), row.getString("school_name"),
				row.getString("school_type"), row.getString("city_code"), row.getString("city_name"), state,
				(state == SchoolState.REJECTED) ? row.getInt("error_count") : 0,
				accepted ? row.getInt("warning_count") : 0, currentVersion, row.getInt("submissions"),
				row.getString("last_file"), row.getObject("last_at", OffsetDateTime.class),
				ReviewState.valueOf(row.getString("review_state")), officialVersion);
	}

}
