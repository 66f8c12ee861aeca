package io.vqr.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules that need the warehouse, run set-based over a submission's rows (loaded in
 * its transaction, not yet committed): W-CROSS-SCHOOL-ID (a graduate's ID in another
 * school's accepted data of the same year) and W-YOY-JUMP (a key count changed by more
 * than half against the school's accepted data of Y-1). Offline validation has no
 * warehouse and skips them.
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
		crossSchoolIds(submissionId, year, schoolCode, outcome, findings);
		yearOverYear(submissionId, year, schoolCode, outcome, findings);
		return findings;
	}

	private void crossSchoolIds(long submissionId, int year, String schoolCode, ValidationOutcome outcome,
			List<Finding> findings) {
		ColumnRef idColumn = outcome.columns().getOrDefault(SubmissionStandard.GRADUATES, Map.of()).get("id_number");
		if (idColumn == null) {
			return;
		}
		// Driven from the submission's own IDs, one index probe each (the lateral
		// subquery with OFFSET 0 fixes that order): while a province is being loaded the
		// statistics are stale, and plans chosen from them read every current school's
		// graduates for each file, quadratic in the province. The probe is on the hash's
		// first 64 bits (id_number_key, V9; a hash index, V10); the whole hash decides.
		this.jdbc.query("""
				select s.sheet_row, s.id_number_masked, min(c.school_code)
				  from fact_graduates s
				 cross join lateral (select f.submission_id
				                       from fact_graduates f
				                      where f.id_number_key = s.id_number_key
				                        and f.id_number_hash = s.id_number_hash
				                     offset 0) f
				  join current_submission c on c.submission_id = f.submission_id and c.year = ? and c.school_code <> ?
				 where s.submission_id = ?
				 group by s.sheet_row, s.id_number_masked
				 order by s.sheet_row
				""", (row) -> {
			findings.add(Finding.ofCell(Rule.W_CROSS_SCHOOL_ID, idColumn.sheetName(), row.getInt(1), idColumn.column(),
					idColumn.header(), row.getString(2),
					Rule.W_CROSS_SCHOOL_ID.message(row.getString(2), row.getString(3))));
		}, year, schoolCode, submissionId);
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
