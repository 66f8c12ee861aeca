package io.vqr.app;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An open warehouse: the Spring context (datasource, Flyway-migrated schema, Spring
 * Batch) and, without an external URL, the embedded PostgreSQL under it. Closing it stops
 * both.
 */
public final class Warehouse implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

	private final ConfigurableApplicationContext context;

	private final EmbeddedPostgresServer server;

	private Warehouse(ConfigurableApplicationContext context, EmbeddedPostgresServer server) {
		this.context = context;
		this.server = server;
	}

	/** Connects (starting the embedded server if needed) and migrates the schema. */
	public static Warehouse open(DatabaseOptions options, Map<String, Object> extraProperties) throws IOException {
		return open(options, extraProperties, VqrApplication.class, WebApplicationType.NONE);
	}

	/**
	 * Opens the warehouse under another application class: the web portal's, with a
	 * servlet web server. The batch commands keep {@link VqrApplication}, which leaves
	 * the web's auto-configuration out.
	 */
	public static Warehouse open(DatabaseOptions options, Map<String, Object> extraProperties, Class<?> application,
			WebApplicationType webType) throws IOException {
		Map<String, Object> properties = new HashMap<>(extraProperties);
		EmbeddedPostgresServer server = null;
		if (options.externalUrl().isPresent()) {
			properties.put("spring.datasource.url", options.externalUrl().get());
			options.user().ifPresent((user) -> properties.put("spring.datasource.username", user));
			options.password().ifPresent((password) -> properties.put("spring.datasource.password", password));
			log.info("Using PostgreSQL at {}", options.externalUrl().get());
		}
		else {
			server = EmbeddedPostgresServer.start(options.dataDir());
			properties.put("spring.datasource.url", server.jdbcUrl());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		return start(options, properties, server, application, webType);
	}

	/**
	 * Opens the warehouse to read it, also while another vqr process owns the embedded
	 * database folder (a running {@code schedule}): then it connects to that process's
	 * server (its port is line 4 of {@code postmaster.pid}) with every transaction
	 * read-only and without migrating. Otherwise the same as {@link #open}.
	 */
	public static Warehouse openShared(DatabaseOptions options, Map<String, Object> extraProperties)
			throws IOException {
		try {
			return open(options, extraProperties);
		}
		catch (DatabaseBusyException busy) {
			int port = EmbeddedPostgresServer.runningPort(options.dataDir()).orElseThrow(() -> busy);
			log.info("The embedded database is in use by another vqr process; reading it through localhost:{}", port);
			Map<String, Object> properties = new HashMap<>(extraProperties);
			properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + port
					+ "/postgres?options=-c%20default_transaction_read_only%3Don");
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			properties.put("spring.datasource.hikari.read-only", "true");
			properties.put("spring.flyway.enabled", "false");
			return start(options, properties, null, VqrApplication.class, WebApplicationType.NONE);
		}
	}

	private static Warehouse start(DatabaseOptions options, Map<String, Object> properties,
			EmbeddedPostgresServer server, Class<?> application, WebApplicationType webType) throws IOException {
		properties.put("vqr.data-dir", options.dataDir().toAbsolutePath().normalize().toString());
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.bannerMode(Banner.Mode.OFF)
				.web(webType)
				.logStartupInfo(false)
				.properties(properties)
				.run();
			return new Warehouse(context, server);
		}
		catch (RuntimeException ex) {
			if (server != null) {
				server.close();
			}
			throw ex;
		}
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() throws IOException {
		try {
			this.context.close();
		}
		finally {
			if (this.server != null) {
				this.server.close();
			}
		}
	}

}
