package io.vqr.app;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

/**
 * Where the warehouse is: an external PostgreSQL by URL (option or the standard Spring
 * datasource environment), or else the embedded one in a data folder.
 */
public class DatabaseOptions {

	@Option(names = "--db-url", paramLabel = "JDBC_URL",
			description = "PostgreSQL 14+ to use, e.g. jdbc:postgresql://host:5432/vqr (default: SPRING_DATASOURCE_URL,"
					+ " else an embedded PostgreSQL in --data-dir)")
	String url;

	@Option(names = "--db-user", paramLabel = "USER",
			description = "database user (default: SPRING_DATASOURCE_USERNAME)")
	String user;

	@Option(names = "--db-password", paramLabel = "PASSWORD",
			description = "database password (default: SPRING_DATASOURCE_PASSWORD)")
	String password;

	@Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${VQR_DATA_DIR:-data}",
			description = "folder of the embedded PostgreSQL and the archive (default: ${DEFAULT-VALUE})")
	Path dataDir;

	public static DatabaseOptions embedded(Path dataDir) {
		DatabaseOptions options = new DatabaseOptions();
		options.dataDir = dataDir;
		return options;
	}

	public static DatabaseOptions external(String url, String user, String password, Path dataDir) {
		DatabaseOptions options = embedded(dataDir);
		options.url = url;
		options.user = user;
		options.password = password;
		return options;
	}

	/**
	 * The external database URL, if one is configured by option, system property or
	 * environment.
	 */
	public Optional<String> externalUrl() {
		return firstNonBlank(this.url, System.getProperty("spring.datasource.url"),
				System.getenv("SPRING_DATASOURCE_URL"));
	}

	Optional<String> user() {
		return firstNonBlank(this.user, System.getProperty("spring.datasource.username"),
				System.getenv("SPRING_DATASOURCE_USERNAME"));
	}

	Optional<String> password() {
		return firstNonBlank(this.password, System.getProperty("spring.datasource.password"),
				System.getenv("SPRING_DATASOURCE_PASSWORD"));
	}

	public Path dataDir() {
		return this.dataDir;
	}

	private static Optional<String> firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
