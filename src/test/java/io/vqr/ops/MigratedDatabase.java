package io.vqr.ops;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import io.vqr.test.TestDatabase;
import io.vqr.warehouse.ReferenceDataMigration;

/**
 * A fresh test database with the warehouse schema, for tests that need no Spring context.
 */
public final class MigratedDatabase {

	private MigratedDatabase() {
	}

	public static DataSource create(String prefix) {
		DataSource dataSource = TestDatabase.dataSource(TestDatabase.newDatabase(prefix));
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new ReferenceDataMigration())
			.load()
			.migrate();
		return dataSource;
	}

}
