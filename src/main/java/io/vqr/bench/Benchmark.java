package io.vqr.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vqr.app.EmbeddedPostgresServer;

/**
 * The province-scale benchmark: on one embedded PostgreSQL it starts itself, each run
 * loads the corpus the fastest raw way (the floor), ingests it as a user does (a child
 * JVM started as {@code bin/vqr} starts it, {@code java @bin/jvm.options -Xmx512m -jar
 * vqr.jar ingest}, against a fresh database whose schema was created beforehand, untimed)
 * and renders every report from it (a child {@code report}). Then, to show memory stays
 * flat, it ingests a {@code scale}× corpus once as the timed runs do (peak RSS), and the
 * 1× and {@code scale}× corpora once more each with a full collection every
 * {@value #LIVE_PROBE_MILLIS} ms (the live heap). Prints a table and writes
 * {@value #RESULTS}.
 */
public final class Benchmark {

	public static final String RESULTS = "bench-results.json";

	/** Heap of every child JVM: the contract's bound. */
	static final String HEAP = "-Xmx512m";

	/** How often a memory probe run collects the whole heap. */
	static final long LIVE_PROBE_MILLIS = 2000;

	/**
	 * What to run.
	 *
	 * @param schools schools in the corpus
	 * @param runs repetitions of floor, ingest and report
	 * @param out working folder (corpora are kept there and reused)
	 * @param scale factor of the memory run (1 skips it)
	 * @param scaleSchools whether the memory run has {@code scale}× the schools (else the
	 * same schools {@code scale}× bigger)
	 * @param year reporting year of the corpus
	 * @param seed generator seed
	 * @param jar the vqr jar the children run ({@code -jar}): the extracted one when they
	 * map a class archive
	 * @param jvmOptions the launcher's JVM options file ({@code bin/jvm.options}) the
	 * children start with, or null for none
	 * @param classArchive the class-data sharing archive they map, as bin/vqr starts vqr,
	 * or null for none
	 * @param reports whether to measure report rendering
	 */
	public record Options(int schools, int runs, Path out, double scale, boolean scaleSchools, int year, long seed,
			Path jar, Path jvmOptions, Path classArchive, boolean reports) {
	}

	private final Options options;

	private final PrintWriter log;

	public Benchmark(Options options, PrintWriter log) {
		this.options = options;
		this.log = log;
	}

	public BenchmarkResults run() throws IOException, SQLException, InterruptedException {
		Path out = this.options.out().toAbsolutePath().normalize();
		Files.createDirectories(out);
		BenchCorpus corpus = corpus(out, this.options.schools(), 1.0);
		BenchCorpus scaled = null;
		if (this.options.scale() > 1.0) {
			scaled = this.options.scaleSchools()
					? corpus(out, (int) Math.round(this.options.schools() * this.options.scale()), 1.0)
					: corpus(out, this.options.schools(), this.options.scale());
		}
		List<Map<String, Measurement>> runs = new ArrayList<>();
		Map<String, Measurement> memoryRuns = null;
		MachineInfo machineBefore = MachineInfo.read();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(out.resolve("server"))) {
			Database db = new Database(server);
			for (int run = 1; run <= this.options.runs(); run++) {
				Path runDir = clean(out.resolve("run-" + run));
				Map<String, Measurement> figures = new LinkedHashMap<>();
				figures.put("floor", floor(db, corpus, runDir, "bench_floor_" + run));
				String ingestDb = "bench_ingest_" + run;
				figures.put("ingest", ingest(db, corpus, runDir, ingestDb, false));
				if (this.options.reports()) {
					figures.put("report", report(db, corpus, runDir, ingestDb));
				}
				runs.add(figures);
				this.log.printf("run %d: %s%n", run, BenchmarkResults.oneLine(figures));
				this.log.flush();
			}
			if (scaled != null) {
				memoryRuns = new LinkedHashMap<>();
				memoryRuns.put("ingest",
						ingest(db, scaled, clean(out.resolve("run-scale")), "bench_ingest_scale", false));
				this.log.printf("memory probes: a full collection every %d ms (not timings)%n", LIVE_PROBE_MILLIS);
				memoryRuns.put("liveProbeAt1x",
						ingest(db, corpus, clean(out.resolve("run-probe-x1")), "bench_ingest_probe_x1", true));
				memoryRuns.put("liveProbe",
						ingest(db, scaled, clean(out.resolve("run-probe-scale")), "bench_ingest_probe_scale", true));
			}
		}
		BenchmarkResults results = BenchmarkResults.of(this.options, machineBefore, corpus, scaled, runs, memoryRuns);
		results.write(out.resolve(RESULTS));
		return results;
	}

	private BenchCorpus corpus(Path out, int schools, double sizeScale) throws IOException {
		Path dir = out.resolve(
				String.format(java.util.Locale.ROOT, "corpus-%d-x%s", schools, BenchmarkResults.number(sizeScale)));
		this.log.printf("corpus %s: preparing (written once, then reused)%n", dir);
		this.log.flush();
		BenchCorpus corpus = BenchCorpus.prepare(dir, schools, sizeScale, this.options.year(), this.options.seed());
		this.log.printf("corpus %s: %d files (%d .xlsx, %d .xls), %.1f MB, rows %s%n", dir.getFileName(),
				corpus.files(), corpus.xlsxFiles(), corpus.xlsFiles(), corpus.megabytes(), corpus.rowsPerSheet());
		this.log.flush();
		return corpus;
	}

	private Measurement floor(Database db, BenchCorpus corpus, Path runDir, String name)
			throws IOException, SQLException, InterruptedException {
		db.recreate(name);
		Path gc = runDir.resolve("floor-gc.log");
		List<String> command = javaCommand(gc, "benchmark", "floor", "--inbox", corpus.dir().toString(), "--db-url",
				db.url(name));
		Measurement m = measure(db, command, runDir.resolve("floor.log"), gc, false,
				(run) -> db.count(name, "select count(*) from " + FloorLoader.TABLE));
		this.log.printf("  floor  %.1f s, %d rows%n", m.wallSeconds(), m.items());
		return m;
	}

	private Measurement ingest(Database db, BenchCorpus corpus, Path runDir, String name, boolean liveProbe)
			throws IOException, SQLException, InterruptedException {
		db.recreate(name);
		createSchema(db, runDir, name);
		Path gc = runDir.resolve("ingest-gc.log");
		List<String> command = javaCommand(gc, "ingest", "--year", Integer.toString(this.options.year()), "--inbox",
				corpus.dir().toString(), "--feedback", runDir.resolve("feedback").toString(), "--summary",
				runDir.resolve("ingest-summary.json").toString(), "--data-dir", runDir.resolve("data").toString(),
				"--db-url", db.url(name),
				// every school approved as it is accepted, so that the report step
				// renders
				// what it always measured: 600 school reports and the province
				"--review", "auto");
		Measurement m = measure(db, command, runDir.resolve("ingest.log"), gc, liveProbe, (run) -> {
			long accepted = db.count(name,
					"select count(*) from submission where status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')");
			if (accepted != corpus.files()) {
				throw new IllegalStateException(
						"ingest accepted " + accepted + " of " + corpus.files() + " files; see " + run.log());
			}
			return corpus.totalRows();
		});
		if (liveProbe) {
			this.log.printf("  ingest (probed) %d rows, peak RSS %.0f MB, live heap %.0f MB%n", m.items(),
					m.peakRssMb(), m.liveHeapMb());
		}
		else {
			this.log.printf("  ingest %.1f s, %d rows, %.0f rows/s, peak RSS %.0f MB%n", m.wallSeconds(), m.items(),
					m.perSecond(), m.peakRssMb());
		}
		return m;
	}

	/**
	 * Creates the warehouse schema in the fresh database, untimed: a data office's
	 * warehouse exists before its ingests (Flyway creates it on the first start, once),
	 * so the timed ingest starts on the schema, with the year's data still empty. Any
	 * command that opens the warehouse migrates it; {@code status} does nothing else.
	 */
	private void createSchema(Database db, Path runDir, String name) throws IOException, InterruptedException {
		List<String> command = javaCommand(runDir.resolve("schema-gc.log"), "status", "--year",
				Integer.toString(this.options.year()), "--data-dir", runDir.resolve("data").toString(), "--db-url",
				db.url(name));
		ChildRun run = ChildJvm.run(command, runDir.resolve("schema.log"));
		if (run.exitCode() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " exited with " + run.exitCode() + "; see " + run.log());
		}
		this.log.printf("  schema %.1f s (untimed)%n", run.wallSeconds());
	}

	private Measurement report(Database db, BenchCorpus corpus, Path runDir, String name)
			throws IOException, SQLException, InterruptedException {
		Path gc = runDir.resolve("report-gc.log");
		Path reports = runDir.resolve("reports");
		List<String> command = javaCommand(gc, "report", "--year", Integer.toString(this.options.year()), "--out",
				reports.toString(), "--data-dir", runDir.resolve("data").toString(), "--db-url", db.url(name));
		Measurement m = measure(db, command, runDir.resolve("report.log"), gc, false, (run) -> {
			long count = reportCount(reports.resolve(Integer.toString(this.options.year())).resolve("reports.json"));
			if (count <= corpus.files()) {
				throw new IllegalStateException("the report run rendered " + count + " reports for " + corpus.files()
						+ " schools (were their school-years approved?); see " + run.log());
			}
			return count;
		});
		this.log.printf("  report %.1f s, %d reports%n", m.wallSeconds(), m.items());
		return m;
	}

	/**
	 * Reports rendered: entries of reports.json (a school's or the province's PDF + Excel
	 * count as one).
	 */
	private static long reportCount(Path index) {
		try {
			JsonNode node = new ObjectMapper().readTree(index.toFile());
			return node.size();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no report index " + index, ex);
		}
	}

	/** The options file bin/vqr adds for {@code ingest}, beside bin/jvm.options. */
	static final String INGEST_OPTIONS = "ingest.options";

	/** The options file bin/vqr adds for {@code report}, beside bin/jvm.options. */
	static final String REPORT_OPTIONS = "report.options";

	/**
	 * The child's command line: what {@code bin/vqr} runs, with the heap bound and a GC
	 * log.
	 */
	private List<String> javaCommand(Path gcLog, String... args) {
		List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable()));
		if (this.options.jvmOptions() != null) {
			command.add("@" + this.options.jvmOptions());
			// What bin/vqr adds for `ingest` and `report`; the floor, the same work
			// as the ingest without the checks, gets the ingest's.
			Path ingestOptions = this.options.jvmOptions().resolveSibling(INGEST_OPTIONS);
			boolean ingesting = args[0].equals("ingest") || (args.length > 1 && args[1].equals("floor"));
			if (ingesting && Files.isRegularFile(ingestOptions)) {
				command.add("@" + ingestOptions);
			}
			Path reportOptions = this.options.jvmOptions().resolveSibling(REPORT_OPTIONS);
			if (args[0].equals("report") && Files.isRegularFile(reportOptions)) {
				command.add("@" + reportOptions);
			}
		}
		if (this.options.classArchive() != null) {
			command.addAll(List.of("-XX:SharedArchiveFile=" + this.options.classArchive(), "-Xlog:cds*=off"));
		}
		command.addAll(List.of(HEAP, "-Xlog:gc:file=" + gcLog, "-jar", this.options.jar().toString()));
		command.addAll(List.of(args));
		return command;
	}

	private Measurement measure(Database db, List<String> command, Path logFile, Path gcLog, boolean liveProbe,
			CheckedCount items) throws IOException, SQLException, InterruptedException {
		double dbCpuBefore = db.serverCpuSeconds();
		ChildRun run = ChildJvm.run(command, logFile, liveProbe ? LIVE_PROBE_MILLIS : 0);
		double dbCpu = db.serverCpuSeconds() - dbCpuBefore;
		if (run.exitCode() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " exited with " + run.exitCode() + "; see " + logFile);
		}
		long count = items.apply(run);
		GcLogPeak heap = GcLogPeak.read(gcLog);
		return new Measurement(run.wallSeconds(), run.cpuSeconds(), dbCpu, count, count / run.wallSeconds(),
				run.peakRssMb(), heap.usedBeforeGcMb(), heap.afterGcMb(), heap.liveAfterFullGcMb(),
				heap.liveMedianAfterFullGcMb(), ChildJvm.loadAverage());
	}

	/** An empty folder at {@code dir}, whatever was there before. */
	static Path clean(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (var walk = Files.walk(dir)) {
				for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
					Files.delete(path);
				}
			}
		}
		return Files.createDirectories(dir);
	}

	@FunctionalInterface
	private interface CheckedCount {

		long apply(ChildRun run) throws SQLException;

	}

	/** The benchmark's PostgreSQL server: fresh databases, counts, its CPU time. */
	private static final class Database {

		private final EmbeddedPostgresServer server;

		private final String adminUrl;

		Database(EmbeddedPostgresServer server) {
			this.server = server;
			this.adminUrl = server.jdbcUrl();
		}

		String url(String database) {
			return this.adminUrl.replaceFirst("/postgres\\?", "/" + database + "?");
		}

		void recreate(String database) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.adminUrl);
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database);
				statement.execute("create database " + database);
			}
		}

		long count(String database, String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url(database));
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		/**
		 * CPU time of the postmaster and its reaped backends, read from /proc. A
		 * backend's time is added when it exits, so the children's connections are closed
		 * by then.
		 */
		double serverCpuSeconds() {
			Optional<Long> pid = postmasterPid();
			return pid.flatMap((p) -> ChildJvm.cpuSeconds(Path.of("/proc", p.toString()), true)).orElse(0.0)
					+ pid.map(this::liveBackendSeconds).orElse(0.0);
		}

		private double liveBackendSeconds(long postmaster) {
			return ProcessHandle.of(postmaster)
				.map((handle) -> handle.children()
					.mapToDouble((child) -> ChildJvm.cpuSeconds(Path.of("/proc", Long.toString(child.pid())), true)
						.orElse(0.0))
					.sum())
				.orElse(0.0);
		}

		private Optional<Long> postmasterPid() {
			try {
				List<String> lines = Files.readAllLines(this.server.dataDirectory().resolve("postmaster.pid"));
				return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
			}
			catch (IOException | NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

}
