package io.vqr.report.model;

import java.util.List;

import io.vqr.indicators.DataView;
import io.vqr.standard.CodeLists;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A school's 典型案例 of a year from the file of a {@link DataView}, in the order the school
 * gave them. One query per school report: case texts run to 2,000 characters, so they are
 * not held for a whole province the way the indicator snapshot is.
 */
class SchoolCasesQuery {

	private static final String SQL = """
			select c.part, c.title, c.body
			  from %s v join fact_cases c on c.submission_id = v.submission_id
			 where v.year = ? and v.school_code = ?
			 order by c.sheet_row
			""";

	private final JdbcTemplate jdbc;

	SchoolCasesQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The cases, each with its part resolved through the code list (aliases too). */
	List<CaseStudy> cases(DataView view, int year, String schoolCode) {
		return this.jdbc.query(SQL.formatted(view.relation()),
				(rs, n) -> CaseStudy.of(part(rs.getString("part")), rs.getString("title"), rs.getString("body")), year,
				schoolCode);
	}

	private static String part(String stored) {
		return CodeLists.get(CodeLists.CASE_PART).resolve(stored).map((entry) -> entry.code()).orElse(stored);
	}

}
