package io.vqr.warehouse;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oldest PostgreSQL the product supports (14), where a Docker engine exists; the
 * embedded tests cover the bundled version everywhere else.
 */
@Testcontainers(disabledWithoutDocker = true)
class MigrationsOnPostgres14Test {

	@Container
	static final PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:14-alpine");

	@Test
	void migrationsApplyOnPostgres14() {
		Flyway flyway = Flyway.configure()
			.dataSource(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())
			.locations("classpath:db/migration")
			.javaMigrations(new ReferenceDataMigration())
			.load();
		assertThat(flyway.migrate().success).isTrue();
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

}
