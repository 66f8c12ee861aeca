package io.vqr.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.RuleParameters.YearOverYearCount;

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
	 * The SQL of a count W-YOY-JUMP compares, over a submission's rows (one parameter).
	 */
	private static String sql(YearOverYearCount count) {
		return switch (count) {
			case ENROLLED -> "select coalesce(sum(enrolled), 0) from fact_majors where submission_id = ?";
			case GRADUATES -> "select count(*) from fact_graduates where submission_id = ?";
			case FULL_TIME_TEACHERS ->
				"select count(*) from fact_teachers where submission_id = ? and category = '专任教师'";
		};
	}

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
		for (YearOverYearCount count : YearOverYearCount.values()) {
			long now = number(sql(count), submissionId);
			long before = number(sql(count), prior.get(0));
			if (before <= 0) {
				continue;
			}
			// Compared exactly: a change rounded to 50.0% first would hide 50.004%.
			if (RuleParameters.YEAR_OVER_YEAR_CHANGE.exceeded(Math.abs(now - before), before)) {
				BigDecimal change = percentChange(now, before);
				String sheetName = outcome.tallies().containsKey(count.sheetKey())
						? outcome.tallies().get(count.sheetKey()).sheetName() : outcome.sheetName(count.sheetKey());
				String signed = ((change.signum() > 0) ? "+" : "") + change.toPlainString() + "%";
				findings.add(Finding.ofSheet(Rule.W_YOY_JUMP, sheetName,
						Rule.W_YOY_JUMP.message(count.label(), now, before, signed)));
			}
		}
	}

	/**
	 * The change in percent to one decimal, or to as many more as it takes to show that
	 * it exceeds the bound (+50.005%, not +50.0%).
	 */
	static BigDecimal percentChange(long now, long before) {
		BigDecimal bound = RuleParameters.YEAR_OVER_YEAR_CHANGE.value().movePointRight(2);
		BigDecimal change = null;
		for (int scale = 1; scale <= 12 && (change == null || change.abs().compareTo(bound) <= 0); scale++) {
			change = BigDecimal.valueOf(now - before)
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(before), scale, RoundingMode.HALF_UP);
		}
		return change;
	}

	private long number(String sql, long submissionId) {
		Long value = this.jdbc.queryForObject(sql, Long.class, submissionId);
		return (value != null) ? value : 0;
	}

}
