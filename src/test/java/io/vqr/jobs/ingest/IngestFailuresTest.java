package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;
import io.vqr.warehouse.Columns;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.ClaimantId;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An ingest never waits for ever: a fault at any stage of a file fails that file (nothing
 * of it loaded), the run goes on with the other files and ends failed (exit 1), and the
 * next run processes the file. Each case within a time bound: before, a full feedback
 * disk or a long file name hung the run for good.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestFailuresTest {

	static final int YEAR = 2024;

	static final Duration BOUND = Duration.ofMinutes(3);

	@TempDir
	static Path dir;

	String url;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	Path samples;

	Manifest manifest;

	@BeforeAll
	void open() throws IOException {
		this.url = TestDatabase.newDatabase("failures");
		this.warehouse = Warehouse.open(DatabaseOptions.external(this.url, "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "ingest-failures-test-secret-0123", "vqr.workers", 1));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		this.samples = dir.resolve("samples");
		this.manifest = new SampleCorpus().generate(this.samples, 7, YEAR, 17,
				SampleCorpus.Options.defaults().withSizeScale(1.0).withDefects(false));
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void aFullFeedbackDiskFailsTheFileAndTheNextRunProcessesIt() {
		Manifest.Entry x = this.manifest.files().get(0);
		Manifest.Entry y = this.manifest.files().get(1);
		assertTimeoutPreemptively(BOUND, () -> {
			Path full = Files.createDirectories(dir.resolve("feedback-full"));
			Path firstInbox = inbox("full-1", x.file());
			mountSmallFileSystem(full);
			try {
				JobExecution first = ingest(firstInbox, full);
				assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
				assertThat(status(x.file())).isEqualTo("FAILED");
				assertThat(failure(x.file())).contains("No space left on device");
				assertNothingLoaded(x.file());

				// A run of another inbox takes the failed file again (its feedback still
				// goes
				// to the full disk): it fails again, the run's own file is processed.
				JobExecution second = ingest(inbox("full-2", y.file()), dir.resolve("feedback"));
				assertThat(second.getStatus()).isEqualTo(BatchStatus.FAILED);
				assertThat(status(x.file())).isEqualTo("FAILED");
				assertNothingLoaded(x.file());
				assertLoadedAsGenerated(y);
			}
			finally {
				unmount(full);
			}
			JobExecution third = ingest(firstInbox, full);
			assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertLoadedAsGenerated(x);
			assertThat(full.resolve(FeedbackWorkbookWriter.feedbackFileName(x.file()))).isRegularFile();
		});
	}

	@Test
	void aFileNameTooLongForItsFeedbackNameGetsAShorterOne() {
		Manifest.Entry entry = this.manifest.files().get(2);
		// 240 bytes of UTF-8 before the extension: with _校验结果.xlsx the feedback name
		// would be 258 bytes, more than a file name may have.
		String name = "某".repeat(80) + ".xlsx";
		assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(245);
		assertTimeoutPreemptively(BOUND, () -> {
			Path inbox = Files.createDirectories(dir.resolve("inbox-long"));
			Files.copy(this.samples.resolve(entry.file()), inbox.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
			JobExecution run = ingest(inbox, dir.resolve("feedback"));
			assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertLoadedAsGenerated(name, entry);
			Path feedback = Path.of(this.jdbc.queryForObject("select feedback_path from submission where file_name = ?",
					String.class, name));
			assertThat(feedback).isRegularFile();
			String feedbackName = feedback.getFileName().toString();
			assertThat(feedbackName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
			assertThat(feedbackName).startsWith("某某某").endsWith("_校验结果.xlsx");
		});
	}

	@Test
	void aConnectionDroppedMidFileFailsThatFileAndTheNextRunProcessesIt() {
		List<Manifest.Entry> entries = this.manifest.files().subList(3, 6);
		assertTimeoutPreemptively(BOUND, () -> {
			Path inbox = inbox("dropped", entries.stream().map(Manifest.Entry::file).toArray(String[]::new));
			AtomicBoolean terminated = new AtomicBoolean();
			AtomicBoolean done = new AtomicBoolean();
			// Ends the worker's connection while it streams a file's graduates.
			CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
				try (Connection connection = TestDatabase.dataSource(this.url).getConnection();
						PreparedStatement find = connection.prepareStatement("""
								select pg_terminate_backend(pid) from pg_stat_activity
								 where datname = current_database() and pid <> pg_backend_pid()
								   and state = 'active' and query like 'copy fact_graduates%'
								 limit 1
								""")) {
					while (!done.get() && !terminated.get()) {
						try (var row = find.executeQuery()) {
							if (row.next()) {
								terminated.set(row.getBoolean(1));
							}
						}
						TimeUnit.MILLISECONDS.sleep(1);
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			JobExecution first;
			try {
				first = ingest(inbox, dir.resolve("feedback"));
			}
			finally {
				done.set(true);
				watcher.get(30, TimeUnit.SECONDS);
			}
			assertThat(terminated).as("a worker's connection was ended mid-file").isTrue();
			assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
			List<String> failed = this.jdbc.queryForList(
					"select file_name from submission where status = 'FAILED' and file_name = any(?)", String.class,
					(Object) entries.stream().map(Manifest.Entry::file).toArray(String[]::new));
			assertThat(failed).hasSize(1);
			assertNothingLoaded(failed.get(0));
			for (Manifest.Entry entry : entries) {
				if (!entry.file().equals(failed.get(0))) {
					assertLoadedAsGenerated(entry);
				}
			}

			JobExecution second = ingest(inbox, dir.resolve("feedback"));
			assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			for (Manifest.Entry entry : entries) {
				assertLoadedAsGenerated(entry);
			}
		});
	}

	@Test
	void aClaimIsTakenOverWhenItExpiresAndNotBefore() throws Exception {
		Manifest.Entry entry = this.manifest.files().get(6);
		SubmissionRegistry registry = this.warehouse.bean(SubmissionRegistry.class);
		Path inbox = inbox("claimed", entry.file());
		assertTimeoutPreemptively(BOUND, () -> {
			// Another process, alive (its session holds its claimant lock), claimed the
			// file and does not work on it (hung, or cut off from the database).
			try (Connection other = TestDatabase.dataSource(this.url).getConnection()) {
				long claimant = this.jdbc.queryForObject("select nextval('ingest_claimant_seq')", Long.class);
				try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?, ?)")) {
					lock.setInt(1, SubmissionRegistry.CLAIMANT_LOCK_SPACE);
					lock.setInt(2, (int) claimant);
					lock.execute();
				}
				String sha256 = io.vqr.warehouse.Archive.sha256(inbox.resolve(entry.file()));
				long id = registry.registerOne(YEAR,
						new SubmissionRegistry.NewFile(entry.file(), sha256, Files.size(inbox.resolve(entry.file())),
								this.warehouse.bean(io.vqr.warehouse.Archive.class)
									.store(inbox.resolve(entry.file()), YEAR, sha256)
									.toString()),
						dir.resolve("feedback").toString())
					.submissionId();
				assertThat(registry.claim(id, new ClaimantId(claimant, "other host pid 1"), Duration.ofHours(1), null))
					.isPresent();

				JobExecution before = ingest(inbox, dir.resolve("feedback"));
				assertThat(before.getStatus()).isEqualTo(BatchStatus.COMPLETED);
				assertThat(status(entry.file())).as("claimed by a live process, not expired").isEqualTo("PROCESSING");
				assertNothingLoaded(entry.file());

				// The hour has passed.
				this.jdbc.update("update submission set claim_expires_at = now() - interval '1 second' "
						+ "where submission_id = ?", id);
				JobExecution after = ingest(inbox, dir.resolve("feedback"));
				assertThat(after.getStatus()).isEqualTo(BatchStatus.COMPLETED);
				assertLoadedAsGenerated(entry);
				assertThat(this.jdbc.queryForObject("select claimant from submission where submission_id = ?",
						Long.class, id))
					.isEqualTo(this.warehouse.bean(Claimant.class).id().id());
			}
		});
	}

	private JobExecution ingest(Path inbox, Path feedback) throws Exception {
		return this.warehouse.bean(IngestLauncher.class).run(YEAR, inbox, feedback, null, ReviewMode.AUTO);
	}

	private Path inbox(String name, String... files) throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox-" + name));
		for (String file : files) {
			Files.copy(this.samples.resolve(file), inbox.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
		}
		return inbox;
	}

	private String status(String fileName) {
		return this.jdbc.queryForObject("select status from submission where file_name = ?", String.class, fileName);
	}

	private String failure(String fileName) {
		return this.jdbc.queryForObject("select failure from submission where file_name = ?", String.class, fileName);
	}

	private void assertNothingLoaded(String fileName) {
		long id = this.jdbc.queryForObject("select submission_id from submission where file_name = ?", Long.class,
				fileName);
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from " + Columns.factTable(sheet) + " where submission_id = ?", Long.class, id))
				.as(fileName + " in " + Columns.factTable(sheet))
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from current_submission where submission_id = ?",
				Integer.class, id))
			.isZero();
	}

	private void assertLoadedAsGenerated(Manifest.Entry entry) {
		assertLoadedAsGenerated(entry.file(), entry);
	}

	/** Accepted, official, with exactly the rows it was generated with, once. */
	private void assertLoadedAsGenerated(String fileName, Manifest.Entry entry) {
		assertThat(status(fileName)).as(fileName).isEqualTo(entry.expectedStatus().name());
		long id = this.jdbc.queryForObject("select submission_id from submission where file_name = ?", Long.class,
				fileName);
		assertThat(
				this.jdbc.queryForObject("select count(*) from fact_graduates where submission_id = ?", Long.class, id))
			.as(fileName)
			.isEqualTo(entry.counts().get("graduates").longValue());
		assertThat(this.jdbc.queryForObject("select count(*) from current_submission where submission_id = ?",
				Integer.class, id))
			.isEqualTo(1);
	}

	/**
	 * A file system with room for nothing more than a page: the tests run as root, as CI
	 * does on this kind of machine.
	 */
	private static void mountSmallFileSystem(Path at) throws IOException, InterruptedException {
		run("mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", at.toString());
	}

	private static void unmount(Path at) throws IOException, InterruptedException {
		run("umount", at.toString());
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
	}

}
