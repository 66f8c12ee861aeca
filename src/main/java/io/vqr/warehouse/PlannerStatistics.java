package io.vqr.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's statistics of the tables the reports read. Right after an ingest
 * autovacuum may not have analyzed the new rows yet, or may have analyzed a table half
 * loaded: a report planned on that once took 290 s of database time in the indicators'
 * queries instead of 9 s (a nested loop over a table believed small). ANALYZE samples, so
 * it takes well under a second for a province.
 */
@Component
public class PlannerStatistics {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	private final JdbcTemplate jdbc;

	public PlannerStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The tables analyzed: the facts, and which submission is current. */
	static List<String> tables() {
		List<String> tables = new ArrayList<>();
		for (SheetDef sheet : SubmissionStandard.allSheets()) {
			tables.add(Columns.factTable(sheet));
		}
		tables.add("current_submission");
		tables.add("submission");
		return tables;
	}

	/**
	 * Analyzes the tables. Where that fails the statistics stay as they are, with a
	 * warning: reports still come out right, maybe slower. (PostgreSQL skips, with a
	 * notice, tables the account may not analyze.)
	 */
	public void refresh() {
		long start = System.nanoTime();
		try {
			this.jdbc.execute("analyze " + String.join(", ", tables()));
			log.info("Database statistics refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (DataAccessException ex) {
			log.warn("Could not refresh the database's statistics ({}); reports are planned on the ones it has",
					ex.getMostSpecificCause().getMessage());
		}
	}

}
