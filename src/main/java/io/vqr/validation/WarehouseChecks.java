package io.vqr.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rule that compares a submission with the warehouse while it is processed, set-based
 * over its rows (loaded in its transaction, not yet committed): W-YOY-JUMP (a key count
 * changed by more than half against the school's accepted data of Y-1). W-CROSS-SCHOOL-ID
 * needs every file of the run and is checked after them
 * ({@code io.vqr.jobs.ingest.CrossSchoolIdCheck}). Offline validation has no warehouse
 * and skips both.
 */
@Component
public class WarehouseChecks {

	/**
	 * The counts W-YOY-JUMP compares: label, sheet key, SQL over a submission's rows (one
	 * parameter).
	 */
	private record YearOverYear(String label, String sheetKey, String sql) {
	}

	private static final List<YearOverYear> YEAR_OVER_YEAR = List.of(
			new YearOverYear("在校生总数", SubmissionStandard.MAJORS,
					"select coalesce(sum(enrolled), 0) from fact_majors where submission_id = ?"),
			new YearOverYear("毕业生人数", SubmissionStandard.GRADUATES,
					"select count(*) from fact_graduates where submission_id = ?"),
			new YearOverYear("专任教师人数", SubmissionStandard.TEACHERS,
					"select count(*) from fact_teachers where submission_id = ? and category = '专任教师'"));

	private final JdbcTemplate jdbc;

	public WarehouseChecks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Finding> check(long submissionId, int year, String schoolCode, ValidationOutcome outcome) {
		List<Finding> findings = new ArrayList<>();
		yearOverYear(submissionId, year, schoolCode, outcome, findings);
		return findings;
	}

	private void yearOverYear(long submissionId, int year, String schoolCode, ValidationOutcome outcome,
			List<Finding> findings) {
		List<Long> prior = this.jdbc.queryForList(
				"select submission_id from current_submission where year = ? and school_code = ?", Long.class, year - 1,
				schoolCode);
		if (prior.isEmpty()) {
			return;
		}
		for (YearOverYear count : YEAR_OVER_YEAR) {
			long now = number(count.sql(), submissionId);
			long before = number(count.sql(), prior.get(0));
			if (before <= 0) {
				continue;
			}
			BigDecimal change = BigDecimal.valueOf(now - before)
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
			if (change.abs().compareTo(BigDecimal.valueOf(50)) > 0) {
				String sheetName = outcome.tallies().containsKey(count.sheetKey())
						? outcome.tallies().get(count.sheetKey()).sheetName()
						: SubmissionStandard.v1().sheet(count.sheetKey()).name();
				String signed = ((change.signum() > 0) ? "+" : "") + change.toPlainString() + "%";
				findings.add(Finding.ofSheet(Rule.W_YOY_JUMP, sheetName,
						Rule.W_YOY_JUMP.message(count.label(), now, before, signed)));
			}
		}
	}

	private long number(String sql, long submissionId) {
		Long value = this.jdbc.queryForObject(sql, Long.class, submissionId);
		return (value != null) ? value : 0;
	}

}
