package io.vqr.ops.jobs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes (two warehouses on one database) run the same job's ingest on the same
 * inbox at the same moment: both run to the end, sharing the files through their claims,
 * and every file is loaded exactly once. Everything they log while ingesting sample
 * files, broken ones with bad ID numbers included, is free of ID numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentIngestTest {

	/**
	 * An 18-character 居民身份证号 (17 digits and a digit or X), not part of a longer token.
	 */
	static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	@TempDir
	static Path dir;

	Warehouse first;

	Warehouse second;

	JdbcTemplate jdbc;

	Manifest manifest;

	JobDefinition job;

	final List<Object> outcomes = new CopyOnWriteArrayList<>();

	final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	final StringWriter printed = new StringWriter();

	@BeforeAll
	void twoIngestsAtOnce() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Files.createDirectories(dir.resolve("reports"));
		this.manifest = new SampleCorpus().generate(inbox, 6, 2024, 5,
				SampleCorpus.Options.defaults().withSizeScale(0.1).withDefectScale(0.05));
		Files.delete(inbox.resolve(SampleCorpus.MANIFEST));
		StringBuilder roster = new StringBuilder("学校代码,学校名称,办学类型,所在地区代码\n");
		roster.append("4144099999,未报送职业学校,中等职业学校,440106\n");
		Files.writeString(dir.resolve("roster.csv"), roster);
		Files.writeString(dir.resolve("2024.yaml"), """
				year: 2024
				folders: {inbox: inbox, output: reports}
				roster: roster.csv
				""");
		this.job = JobDefinitions.load(dir.resolve("2024.yaml"));

		String url = TestDatabase.newDatabase("concurrent");
		DatabaseOptions database = DatabaseOptions.external(url, "postgres", "", dir.resolve("data"));
		Map<String, Object> properties = Map.of("vqr.id-secret", "concurrent-ingest-secret-0123456789",
				"vqr.ingest.workers", 1);
		this.first = Warehouse.open(database, properties);
		this.second = Warehouse.open(database, properties);
		this.jdbc = this.first.bean(JdbcTemplate.class);

		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.logged.start();
		root.addAppender(this.logged);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			List<Future<?>> runs = new ArrayList<>();
			PrintWriter out = new PrintWriter(this.printed, true);
			for (Warehouse warehouse : List.of(this.first, this.second)) {
				runs.add(threads.submit(() -> {
					DefinedJobRunner runner = new DefinedJobRunner(warehouse, (w, year, output, printer) -> true);
					start.await();
					try {
						this.outcomes.add(runner.run(this.job, JobWork.INGEST, out));
					}
					catch (Exception ex) {
						this.outcomes.add(ex);
					}
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(5, TimeUnit.MINUTES);
			}
			threads.shutdown();
		}
		finally {
			root.detachAppender(this.logged);
		}
	}

	@AfterAll
	void close() throws IOException {
		this.second.close();
		this.first.close();
	}

	@Test
	void everyFileIsLoadedExactlyOnce() {
		assertThat(this.outcomes).hasSize(2)
			.allSatisfy((outcome) -> assertThat(outcome).isInstanceOfSatisfying(RunOutcome.class,
					(run) -> assertThat(run.completed()).isTrue()));

		int files = this.manifest.files().size();
		assertThat(this.jdbc.queryForObject("select count(*) from received_file where year = 2024", Integer.class))
			.as("each file received once")
			.isEqualTo(files);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select file_name from received_file group by file_name having count(*) > 1) d",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from submission where status in ('RECEIVED', 'PROCESSING', 'FAILED')", Integer.class))
			.isZero();
		int accepted = this.jdbc.queryForObject(
				"select count(*) from submission where status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')",
				Integer.class);
		assertThat(accepted).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from fact_profile", Integer.class))
			.as("facts loaded once per accepted submission")
			.isEqualTo(accepted);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select submission_id, sheet_row from fact_graduates group by 1, 2 having count(*) > 1) d",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from school_roster where year = 2024", Integer.class))
			.as("the job's roster loaded")
			.isEqualTo(1);
	}

	@Test
	void theLogNeverContainsAnIdNumber() {
		List<String> lines = new ArrayList<>();
		for (ILoggingEvent event : this.logged.list) {
			lines.add(event.getFormattedMessage());
			for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
				lines.add(cause.getMessage());
			}
		}
		lines.addAll(this.printed.toString().lines().toList());
		assertThat(lines).as("one line per processed file was captured")
			.anyMatch((line) -> line != null && line.matches("\\[\\d+/\\d+\\] .*"));
		assertThat(lines).anyMatch((line) -> line != null && line.startsWith("Run summary: job 2024 ingest"));
		// The temporary folder's name is random digits that can look like an ID number.
		String folder = dir.toString();
		assertThat(lines).filteredOn((line) -> line != null && ID_NUMBER.matcher(line.replace(folder, "<dir>")).find())
			.isEmpty();
	}

}
