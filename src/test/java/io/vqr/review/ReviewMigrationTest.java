package io.vqr.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.indicators.ProvinceFixture;
import io.vqr.indicators.WarehouseFixture;
import io.vqr.report.export.IndicatorExport;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;
import io.vqr.warehouse.Columns;
import io.vqr.warehouse.ReferenceDataMigration;

import org.springframework.jdbc.core.JdbcTemplate;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse loaded before review existed (schema V11), migrated: what was current is
 * official and approved, with a system audit row each, and every figure stays what it
 * was.
 */
class ReviewMigrationTest {

	@TempDir
	Path dir;

	@Test
	void anExistingWarehouseKeepsEveryFigureAndItsCurrentDataBecomeApproved() throws IOException {
		DataSource dataSource = TestDatabase.dataSource(TestDatabase.newDatabase("review_migration"));
		migrate(dataSource, "11");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		ProvinceFixture.populate(WarehouseFixture.on(jdbc));
		List<Map<String, Object>> current = jdbc
			.queryForList("select year, school_code, submission_id from current_submission order by 1, 2");
		assertThat(current).hasSizeGreaterThan(3);
		// Every figure is computed from the facts of the official (current) submissions:
		// the
		// export code of today reads the review tables, so the figures' inputs are
		// compared.
		Map<String, String> before = officialFacts(jdbc);

		migrate(dataSource, null);

		assertThat(officialFacts(jdbc)).isEqualTo(before);
		assertThat(export(jdbc, 2024, "after-2024.csv")).contains(ProvinceFixture.S1, ProvinceFixture.S2);
		assertThat(export(jdbc, 2023, "after-2023.csv")).contains(ProvinceFixture.S1);
		assertThat(jdbc.queryForList("select year, school_code, submission_id from current_submission order by 1, 2"))
			.isEqualTo(current);
		assertThat(jdbc.queryForList("""
				select year, school_code, review_submission_id as submission_id from school_year
				 where state = 'APPROVED' order by 1, 2
				""")).as("every current submission is approved and under review, nothing else").isEqualTo(current);
		assertThat(jdbc.queryForObject("select count(*) from school_year", Integer.class)).isEqualTo(current.size());
		assertThat(jdbc.queryForList("""
				select a.year, a.school_code, a.submission_id from review_audit a
				  join submission s on s.submission_id = a.submission_id and s.sha256 = a.sha256
				 where a.level = 'system' and a.action = 'APPROVE' and a.actor = 'system'
				   and a.from_state = 'NOT_SUBMITTED' and a.to_state = 'APPROVED'
				 order by 1, 2
				""")).as("one system audit row each").isEqualTo(current);
		assertThat(jdbc.queryForObject("select count(*) from review_audit", Integer.class)).isEqualTo(current.size());
	}

	/**
	 * A digest per fact table of the rows of the official submissions, over v1's columns:
	 * later migrations (standard v2) add columns these rows leave empty.
	 */
	private static Map<String, String> officialFacts(JdbcTemplate jdbc) {
		Map<String, String> digests = new java.util.TreeMap<>();
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			String row = "row(" + Columns.of(sheet).stream().map((column) -> "t." + column).collect(joining(", "))
					+ ")::text";
			digests.put(sheet.key(),
					jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(" + row + ", '|' order by "
							+ row + ")), '') from " + Columns.factTable(sheet)
							+ " t join current_submission c using (submission_id)", String.class));
		}
		return digests;
	}

	private String export(JdbcTemplate jdbc, int year, String name) throws IOException {
		Path file = this.dir.resolve(name);
		int rows = new IndicatorExport(jdbc).write(year, file);
		assertThat(rows).isPositive();
		return Files.readString(file);
	}

	private static void migrate(DataSource dataSource, String target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new ReferenceDataMigration());
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
