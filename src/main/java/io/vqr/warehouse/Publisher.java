package io.vqr.warehouse;

import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a submission's staged rows (COPY'd into the fact tables under its id) a
 * school-year's official data, or deletes a rejected one's before its transaction
 * commits, so it never touches the warehouse. An accepted submission becomes the school's
 * current data for the year (superseding the previous version, which is kept): every
 * indicator query reads {@code current_submission}.
 */
@Component
public class Publisher {

	private final JdbcTemplate jdbc;

	public Publisher(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Publishes an accepted submission. A later-received submission of the school that is
	 * already current (two files of one school processed in parallel) stays current: this
	 * one is kept as an earlier version.
	 */
	public void publish(long submissionId, int year, String schoolCode) {
		// Two files of one school published at once: one after the other, so the later
		// received one stays current whatever the order.
		lockSchoolYear(year, schoolCode);
		Long current = this.jdbc.query(
				"select submission_id from current_submission where year = ? and school_code = ?",
				(rows) -> rows.next() ? rows.getLong(1) : null, year, schoolCode);
		if (current != null && current == submissionId) {
			// Handed on again after a failure: nothing to do.
			return;
		}
		if (current != null && current > submissionId) {
			this.jdbc.update("update submission set superseded_by = ? where submission_id = ?", current, submissionId);
			return;
		}
		this.jdbc.update("""
				update submission set superseded_by = ?
				 where submission_id = (select submission_id from current_submission where year = ? and school_code = ?)
				""", submissionId, year, schoolCode);
		this.jdbc.update("""
				insert into current_submission (year, school_code, submission_id) values (?, ?, ?)
				on conflict (year, school_code) do update set submission_id = excluded.submission_id, since = now()
				""", year, schoolCode, submissionId);
		this.jdbc.update(
				"""
						insert into dim_school (school_code, school_name, school_type, ownership, region_code, first_year, last_year)
						select school_code, school_name, school_type, ownership, region_code, year, year
						  from fact_profile where submission_id = ?
						on conflict (school_code) do update set
						  school_name = case when excluded.last_year >= dim_school.last_year then excluded.school_name else dim_school.school_name end,
						  school_type = case when excluded.last_year >= dim_school.last_year then excluded.school_type else dim_school.school_type end,
						  ownership = case when excluded.last_year >= dim_school.last_year then excluded.ownership else dim_school.ownership end,
						  region_code = case when excluded.last_year >= dim_school.last_year then excluded.region_code else dim_school.region_code end,
						  first_year = least(dim_school.first_year, excluded.first_year),
						  last_year = greatest(dim_school.last_year, excluded.last_year),
						  updated_at = now()
						""",
				submissionId);
	}

	/**
	 * Serializes the work on one school-year (version numbers, publishing) until the
	 * caller's transaction ends.
	 */
	public void lockSchoolYear(int year, String schoolCode) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row) -> {
		}, "submission:" + year + ":" + schoolCode.trim());
	}

	/**
	 * Deletes the rows a rejected submission's validation COPY'd into the fact tables.
	 * Only for a submission being processed in this transaction: its rows have never been
	 * committed.
	 */
	public void discard(long submissionId) {
		// the profile of a rejected file still tells the school's 办学类型 and city
		this.jdbc.update("""
				update submission s set school_type = p.school_type, region_code = p.region_code
				  from fact_profile p where p.submission_id = s.submission_id and s.submission_id = ?
				""", submissionId);
		for (SheetDef sheet : SubmissionStandard.allSheets()) {
			this.jdbc.update("delete from " + Columns.factTable(sheet) + " where submission_id = ?", submissionId);
		}
	}

}
