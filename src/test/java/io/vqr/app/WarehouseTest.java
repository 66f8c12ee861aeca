package io.vqr.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.test.TestDatabase;

import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening the warehouse with no configuration (embedded) and by URL. */
class WarehouseTest {

	@Test
	void embeddedDatabaseKeepsItsDataInTheFolderBetweenRuns(@TempDir Path dataDir) throws Exception {
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.embedded(dataDir), Map.of())) {
			JdbcTemplate jdbc = warehouse.bean(JdbcTemplate.class);
			jdbc.update("insert into school_roster (year, school_code, school_name) values (2024, '4144000001', '甲校')");
			assertThat(warehouse.bean(JobExplorer.class).getJobNames()).isEmpty();
		}
		assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.embedded(dataDir), Map.of())) {
			assertThat(warehouse.bean(JdbcTemplate.class)
				.queryForObject("select school_name from school_roster where school_code = '4144000001'", String.class))
				.isEqualTo("甲校");
		}
	}

	@Test
	void secondProcessOnTheSameFolderIsToldWhoHasIt(@TempDir Path dataDir) throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir)).isInstanceOf(DatabaseBusyException.class)
				.hasMessageContaining("another vqr process")
				.hasMessageContaining("--db-url");
			assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
		}
	}

	@Test
	void externalDatabaseByUrl(@TempDir Path dataDir) throws Exception {
		String url = TestDatabase.newDatabase("external");
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", dataDir), Map.of())) {
			assertThat(
					warehouse.bean(JdbcTemplate.class).queryForObject("select count(*) from dim_region", Integer.class))
				.isEqualTo(3348);
		}
		assertThat(Files.exists(dataDir.resolve("pg"))).as("no embedded server was started").isFalse();
	}

}
