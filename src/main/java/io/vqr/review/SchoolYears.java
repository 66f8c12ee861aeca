package io.vqr.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The review tables (school_year, explanation, review_audit) and what review reads of a
 * file under review: its warned rules, which of their findings are explained, its city
 * and 办学类型. Called inside the transactions of {@link ReviewService}.
 */
@Component
class SchoolYears {

	private final JdbcTemplate jdbc;

	SchoolYears(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored school-year, read without a lock (optimistic actions). */
	Optional<SchoolYear> find(int year, String schoolCode) {
		return this.jdbc
			.query("select * from school_year where year = ? and school_code = ?", SchoolYears::map, year, schoolCode)
			.stream()
			.findFirst();
	}

	/**
	 * The school-year, created as {@code NOT_SUBMITTED} if new, locked until the
	 * transaction ends (the system's actions: a file arriving, a late warning).
	 */
	SchoolYear lock(int year, String schoolCode) {
		this.jdbc.update("""
				insert into school_year (year, school_code, state) values (?, ?, 'NOT_SUBMITTED')
				on conflict (year, school_code) do nothing
				""", year, schoolCode);
		return this.jdbc.queryForObject("select * from school_year where year = ? and school_code = ? for update",
				SchoolYears::map, year, schoolCode);
	}

	/**
	 * Moves a school-year on if nobody changed it since it was read.
	 * @return false when another action changed it first
	 */
	boolean update(SchoolYear seen, ReviewState next, Long reviewSubmissionId, boolean cityLevel) {
		return this.jdbc.update("""
				update school_year set state = ?, review_submission_id = ?, city_level = ?, version = version + 1,
				       updated_at = now()
				 where year = ? and school_code = ? and version = ?
				""", next.name(), reviewSubmissionId, cityLevel, seen.year(), seen.schoolCode(), seen.version()) == 1;
	}

	void audit(int year, String schoolCode, ReviewLevel level, ReviewAction action, ReviewState from, ReviewState to,
			String actor, String reason, Long submissionId) {
		this.jdbc.update("""
				insert into review_audit (year, school_code, level, action, from_state, to_state, actor, reason,
				                          submission_id, sha256)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select sha256 from submission where submission_id = ?))
				""", year, schoolCode, level.code(), action.name(), (from != null) ? from.name() : null,
				(to != null) ? to.name() : null, actor, reason, submissionId, submissionId);
	}

	/** The latest audit row of a school-year, if any. */
	Optional<AuditEntry> lastAudit(int year, String schoolCode) {
		return this.jdbc
			.query("select * from review_audit where year = ? and school_code = ? order by audit_id desc limit 1",
					SchoolYears::mapAudit, year, schoolCode)
			.stream()
			.findFirst();
	}

	/**
	 * The warned rules of a file with the number of their findings not explained yet, in
	 * rule order; empty when everything is explained.
	 */
	Map<String, Integer> unexplained(long submissionId) {
		Map<String, Integer> rules = new LinkedHashMap<>();
		this.jdbc.query("""
				select f.rule_id, count(*) from finding f
				 where f.submission_id = ? and f.severity = 'WARNING'
				   and not exists (select 1 from explanation e
				                    where e.submission_id = f.submission_id and e.rule_id = f.rule_id
				                      and (e.sheet is null or (e.sheet = f.sheet and e.excel_row = f.excel_row)))
				 group by f.rule_id order by min(f.seq)
				""", (row) -> {
			rules.put(row.getString(1), row.getInt(2));
		}, submissionId);
		return rules;
	}

	/** How many WARNING findings a file has of a rule (at a sheet and row, if given). */
	int warnings(long submissionId, String ruleId, FindingRef at) {
		if (at == null) {
			return this.jdbc.queryForObject("""
					select count(*) from finding where submission_id = ? and rule_id = ? and severity = 'WARNING'
					""", Integer.class, submissionId, ruleId);
		}
		return this.jdbc.queryForObject("""
				select count(*) from finding
				 where submission_id = ? and rule_id = ? and severity = 'WARNING' and sheet = ? and excel_row = ?
				""", Integer.class, submissionId, ruleId, at.sheet(), at.row());
	}

	/** Records or replaces an explanation of a rule (at == null) or of one finding. */
	void explain(long submissionId, String ruleId, FindingRef at, String text, String by) {
		this.jdbc.update("""
				insert into explanation (submission_id, rule_id, sheet, excel_row, text, explained_by)
				values (?, ?, ?, ?, ?, ?)
				on conflict (submission_id, rule_id, coalesce(sheet, ''), coalesce(excel_row, 0))
				do update set text = excluded.text, explained_by = excluded.explained_by, explained_at = now()
				""", submissionId, ruleId, (at != null) ? at.sheet() : null, (at != null) ? at.row() : null, text, by);
	}

	/** The newest file of a school-year that passed the rules. */
	Optional<Long> newestAccepted(int year, String schoolCode) {
		return Optional.ofNullable(this.jdbc.queryForObject("""
				select max(submission_id) from submission
				 where year = ? and school_code = ? and status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')
				""", Long.class, year, schoolCode));
	}

	/**
	 * Whether a city reviews this file's school-year first: its 办学类型 is one of the year's
	 * city-level types.
	 */
	boolean cityLevel(long submissionId, List<String> cityLevelTypes) {
		if (cityLevelTypes.isEmpty()) {
			return false;
		}
		String type = this.jdbc
			.query("select school_type from fact_profile where submission_id = ?", (row, index) -> row.getString(1),
					submissionId)
			.stream()
			.findFirst()
			.orElse(null);
		return type != null && cityLevelTypes.contains(type);
	}

	/**
	 * The 6-digit code of the city of a file's school (its region's city; a city-level
	 * region is its own city).
	 */
	Optional<String> city(long submissionId) {
		return this.jdbc.query("""
				select coalesce(r.city_code, r.region_code) from fact_profile p
				  join dim_region r on r.region_code = p.region_code
				 where p.submission_id = ?
				""", (row, index) -> row.getString(1), submissionId).stream().findFirst();
	}

	static SchoolYear map(ResultSet row, int index) throws SQLException {
		long review = row.getLong("review_submission_id");
		Long reviewId = row.wasNull() ? null : review;
		return new SchoolYear(row.getInt("year"), row.getString("school_code").trim(),
				ReviewState.valueOf(row.getString("state")), reviewId, row.getBoolean("city_level"),
				row.getInt("version"), row.getObject("updated_at", OffsetDateTime.class));
	}

	static AuditEntry mapAudit(ResultSet row, int index) throws SQLException {
		long submission = row.getLong("submission_id");
		Long submissionId = row.wasNull() ? null : submission;
		String from = row.getString("from_state");
		String to = row.getString("to_state");
		return new AuditEntry(row.getLong("audit_id"), row.getInt("year"), row.getString("school_code").trim(),
				ReviewLevel.fromCode(row.getString("level")).orElseThrow(),
				ReviewAction.valueOf(row.getString("action")), (from != null) ? ReviewState.valueOf(from) : null,
				(to != null) ? ReviewState.valueOf(to) : null, row.getString("actor"),
				row.getObject("acted_at", OffsetDateTime.class), row.getString("reason"), submissionId,
				row.getString("sha256"));
	}

}
