package io.vqr.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.app.VqrApplication;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;
import io.vqr.warehouse.AcceptedFiles;
import io.vqr.warehouse.Publisher;
import io.vqr.warehouse.PublishAtOnce;
import io.vqr.warehouse.SubmissionStatus;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One uploaded file through the same stages as the ingest job, at once: outcome,
 * feedback, official data; the same bytes again are a duplicate; uploads alongside a
 * running ingest of the same files process each exactly once. The application here
 * declares its own {@link AcceptedFiles} (as review will), which replaces the default and
 * whose note reaches the feedback and the run's summary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileIntakeTest {

	static final int YEAR = 2024;

	static final String LOCKED_NOTE = "已锁定：省级解锁后方可替换";

	@TempDir
	static Path dir;

	ConfigurableApplicationContext context;

	JdbcTemplate jdbc;

	FileIntake intake;

	Manifest manifest;

	Path samples;

	@BeforeAll
	void start() throws IOException {
		String url = TestDatabase.newDatabase("intake");
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("vqr.data-dir", dir.resolve("data").toString());
		properties.put("vqr.id-secret", "file-intake-test-secret-0123456789");
		properties.put("vqr.workers", 1);
		this.context = new SpringApplicationBuilder(VqrApplication.class, NotingAcceptedFiles.class)
			.bannerMode(Banner.Mode.OFF)
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run();
		this.jdbc = this.context.getBean(JdbcTemplate.class);
		this.intake = this.context.getBean(FileIntake.class);
		this.samples = dir.resolve("samples");
		this.manifest = new SampleCorpus().generate(this.samples, 12, YEAR, 31,
				SampleCorpus.Options.defaults().withSizeScale(0.3).withDefectScale(0.3));
	}

	@AfterAll
	void close() {
		this.context.close();
	}

	@Test
	void theApplicationsAcceptedFilesReplacesTheDefault() {
		assertThat(this.context.getBean(AcceptedFiles.class)).isInstanceOf(NotingAcceptedFiles.Noting.class);
		assertThat(this.context.getBeansOfType(PublishAtOnce.class)).isEmpty();
	}

	@Test
	void anUploadIsProcessedAtOnceAndItsBytesAgainAreADuplicate() throws IOException {
		Manifest.Entry entry = entry(0, Manifest.Kind.GOOD);
		Path upload = upload(entry.file());
		Path feedback = dir.resolve("portal-feedback");

		IntakeResult result = this.intake.submit(YEAR, entry.file(), upload, feedback);

		assertThat(result.status().name()).isEqualTo(entry.expectedStatus().name());
		assertThat(result.schoolCode()).isEqualTo(entry.schoolCode());
		assertThat(result.version()).isEqualTo(1);
		assertThat(result.rowsLoaded()).isPositive().isLessThanOrEqualTo(result.rowsRead());
		assertThat(result.feedbackFile()).isRegularFile()
			.hasParent(feedback.toAbsolutePath().normalize())
			.hasFileName(FeedbackWorkbookWriter.feedbackFileName(entry.file()));
		assertThat(this.jdbc.queryForObject(
				"select submission_id from current_submission where year = ? and school_code = ?", Long.class, YEAR,
				entry.schoolCode()))
			.isEqualTo(result.submissionId());
		assertThat(this.jdbc.queryForObject("select count(*) from fact_graduates where submission_id = ?", Long.class,
				result.submissionId()))
			.isEqualTo(entry.counts().get("graduates").longValue());
		assertThat(this.jdbc.queryForObject("select handed_on_at is not null from submission where submission_id = ?",
				Boolean.class, result.submissionId()))
			.isTrue();

		IntakeResult again = this.intake.submit(YEAR, "renamed.xlsx", upload, feedback);
		assertThat(again.status()).isEqualTo(SubmissionStatus.DUPLICATE);
		assertThat(again.submissionId()).isEqualTo(result.submissionId());
		assertThat(this.jdbc.queryForObject("select count(*) from submission where sha256 = (select sha256 "
				+ "from submission where submission_id = ?)", Integer.class, result.submissionId()))
			.isEqualTo(1);
	}

	@Test
	void aRejectedUploadLeavesNothingInTheFacts() throws IOException {
		Manifest.Entry entry = this.manifest.files()
			.stream()
			.filter((file) -> file.expectedStatus() == Manifest.Status.REJECTED)
			.findFirst()
			.orElseThrow();
		IntakeResult result = this.intake.submit(YEAR, entry.file(), upload(entry.file()),
				dir.resolve("portal-feedback"));
		assertThat(result.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(result.rowsLoaded()).isZero();
		assertThat(result.feedbackFile()).isRegularFile();
		assertThat(this.jdbc.queryForObject("select count(*) from fact_graduates where submission_id = ?", Long.class,
				result.submissionId()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from current_submission where submission_id = ?",
				Integer.class, result.submissionId()))
			.isZero();
	}

	@Test
	void anUploadOverTheSizeLimitIsRecordedAndRejectedWithoutAnArchivedCopy() throws IOException {
		// Issue 20, case 10: the portal refuses such a file before, but FileIntake is the
		// gate every upload passes.
		long bytes = 60L * 1024 * 1024;
		Path upload = io.vqr.test.HostileFiles
			.sparse(Files.createDirectories(dir.resolve("uploads")).resolve("huge.upload"), bytes);

		IntakeResult result = this.intake.submit(YEAR, "huge.xlsx", upload, dir.resolve("portal-feedback"));

		assertThat(result.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(result.feedbackFile()).isRegularFile();
		assertThat(resultSheetText(result.feedbackFile())).contains("F-TOO-LARGE");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select size_bytes, sha256, archive_path from submission where submission_id = ?",
				result.submissionId());
		assertThat(row.get("size_bytes")).isEqualTo(bytes);
		assertThat(row.get("sha256")).isEqualTo(io.vqr.warehouse.Archive.sha256(upload));
		assertThat(row.get("archive_path")).isNull();
		try (var archived = Files.walk(dir.resolve("data"))) {
			assertThat(archived.filter(Files::isRegularFile).filter((file) -> file.toString().contains("huge")))
				.isEmpty();
		}
	}

	@Test
	void theNoteOfAcceptedFilesReachesTheFeedbackAndTheSummary() throws Exception {
		Manifest.Entry upload = entry(1, Manifest.Kind.GOOD);
		NotingAcceptedFiles.LOCKED.add(upload.schoolCode());
		IntakeResult result = this.intake.submit(YEAR, upload.file(), upload(upload.file()),
				dir.resolve("portal-feedback"));
		assertThat(result.note()).isEqualTo(LOCKED_NOTE);
		assertThat(resultSheetText(result.feedbackFile())).contains("数据状态", LOCKED_NOTE);

		Manifest.Entry inboxed = entry(2, Manifest.Kind.GOOD);
		NotingAcceptedFiles.LOCKED.add(inboxed.schoolCode());
		Path inbox = Files.createDirectories(dir.resolve("inbox-noted"));
		Files.copy(this.samples.resolve(inboxed.file()), inbox.resolve(inboxed.file()));
		Path summary = dir.resolve("noted-summary.json");
		JobExecution run = this.context.getBean(IngestLauncher.class)
			.run(YEAR, inbox, dir.resolve("feedback"), summary);
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode files = new ObjectMapper().readTree(summary.toFile()).get("files");
		assertThat(files).hasSize(1);
		assertThat(files.get(0).get("note").asText()).isEqualTo(LOCKED_NOTE);
		assertThat(NotingAcceptedFiles.ACCEPTED).contains(result.submissionId());
	}

	@Test
	void uploadsAlongsideAnIngestOfTheSameFilesProcessEachOnce() throws Exception {
		List<Manifest.Entry> entries = this.manifest.files()
			.stream()
			.filter((file) -> file.kind() == Manifest.Kind.GOOD)
			.skip(3)
			.toList();
		assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
		Path inbox = Files.createDirectories(dir.resolve("inbox-shared"));
		for (Manifest.Entry entry : entries) {
			Files.copy(this.samples.resolve(entry.file()), inbox.resolve(entry.file()),
					StandardCopyOption.COPY_ATTRIBUTES);
		}
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<IntakeResult> uploaded = new CopyOnWriteArrayList<>();
		try {
			Future<JobExecution> ingest = threads.submit(() -> {
				start.await();
				return this.context.getBean(IngestLauncher.class).run(YEAR, inbox, dir.resolve("feedback"), null);
			});
			Future<?> uploads = threads.submit(() -> {
				start.await();
				List<Manifest.Entry> lastFirst = new ArrayList<>(entries);
				Collections.reverse(lastFirst);
				for (Manifest.Entry entry : lastFirst) {
					uploaded.add(this.intake.submit(YEAR, entry.file(), inbox.resolve(entry.file()),
							dir.resolve("feedback")));
				}
				return null;
			});
			uploads.get(5, TimeUnit.MINUTES);
			assertThat(ingest.get(5, TimeUnit.MINUTES).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		finally {
			threads.shutdown();
		}
		assertThat(uploaded).hasSize(entries.size())
			.allSatisfy((result) -> assertThat(result.status()).isIn(SubmissionStatus.ACCEPTED,
					SubmissionStatus.ACCEPTED_WITH_WARNINGS, SubmissionStatus.PROCESSING));
		List<String> names = entries.stream().map(Manifest.Entry::file).toList();
		assertThat(this.jdbc.queryForObject("select count(*) from submission where file_name = any(?)", Integer.class,
				(Object) names.toArray(String[]::new)))
			.isEqualTo(entries.size());
		for (Manifest.Entry entry : entries) {
			assertThat(this.jdbc.queryForObject("select status from submission where file_name = ?", String.class,
					entry.file()))
				.isEqualTo(entry.expectedStatus().name());
			assertThat(this.jdbc.queryForObject("""
					select count(*) from fact_graduates g join submission s using (submission_id)
					 where s.file_name = ?
					""", Long.class, entry.file())).as(entry.file())
				.isEqualTo(entry.counts().get("graduates").longValue());
		}
	}

	@Test
	void anUploadWarnedByTheCrossSchoolCheckIsToldToAcceptedFiles() throws IOException {
		Manifest.Entry copier = this.manifest.files()
			.stream()
			.filter((entry) -> "W-CROSS-SCHOOL-ID".equals(entry.target()))
			.findFirst()
			.orElseThrow();
		Manifest.Entry original = this.manifest.files()
			.stream()
			.filter((entry) -> entry.file().equals(copier.processAfter().get(0)))
			.findFirst()
			.orElseThrow();
		Path feedback = dir.resolve("portal-feedback");
		assertThat(this.intake.submit(YEAR, original.file(), upload(original.file()), feedback).status().accepted())
			.isTrue();
		IntakeResult warned = this.intake.submit(YEAR, copier.file(), upload(copier.file()), feedback);
		assertThat(warned.status()).isEqualTo(SubmissionStatus.ACCEPTED_WITH_WARNINGS);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from finding where submission_id = ? and rule_id = 'W-CROSS-SCHOOL-ID'", Integer.class,
				warned.submissionId()))
			.isPositive();
		assertThat(NotingAcceptedFiles.WARNED).contains(warned.submissionId());
	}

	private Manifest.Entry entry(int index, Manifest.Kind kind) {
		return this.manifest.files().stream().filter((file) -> file.kind() == kind).toList().get(index);
	}

	/** The file as the portal would have it: saved under a name of its own. */
	private Path upload(String file) throws IOException {
		Path upload = Files.createTempFile(Files.createDirectories(dir.resolve("uploads")), "upload", ".tmp");
		Files.copy(this.samples.resolve(file), upload, StandardCopyOption.REPLACE_EXISTING);
		return upload;
	}

	private static String resultSheetText(Path feedback) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(feedback); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(FeedbackWorkbookWriter.RESULT_SHEET);
			for (Row row : sheet) {
				for (Cell cell : row) {
					text.append(cell.toString()).append('\n');
				}
			}
		}
		return text.toString();
	}

	/**
	 * An application's own {@link AcceptedFiles}: official at once, with review's note
	 * for the school-years it is told are locked. A source of this test's application
	 * only (not a {@code @Configuration}, which every test's component scan would find).
	 */
	static class NotingAcceptedFiles {

		static final List<String> LOCKED = new CopyOnWriteArrayList<>();

		static final List<Long> ACCEPTED = new CopyOnWriteArrayList<>();

		static final List<Long> WARNED = new CopyOnWriteArrayList<>();

		@Bean
		@Primary
		Noting notingAcceptedFiles(Publisher publisher) {
			return new Noting(new PublishAtOnce(publisher));
		}

		static class Noting implements AcceptedFiles {

			private final PublishAtOnce delegate;

			Noting(PublishAtOnce delegate) {
				this.delegate = delegate;
			}

			@Override
			public String outcomeNote(int year, String schoolCode) {
				return LOCKED.contains(schoolCode) ? LOCKED_NOTE : null;
			}

			@Override
			public void accepted(long submissionId, int year, String schoolCode, boolean withWarnings,
					boolean autoApprove) {
				ACCEPTED.add(submissionId);
				this.delegate.accepted(submissionId, year, schoolCode, withWarnings, autoApprove);
			}

			@Override
			public void warningsAdded(long submissionId, int year, String schoolCode) {
				WARNED.add(submissionId);
			}

		}

	}

}
