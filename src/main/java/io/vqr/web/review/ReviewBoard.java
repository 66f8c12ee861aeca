package io.vqr.web.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vqr.review.ReviewState;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The status board of a year: every school expected (the roster) or heard from (a file),
 * with its review state and its latest file's outcome, optionally only one city's.
 */
@Component
public class ReviewBoard {

	private final JdbcTemplate jdbc;

	public ReviewBoard(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One school's line. */
	public record SchoolLine(String schoolCode, String schoolName, String schoolType, String cityCode, String cityName,
			ReviewState state, boolean cityLevel, String latestStatus, Instant latestAt) {

		public String latestLabel() {
			if (this.latestStatus == null) {
				return "未上传";
			}
			return switch (this.latestStatus) {
				case "ACCEPTED" -> "通过校验";
				case "ACCEPTED_WITH_WARNINGS" -> "通过校验（有警告）";
				case "REJECTED" -> "未通过校验";
				case "FAILED" -> "处理失败";
				default -> "处理中";
			};
		}

	}

	/** Counts per state of one group (a 办学类型 or a city). */
	public record GroupCounts(String group, Map<ReviewState, Integer> counts, int total) {
	}

	public List<SchoolLine> schools(int year, String cityCode) {
		return this.jdbc.query("""
				select k.school_code,
				       coalesce(f.school_name, r.school_name) school_name,
				       coalesce(pr.school_type, r.school_type) school_type,
				       d.city_code, c.name city_name,
				       coalesce(y.state, 'NOT_SUBMITTED') state, coalesce(y.city_level, false) city_level,
				       f.status, f.received_at
				  from (select school_code from school_roster where year = ?
				        union
				        select school_code from submission where year = ? and school_code is not null) k
				  left join school_roster r on r.year = ? and r.school_code = k.school_code
				  left join lateral (
				        select s.school_name, s.status, s.received_at
				          from submission s
				         where s.year = ? and s.school_code = k.school_code
				         order by s.submission_id desc limit 1) f on true
				  left join lateral (
				        select p.school_type, p.region_code
				          from submission s join fact_profile p on p.submission_id = s.submission_id
				         where s.year = ? and s.school_code = k.school_code
				         order by s.submission_id desc limit 1) pr on true
				  left join school_year y on y.year = ? and y.school_code = k.school_code
				  left join dim_region d on d.region_code = coalesce(pr.region_code, r.region_code)
				  left join dim_region c on c.region_code = d.city_code
				 where (?::text is null or d.city_code = ?)
				 order by d.city_code nulls last, k.school_code""", (row, i) -> {
			java.sql.Timestamp at = row.getTimestamp("received_at");
			return new SchoolLine(row.getString("school_code").trim(), row.getString("school_name"),
					row.getString("school_type"), row.getString("city_code"), row.getString("city_name"),
					ReviewState.valueOf(row.getString("state")), row.getBoolean("city_level"), row.getString("status"),
					(at != null) ? at.toInstant() : null);
		}, year, year, year, year, year, year, cityCode, cityCode);
	}

	/** One row of the review audit. */
	public record AuditRow(Instant at, String schoolCode, String schoolName, String level, String action,
			String fromState, String toState, String actor, String reason) {

		public String stateLabel(String state) {
			return (state != null) ? ReviewState.valueOf(state).label() : "";
		}

		public String actionLabel() {
			return switch (this.action) {
				case "EXPLAIN" -> "说明警告";
				case "CERTIFY" -> "学校确认";
				case "APPROVE" -> "审核通过";
				case "RETURN" -> "退回";
				case "UNLOCK" -> "解锁";
				case "REENTRY" -> "新文件进入审核";
				case "LATE_WARNING" -> "新增警告";
				default -> this.action;
			};
		}

	}

	public List<AuditRow> audit(int year) {
		return this.jdbc.query("""
				select a.acted_at, a.school_code, s.school_name, a.level, a.action, a.from_state, a.to_state, a.actor,
				       a.reason
				  from review_audit a
				  left join submission s on s.submission_id = a.submission_id
				 where a.year = ?
				 order by a.audit_id desc limit 500""",
				(row, i) -> new AuditRow(row.getTimestamp(1).toInstant(), row.getString(2).trim(), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
						io.vqr.web.Masking.text(row.getString(9))),
				year);
	}

	/** Counts per state, by a key of the line (办学类型 or city), in first-seen order. */
	public static List<GroupCounts> countBy(List<SchoolLine> lines,
			java.util.function.Function<SchoolLine, String> key) {
		Map<String, Map<ReviewState, Integer>> groups = new LinkedHashMap<>();
		for (SchoolLine line : lines) {
			String group = (key.apply(line) != null) ? key.apply(line) : "（未知）";
			groups.computeIfAbsent(group, (g) -> new EnumMap<>(ReviewState.class)).merge(line.state(), 1, Integer::sum);
		}
		List<GroupCounts> counts = new ArrayList<>();
		groups.forEach((group, byState) -> counts
			.add(new GroupCounts(group, byState, byState.values().stream().mapToInt(Integer::intValue).sum())));
		return counts;
	}

}
