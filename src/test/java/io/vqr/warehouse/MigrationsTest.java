package io.vqr.warehouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations on a real, empty PostgreSQL: they apply, a second run changes nothing,
 * the reference dimensions are complete, and the warehouse has a column for every field
 * of the standard.
 */
class MigrationsTest {

	private static DataSource dataSource;

	private static MigrateResult firstRun;

	@BeforeAll
	static void migrate() {
		dataSource = TestDatabase.dataSource(TestDatabase.newDatabase("migrations"));
		firstRun = flyway().migrate();
	}

	private static Flyway flyway() {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new ReferenceDataMigration())
			.load();
	}

	@Test
	void applyOnAnEmptyDatabase() {
		assertThat(firstRun.success).isTrue();
		assertThat(firstRun.migrations).extracting((migration) -> migration.version).contains("1", "2", "3", "4", "");
	}

	@Test
	void secondRunChangesNothing() {
		MigrateResult again = flyway().migrate();
		assertThat(again.success).isTrue();
		assertThat(again.migrationsExecuted).isZero();
	}

	@Test
	void referenceDimensionsHoldEveryCode() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select count(*) from dim_major_catalog", Integer.class)).isEqualTo(1349);
		assertThat(jdbc.queryForObject("select count(*) from dim_major_catalog where level = '中职'", Integer.class))
			.isEqualTo(358);
		assertThat(jdbc.queryForObject("select count(*) from dim_region", Integer.class)).isEqualTo(3348);
		assertThat(jdbc.queryForObject("select count(*) from dim_industry", Integer.class)).isEqualTo(1971);
		assertThat(jdbc.queryForObject(
				"select province_code || '/' || city_code from dim_region where region_code = '440111'", String.class))
			.isEqualTo("440000/440100");
		assertThat(
				jdbc.queryForObject("select section_code from dim_industry where industry_code = '3741'", String.class))
			.isEqualTo("C");
	}

	@Test
	void springBatchRepositoryTablesExist() {
		assertThat(columnsOf("batch_job_execution")).containsKeys("job_execution_id", "status", "exit_code");
		assertThat(columnsOf("batch_step_execution_context")).containsKey("serialized_context");
	}

	@Test
	void everyFieldOfEveryStandardHasItsColumnInTheFacts() {
		assertThat(SubmissionStandard.allSheets()).extracting(SheetDef::key)
			.contains(SubmissionStandard.SERVICE, SubmissionStandard.INTERNATIONAL, SubmissionStandard.CASES);
		for (SheetDef sheet : SubmissionStandard.allSheets()) {
			String table = Columns.factTable(sheet);
			Map<String, String> columns = columnsOf(table);
			assertThat(columns).as(table).containsKeys("submission_id", "sheet_row");
			for (FieldDef field : sheet.fields()) {
				if (field.type() == FieldType.ID_NUMBER) {
					assertThat(columns).as(table + " never stores a raw ID number")
						.doesNotContainKey(field.key())
						.containsKeys(field.key() + "_hash", field.key() + "_masked", field.key() + "_key");
				}
				else {
					assertThat(columns).as(table).containsKey(field.key());
					assertThat(columns.get(field.key())).as(table + "." + field.key()).isIn(sqlTypesFor(field.type()));
				}
			}
		}
	}

	private static List<String> sqlTypesFor(FieldType type) {
		return switch (type) {
			case INTEGER, YEAR -> List.of("integer", "bigint");
			case DECIMAL -> List.of("numeric");
			case DATE -> List.of("date");
			case YES_NO -> List.of("boolean");
			default -> List.of("text", "character");
		};
	}

	private static Map<String, String> columnsOf(String table) {
		Map<String, String> columns = new HashMap<>();
		new JdbcTemplate(dataSource)
			.query("select column_name, data_type from information_schema.columns where table_name = ?", (row) -> {
				columns.put(row.getString(1), row.getString(2));
			}, table);
		return columns;
	}

}
