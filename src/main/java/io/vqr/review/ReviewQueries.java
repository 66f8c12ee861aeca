package io.vqr.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.standard.Rule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What reviewers and schools read about review: the school-years of a year with their
 * state and what they wait for, one school-year in full (files, warnings with their
 * explanations, history), and the audit. Read-only: it runs against a database another
 * process is writing.
 */
@Component
public class ReviewQueries {

	/**
	 * One school-year in a list.
	 *
	 * @param pendingLevel the review level it waits for, or null
	 * @param unexplainedRules warned rules of the file under review not explained yet
	 * @param reviewFile the file under review's name, or null
	 * @param reviewVersion its version (the school's n-th processed file), or null
	 * @param officialVersion the official file's version, or null before the first
	 * approval
	 * @param lastActor who acted last (the audit), or null
	 * @param lastAction what they did, or null
	 */
	public record Entry(int year, String schoolCode, String schoolName, String schoolType, String cityCode,
			String cityName, ReviewState state, boolean cityLevel, ReviewLevel pendingLevel, int version,
			List<String> unexplainedRules, Long reviewSubmissionId, String reviewFile, Integer reviewVersion,
			Long officialSubmissionId, Integer officialVersion, OffsetDateTime updatedAt, String lastActor,
			ReviewAction lastAction) {

		public String stateLabel() {
			return this.state.label();
		}

	}

	/**
	 * Which school-years to list; null fields do not filter.
	 *
	 * @param pendingLevel only those waiting for this review level
	 * @param cityCode only schools whose region code starts with this
	 */
	public record Filter(ReviewState state, ReviewLevel pendingLevel, String cityCode) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	/** A file the school sent for the year. */
	public record FileEntry(long submissionId, String fileName, Integer version, String status, String sha256,
			OffsetDateTime processedAt, int errorCount, int warningCount, boolean underReview, boolean official) {
	}

	/** A school's explanation of a rule (sheet and row null) or of one finding. */
	public record Explanation(String ruleId, String sheet, Integer row, String text, String by, OffsetDateTime at) {
	}

	/** One warning of the file under review, and its explanation if it has its own. */
	public record Warning(String sheet, Integer row, String column, String message, Explanation explanation) {
	}

	/**
	 * A warned rule of the file under review.
	 *
	 * @param ruleExplanation the explanation of the whole rule, or null
	 * @param unexplained its findings explained neither by the rule's nor by their own
	 */
	public record WarnedRule(String ruleId, String title, int findings, int unexplained, Explanation ruleExplanation,
			List<Warning> warnings) {
	}

	/** One school-year in full. */
	public record Detail(Entry entry, List<FileEntry> files, List<WarnedRule> warnedRules, List<AuditEntry> history) {
	}

	private static final String ENTRIES = """
			with years as (
			  select school_code from school_year where year = ?
			  union select school_code from submission where year = ? and school_code is not null
			)
			select trim(y.school_code) as school_code, coalesce(sy.state, 'NOT_SUBMITTED') as state,
			       coalesce(sy.city_level, false) as city_level, coalesce(sy.version, -1) as version,
			       sy.review_submission_id, sy.updated_at,
			       coalesce(p.school_name, ds.school_name, last.school_name) as school_name,
			       coalesce(p.school_type, ds.school_type) as school_type,
			       coalesce(r.city_code, r.region_code) as city_code, c.name as city_name,
			       rs.file_name as review_file, rs.version as review_version,
			       cs.submission_id as official_id, os.version as official_version,
			       (select array_agg(u.rule_id order by u.seq) from (
			          select f.rule_id, min(f.seq) as seq from finding f
			           where f.submission_id = sy.review_submission_id and f.severity = 'WARNING'
			             and not exists (select 1 from explanation e
			                              where e.submission_id = f.submission_id and e.rule_id = f.rule_id
			                                and (e.sheet is null or (e.sheet = f.sheet and e.excel_row = f.excel_row)))
			           group by f.rule_id) u) as unexplained,
			       a.actor as last_actor, a.action as last_action
			  from years y
			  left join school_year sy on sy.year = ? and sy.school_code = y.school_code
			  left join current_submission cs on cs.year = ? and cs.school_code = y.school_code
			  left join submission rs on rs.submission_id = sy.review_submission_id
			  left join submission os on os.submission_id = cs.submission_id
			  left join fact_profile p on p.submission_id = coalesce(sy.review_submission_id, cs.submission_id)
			  left join dim_school ds on ds.school_code = y.school_code
			  left join lateral (select school_name from submission s where s.year = ? and s.school_code = y.school_code
			                      order by submission_id desc limit 1) last on true
			  left join dim_region r on r.region_code = coalesce(p.region_code, ds.region_code)
			  left join dim_region c on c.region_code = coalesce(r.city_code, r.region_code)
			  left join lateral (select actor, action from review_audit ra
			                      where ra.year = ? and ra.school_code = y.school_code
			                      order by audit_id desc limit 1) a on true
			""";

	private final JdbcTemplate jdbc;

	public ReviewQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The school-years of a year that have sent a file or are in review, by school code.
	 */
	public List<Entry> list(int year, Filter filter) {
		return this.jdbc
			.query(ENTRIES + " order by y.school_code", (row, index) -> entry(row, year), year, year, year, year, year,
					year)
			.stream()
			.filter((entry) -> filter.state() == null || entry.state() == filter.state())
			.filter((entry) -> filter.pendingLevel() == null || entry.pendingLevel() == filter.pendingLevel())
			.filter((entry) -> filter.cityCode() == null
					|| (entry.cityCode() != null && entry.cityCode().startsWith(filter.cityCode())))
			.toList();
	}

	/** One school-year, if the school sent any file for the year or is in review. */
	public Optional<Entry> entry(int year, String schoolCode) {
		return this.jdbc
			.query(ENTRIES + " where y.school_code = ?", (row, index) -> entry(row, year), year, year, year, year, year,
					year, schoolCode)
			.stream()
			.findFirst();
	}

	/** One school-year in full: files, warnings and explanations, history. */
	public Optional<Detail> detail(int year, String schoolCode) {
		return entry(year, schoolCode).map((entry) -> new Detail(entry, files(entry),
				(entry.reviewSubmissionId() != null) ? warnedRules(entry.reviewSubmissionId()) : List.of(),
				history(year, schoolCode)));
	}

	/** The audit of a year, or of one school-year, oldest first. */
	public List<AuditEntry> history(int year, String schoolCode) {
		if (schoolCode == null) {
			return this.jdbc.query("select * from review_audit where year = ? order by audit_id", SchoolYears::mapAudit,
					year);
		}
		return this.jdbc.query("select * from review_audit where year = ? and school_code = ? order by audit_id",
				SchoolYears::mapAudit, year, schoolCode);
	}

	/** Counts of school-years per state (every state, zeros included). */
	public Map<ReviewState, Integer> totals(int year) {
		Map<ReviewState, Integer> totals = new LinkedHashMap<>();
		for (ReviewState state : ReviewState.values()) {
			totals.put(state, 0);
		}
		list(year, Filter.ALL).forEach((entry) -> totals.merge(entry.state(), 1, Integer::sum));
		return totals;
	}

	private List<FileEntry> files(Entry entry) {
		return this.jdbc.query("""
				select submission_id, file_name, version, status, sha256, coalesce(processed_at, received_at) as at,
				       error_count, warning_count
				  from submission where year = ? and school_code = ? order by submission_id
				""", (row, index) -> {
			long id = row.getLong("submission_id");
			int version = row.getInt("version");
			Integer shownVersion = row.wasNull() ? null : version;
			return new FileEntry(id, row.getString("file_name"), shownVersion, row.getString("status"),
					row.getString("sha256"), row.getObject("at", OffsetDateTime.class), row.getInt("error_count"),
					row.getInt("warning_count"), Long.valueOf(id).equals(entry.reviewSubmissionId()),
					Long.valueOf(id).equals(entry.officialSubmissionId()));
		}, entry.year(), entry.schoolCode());
	}

	private List<WarnedRule> warnedRules(long submissionId) {
		Map<String, Explanation> ruleExplanations = new LinkedHashMap<>();
		Map<String, Explanation> rowExplanations = new LinkedHashMap<>();
		this.jdbc.query("""
				select rule_id, sheet, excel_row, text, explained_by, explained_at from explanation
				 where submission_id = ? order by explanation_id
				""", (row) -> {
			int excelRow = row.getInt("excel_row");
			Integer at = row.wasNull() ? null : excelRow;
			Explanation explanation = new Explanation(row.getString("rule_id"), row.getString("sheet"), at,
					row.getString("text"), row.getString("explained_by"),
					row.getObject("explained_at", OffsetDateTime.class));
			if (at == null) {
				ruleExplanations.put(explanation.ruleId(), explanation);
			}
			else {
				rowExplanations.put(key(explanation.ruleId(), explanation.sheet(), at), explanation);
			}
		}, submissionId);
		Map<String, List<Warning>> byRule = new LinkedHashMap<>();
		this.jdbc.query("""
				select rule_id, sheet, excel_row, column_letter, message from finding
				 where submission_id = ? and severity = 'WARNING' order by seq
				""", (row) -> {
			String rule = row.getString("rule_id");
			int excelRow = row.getInt("excel_row");
			Integer at = row.wasNull() ? null : excelRow;
			String sheet = row.getString("sheet");
			byRule.computeIfAbsent(rule, (id) -> new ArrayList<>())
				.add(new Warning(sheet, at, row.getString("column_letter"), row.getString("message"),
						(at != null) ? rowExplanations.get(key(rule, sheet, at)) : null));
		}, submissionId);
		List<WarnedRule> rules = new ArrayList<>();
		byRule.forEach((rule, warnings) -> {
			Explanation whole = ruleExplanations.get(rule);
			int unexplained = (whole != null) ? 0
					: (int) warnings.stream().filter((warning) -> warning.explanation() == null).count();
			rules.add(new WarnedRule(rule, Rule.byId(rule).map(Rule::title).orElse(rule), warnings.size(), unexplained,
					whole, List.copyOf(warnings)));
		});
		return rules;
	}

	private static String key(String rule, String sheet, int row) {
		return rule + "\u0000" + sheet + "\u0000" + row;
	}

	private static Entry entry(ResultSet row, int year) throws SQLException {
		ReviewState state = ReviewState.valueOf(row.getString("state"));
		boolean cityLevel = row.getBoolean("city_level");
		long review = row.getLong("review_submission_id");
		Long reviewId = row.wasNull() ? null : review;
		int reviewVersion = row.getInt("review_version");
		Integer shownReviewVersion = row.wasNull() ? null : reviewVersion;
		long official = row.getLong("official_id");
		Long officialId = row.wasNull() ? null : official;
		int officialVersion = row.getInt("official_version");
		Integer shownOfficialVersion = row.wasNull() ? null : officialVersion;
		java.sql.Array unexplained = row.getArray("unexplained");
		String lastAction = row.getString("last_action");
		return new Entry(year, row.getString("school_code"), row.getString("school_name"), row.getString("school_type"),
				row.getString("city_code"), row.getString("city_name"), state, cityLevel,
				ReviewTransitions.pendingLevel(state, cityLevel).orElse(null), row.getInt("version"),
				(unexplained != null) ? Arrays.asList((String[]) unexplained.getArray()) : List.of(), reviewId,
				row.getString("review_file"), shownReviewVersion, officialId, shownOfficialVersion,
				row.getObject("updated_at", OffsetDateTime.class), row.getString("last_actor"),
				(lastAction != null) ? ReviewAction.valueOf(lastAction) : null);
	}

}
