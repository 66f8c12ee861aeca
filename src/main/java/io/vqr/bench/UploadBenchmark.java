package io.vqr.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vqr.app.EmbeddedPostgresServer;
import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;

/**
 * How long a school waits for its upload's outcome while the province ingests: {@code vqr
 * serve} and a province's {@code vqr ingest} run as child JVMs started the way
 * {@code bin/vqr} starts them, on one embedded PostgreSQL. A school clerk logs in over
 * HTTP and uploads a typical workbook (≈1,500 rows) {@code uploads} times — each a new
 * version, so none is a duplicate — timing each from the start of the POST to the outcome
 * page; meanwhile the province's corpus is ingested again and again, each time into a
 * fresh database on the same server, so that an ingest runs during every upload. Prints
 * the figures and writes {@value #RESULTS}.
 */
public final class UploadBenchmark {

	public static final String RESULTS = "bench-upload.json";

	/** The school uploading: outside the province's corpus (indices from 0). */
	static final int FIRST_SCHOOL_INDEX = 3300;

	static final int TYPICAL_ROWS = 1500;

	static final int WARM_UP = 3;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern PASSWORD = Pattern.compile("One-time password: (\\S+)");

	/**
	 * What to run.
	 *
	 * @param uploads timed uploads
	 * @param schools schools of the province ingested meanwhile
	 * @param jar the vqr jar the children run
	 * @param jvmOptions bin/jvm.options, or null
	 * @param classArchive the class-data sharing archive, or null
	 */
	public record Options(int uploads, int schools, Path out, int year, long seed, Path jar, Path jvmOptions,
			Path classArchive) {
	}

	/** One timed upload. */
	public record Upload(int number, double seconds, String outcome, boolean duringIngest) {
	}

	private final Options options;

	private final PrintWriter log;

	public UploadBenchmark(Options options, PrintWriter log) {
		this.options = options;
		this.log = log;
	}

	public Map<String, Object> run() throws Exception {
		Path out = this.options.out().toAbsolutePath().normalize();
		Path work = Benchmark.clean(out.resolve("upload"));
		BenchCorpus corpus = BenchCorpus.prepare(
				out.resolve(String.format(java.util.Locale.ROOT, "corpus-%d-x1", this.options.schools())),
				this.options.schools(), 1.0, this.options.year(), this.options.seed());
		SampleSchool school = typicalSchool();
		List<Path> files = versions(school, work.resolve("files"), WARM_UP + this.options.uploads());
		this.log.printf("province: %d files, %d rows; the uploading school %s: %d rows, %.0f KB per file%n",
				corpus.files(), corpus.totalRows(), school.code(), rows(school), Files.size(files.get(0)) / 1024.0);
		this.log.flush();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(out.resolve("server"))) {
			String admin = server.jdbcUrl();
			recreate(admin, "bench_portal");
			recreate(admin, "bench_load_template");
			String portalUrl = url(admin, "bench_portal");
			child(work, "schema-portal", "status", "--year", "" + this.options.year(), "--data-dir",
					work.resolve("portal-data").toString(), "--db-url", portalUrl);
			child(work, "schema-load", "status", "--year", "" + this.options.year(), "--data-dir",
					work.resolve("load-data").toString(), "--db-url", url(admin, "bench_load_template"));
			String once = once(child(work, "user-add", "user", "add", "bench-clerk", "--role", "school-clerk",
					"--school", school.code(), "--db-url", portalUrl, "--data-dir",
					work.resolve("portal-data").toString()));
			int port = freePort();
			Process serve = start(work.resolve("serve.log"), false, "serve", "--port", "" + port, "--year",
					"" + this.options.year(), "--no-schedule", "--reports", work.resolve("reports").toString(),
					"--data-dir", work.resolve("portal-data").toString(), "--db-url", portalUrl);
			Load load = new Load(admin, work, corpus);
			try {
				Portal portal = new Portal("http://127.0.0.1:" + port);
				portal.awaitStarted(serve, Duration.ofMinutes(3));
				portal.login("bench-clerk", once);
				List<Upload> warmUp = new ArrayList<>();
				for (int i = 0; i < WARM_UP; i++) {
					warmUp.add(portal.upload(i + 1, files.get(i), false));
				}
				this.log.printf("warm-up (not counted, the server's first uploads): %s s%n",
						warmUp.stream().map((u) -> String.format(java.util.Locale.ROOT, "%.2f", u.seconds())).toList());
				load.start();
				load.awaitIngestRunning(Duration.ofMinutes(3));
				List<Upload> uploads = new ArrayList<>();
				for (int i = 0; i < this.options.uploads(); i++) {
					int before = load.ingestsStarted();
					boolean running = load.ingestRunning();
					Upload upload = portal.upload(i + 1, files.get(WARM_UP + i), false);
					boolean during = running && load.ingestRunning() && load.ingestsStarted() == before;
					uploads.add(new Upload(upload.number(), upload.seconds(), upload.outcome(), during));
					this.log.printf("  upload %2d: %.2f s %s%s%n", i + 1, upload.seconds(), upload.outcome(),
							during ? "" : " (an ingest ended or began meanwhile)");
					this.log.flush();
				}
				load.stop();
				Map<String, Object> results = results(school, corpus, uploads, load);
				new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
					.writeValue(out.resolve(RESULTS).toFile(), results);
				return results;
			}
			finally {
				load.stop();
				serve.destroy();
				if (!serve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
					serve.destroyForcibly();
				}
			}
		}
	}

	private Map<String, Object> results(SampleSchool school, BenchCorpus corpus, List<Upload> uploads, Load load) {
		double[] all = uploads.stream().mapToDouble(Upload::seconds).sorted().toArray();
		double[] during = uploads.stream().filter(Upload::duringIngest).mapToDouble(Upload::seconds).sorted().toArray();
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("when", Instant.now().toString());
		results.put("machine", MachineInfo.read());
		results.put("school", school.code());
		results.put("schoolRows", rows(school));
		results.put("provinceFiles", corpus.files());
		results.put("provinceRows", corpus.totalRows());
		results.put("uploads", uploads.size());
		results.put("uploadsWholeDuringAnIngest", during.length);
		results.put("ingestsRun", load.ingestsStarted());
		results.put("ingestSeconds", load.ingestSeconds());
		results.put("min", all[0]);
		results.put("median", percentile(all, 50));
		results.put("p95", percentile(all, 95));
		results.put("max", all[all.length - 1]);
		if (during.length > 0) {
			results.put("p95DuringIngest", percentile(during, 95));
		}
		results.put("outcomes", uploads.stream().map(Upload::outcome).distinct().toList());
		results.put("seconds", uploads.stream().map(Upload::seconds).toList());
		this.log.printf("%nuploads: %d (%d entirely during an ingest), ingests run meanwhile: %d (%s s each)%n",
				uploads.size(), during.length, load.ingestsStarted(), load.ingestSeconds());
		this.log.printf("time to the outcome page: min %.2f s, median %.2f s, p95 %.2f s, max %.2f s%s%n", all[0],
				percentile(all, 50), percentile(all, 95), all[all.length - 1],
				(during.length > 0) ? String.format(java.util.Locale.ROOT, "; p95 of those during an ingest %.2f s",
						percentile(during, 95)) : "");
		this.log.printf("target: p95 ≤ 3 s — %s%n", (percentile(all, 95) <= 3.0) ? "met" : "NOT met");
		this.log.flush();
		return results;
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/**
	 * The school (outside the corpus) whose workbook is closest to a typical 1,500 rows.
	 */
	private SampleSchool typicalSchool() {
		SampleSchool best = null;
		for (int index = FIRST_SCHOOL_INDEX; index < FIRST_SCHOOL_INDEX + 40; index++) {
			SampleSchool candidate = SampleSchools.generate(this.options.seed(), index, this.options.year(), 1.0);
			if (best == null || Math.abs(rows(candidate) - TYPICAL_ROWS) < Math.abs(rows(best) - TYPICAL_ROWS)) {
				best = candidate;
			}
		}
		return best;
	}

	static int rows(SampleSchool school) {
		return school.counts().values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The school's workbook in {@code count} versions: one graduate's income differs, so
	 * every file is new content (a duplicate would be answered at once).
	 */
	private static List<Path> versions(SampleSchool school, Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		int employed = 0;
		while (school.graduates().get(employed).monthlyIncome() == null) {
			employed++;
		}
		List<Path> files = new ArrayList<>();
		SubmissionWriter writer = new SubmissionWriter();
		for (int i = 0; i < count; i++) {
			List<GraduateRow> graduates = new ArrayList<>(school.graduates());
			GraduateRow g = graduates.get(employed);
			graduates.set(employed,
					new GraduateRow(g.studentNo(), g.name(), g.idNumber(), g.gender(), g.majorCode(), g.destination(),
							g.employer(), g.employerRegion(), g.employerIndustry(), g.employerKind(), g.related(),
							BigDecimal.valueOf(4000 + i), g.furtherSchool()));
			SampleSchool version = new SampleSchool(school.index(), school.year(), school.profile(), school.majors(),
					graduates, school.teachers(), school.partnerships());
			Path file = dir.resolve(school.code() + "_" + school.year() + "_v" + (i + 1) + ".xlsx");
			writer.write(version, Form.CLEAN_XLSX, file);
			files.add(file);
		}
		return files;
	}

	/** The province's ingest, again and again, each into a fresh copy of the schema. */
	private final class Load {

		private final String admin;

		private final Path work;

		private final BenchCorpus corpus;

		private final AtomicBoolean stopping = new AtomicBoolean();

		private final AtomicReference<Process> current = new AtomicReference<>();

		private final AtomicInteger started = new AtomicInteger();

		private final List<Double> seconds = java.util.Collections.synchronizedList(new ArrayList<>());

		private Thread thread;

		Load(String admin, Path work, BenchCorpus corpus) {
			this.admin = admin;
			this.work = work;
			this.corpus = corpus;
		}

		void start() {
			this.thread = new Thread(this::loop, "bench-ingest-load");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		private void loop() {
			try {
				while (!this.stopping.get()) {
					int n = this.started.get() + 1;
					String name = "bench_load_" + n;
					try (Connection connection = DriverManager.getConnection(this.admin);
							Statement statement = connection.createStatement()) {
						statement.execute("drop database if exists " + name);
						statement.execute("create database " + name + " template bench_load_template");
					}
					Path dir = Benchmark.clean(this.work.resolve("load-" + n));
					List<String> command = command(true, "ingest", "--year", "" + UploadBenchmark.this.options.year(),
							"--inbox", this.corpus.dir().toString(), "--feedback", dir.resolve("feedback").toString(),
							"--data-dir", dir.resolve("data").toString(), "--db-url", url(this.admin, name));
					long begin = System.nanoTime();
					Process process = new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(dir.resolve("ingest.log").toFile())
						.start();
					this.current.set(process);
					this.started.incrementAndGet();
					int exit = process.waitFor();
					this.current.set(null);
					if (!this.stopping.get()) {
						this.seconds.add(Math.round((System.nanoTime() - begin) / 1e7) / 100.0);
						if (exit != 0) {
							UploadBenchmark.this.log.printf("  (ingest %d exited with %d; see %s)%n", n, exit,
									dir.resolve("ingest.log"));
						}
					}
					try (Connection connection = DriverManager.getConnection(this.admin);
							Statement statement = connection.createStatement()) {
						statement.execute("drop database if exists " + name);
					}
				}
			}
			catch (Exception ex) {
				UploadBenchmark.this.log.printf("ingest load stopped: %s%n", ex);
			}
		}

		boolean ingestRunning() {
			Process process = this.current.get();
			return process != null && process.isAlive();
		}

		int ingestsStarted() {
			return this.started.get();
		}

		List<Double> ingestSeconds() {
			return List.copyOf(this.seconds);
		}

		void awaitIngestRunning(Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!ingestRunning() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			// past the JVM's start, into the files
			Thread.sleep(3000);
		}

		void stop() throws InterruptedException {
			this.stopping.set(true);
			Process process = this.current.get();
			if (process != null) {
				process.destroyForcibly();
			}
			if (this.thread != null) {
				this.thread.join(60_000);
			}
		}

	}

	/** A school clerk's browser, as far as the upload goes: a session, the CSRF token. */
	private final class Portal {

		private final String base;

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		Portal(String base) {
			this.base = base;
		}

		void awaitStarted(Process serve, Duration timeout) throws Exception {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				if (!serve.isAlive()) {
					throw new IllegalStateException("serve exited with " + serve.exitValue());
				}
				try {
					if (get("/login").statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			throw new IllegalStateException("serve did not answer within " + timeout);
		}

		void login(String username, String once) throws Exception {
			post("/login",
					"username=" + username + "&password=" + encode(once) + "&_csrf=" + csrf(get("/login").body()));
			String password = "Bench-upload-" + System.nanoTime();
			String form = get("/password").body();
			post("/password",
					"current=" + encode(once) + "&next=" + password + "&repeat=" + password + "&_csrf=" + csrf(form));
			if (get("/school").statusCode() != 200) {
				throw new IllegalStateException("the clerk could not log in");
			}
		}

		/** Uploads the file and waits for its outcome page; returns the time taken. */
		Upload upload(int number, Path file, boolean during) throws Exception {
			String token = csrf(get("/school").body());
			String boundary = "----vqrbench" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
					+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(Files.readAllBytes(file));
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			long begin = System.nanoTime();
			HttpResponse<String> posted = this.client
				.send(HttpRequest.newBuilder(URI.create(this.base + "/school/upload"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.build(), HttpResponse.BodyHandlers.ofString());
			String location = posted.headers().firstValue("Location").orElse(null);
			if (posted.statusCode() != 302 || location == null || !location.contains("/school/files/")) {
				throw new IllegalStateException("upload " + number + " was not processed: HTTP " + posted.statusCode());
			}
			String path = location.replaceFirst("^https?://[^/]+", "");
			String page = get(path).body();
			while (page.contains("文件正在处理")) {
				Thread.sleep(100);
				page = get(path).body();
			}
			double seconds = (System.nanoTime() - begin) / 1e9;
			String outcome = page.contains("文件未通过校验") ? "REJECTED" : page.contains("文件通过校验，已入库，但有")
					? "ACCEPTED_WITH_WARNINGS" : page.contains("文件通过校验") ? "ACCEPTED" : "OTHER";
			return new Upload(number, seconds, outcome, during);
		}

		private HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private void post(String path, String form) throws IOException, InterruptedException {
			this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
		}

	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return matcher.group(1);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String once(String output) {
		Matcher matcher = PASSWORD.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("user add printed no one-time password: " + output);
		}
		return matcher.group(1);
	}

	/** Runs a child to its end; returns its output. */
	private String child(Path work, String name, String... args) throws IOException, InterruptedException {
		Path logFile = work.resolve(name + ".log");
		ChildRun run = ChildJvm.run(command(false, args), logFile);
		if (run.exitCode() != 0) {
			throw new IllegalStateException(name + " exited with " + run.exitCode() + "; see " + logFile);
		}
		this.log.printf("  %s %.1f s (untimed)%n", name, run.wallSeconds());
		this.log.flush();
		return Files.readString(logFile);
	}

	private Process start(Path logFile, boolean ingest, String... args) throws IOException {
		return new ProcessBuilder(command(ingest, args)).redirectErrorStream(true)
			.redirectOutput(logFile.toFile())
			.start();
	}

	/**
	 * As bin/vqr starts vqr: its JVM options (and for the ingest bin/ingest.options and
	 * the benchmark's heap bound), the class archive; serve with the JVM's default heap.
	 */
	private List<String> command(boolean ingest, String... args) {
		List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable()));
		if (this.options.jvmOptions() != null) {
			command.add("@" + this.options.jvmOptions());
			Path ingestOptions = this.options.jvmOptions().resolveSibling(Benchmark.INGEST_OPTIONS);
			if (ingest && Files.isRegularFile(ingestOptions)) {
				command.add("@" + ingestOptions);
			}
		}
		if (this.options.classArchive() != null) {
			command.addAll(List.of("-XX:SharedArchiveFile=" + this.options.classArchive(), "-Xlog:cds*=off"));
		}
		if (ingest) {
			command.add(Benchmark.HEAP);
		}
		command.addAll(List.of("-jar", this.options.jar().toString()));
		command.addAll(List.of(args));
		return command;
	}

	private static String url(String admin, String database) {
		return admin.replaceFirst("/postgres\\?", "/" + database + "?");
	}

	private static void recreate(String admin, String database) throws java.sql.SQLException {
		try (Connection connection = DriverManager.getConnection(admin);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database);
			statement.execute("create database " + database);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
