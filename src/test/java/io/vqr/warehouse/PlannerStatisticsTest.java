package io.vqr.warehouse;

import org.junit.jupiter.api.Test;

import io.vqr.ops.MigratedDatabase;
import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The statistics the reports are planned on: refreshed for every table they read, and a
 * database where that fails leaves the report to run on the ones it has.
 */
class PlannerStatisticsTest {

	@Test
	void everyTableTheReportsReadIsAnalyzed() {
		JdbcTemplate jdbc = new JdbcTemplate(MigratedDatabase.create("statistics"));
		String neverAnalyzed = "select count(*) from pg_class where relname = any(?) and reltuples < 0";
		String[] tables = PlannerStatistics.tables().toArray(String[]::new);
		assertThat(tables).contains("fact_graduates", "fact_teachers", "current_submission");
		assertThat(jdbc.queryForObject(neverAnalyzed, Long.class, (Object) tables)).isEqualTo(tables.length);

		new PlannerStatistics(jdbc).refresh();

		assertThat(jdbc.queryForObject(neverAnalyzed, Long.class, (Object) tables)).isZero();
	}

	@Test
	void aDatabaseThatCannotBeAnalyzedIsLeftAsItIs() {
		// No warehouse schema: ANALYZE fails on the first table.
		JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource(TestDatabase.newDatabase("statistics_empty")));

		assertThatCode(() -> new PlannerStatistics(jdbc).refresh()).doesNotThrowAnyException();
		assertThat(jdbc.queryForObject("select count(*) from pg_class where relname = 'fact_graduates'", Long.class))
			.isZero();
	}

}
