package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ingests (two application contexts, as two processes would be, on one PostgreSQL)
 * started at the same moment on one inbox: both run to the end, each processes files the
 * other does not, and every file is loaded exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoIngestsTest {

	static final int YEAR = 2024;

	static final int SCHOOLS = 16;

	@TempDir
	static Path dir;

	final List<Warehouse> warehouses = new ArrayList<>();

	final List<JobExecution> runs = new ArrayList<>();

	JdbcTemplate jdbc;

	Manifest manifest;

	@BeforeAll
	void twoIngestsAtOnce() throws Exception {
		Path inbox = dir.resolve("inbox");
		this.manifest = new SampleCorpus().generate(inbox, SCHOOLS, YEAR, 23,
				SampleCorpus.Options.defaults().withSizeScale(0.3).withDefects(false));
		Files.delete(inbox.resolve(SampleCorpus.MANIFEST));
		String url = TestDatabase.newDatabase("two_ingests");
		for (int process = 1; process <= 2; process++) {
			this.warehouses.add(Warehouse.open(DatabaseOptions.external(url, "postgres", "", dir.resolve("data")),
					Map.of("vqr.id-secret", "two-ingests-test-secret-0123456", "vqr.workers", 1)));
		}
		this.jdbc = this.warehouses.get(0).bean(JdbcTemplate.class);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<JobExecution>> launched = new ArrayList<>();
			for (Warehouse warehouse : this.warehouses) {
				launched.add(threads.submit(() -> {
					start.await();
					return warehouse.bean(IngestLauncher.class)
						.run(YEAR, inbox, dir.resolve("feedback"), null, ReviewMode.AUTO);
				}));
			}
			for (Future<JobExecution> run : launched) {
				this.runs.add(run.get(5, TimeUnit.MINUTES));
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@AfterAll
	void close() throws IOException {
		for (Warehouse warehouse : this.warehouses) {
			warehouse.close();
		}
	}

	@Test
	void bothRunToTheEndAsRunsOfTheirOwn() {
		assertThat(this.runs).extracting(JobExecution::getStatus)
			.containsExactly(BatchStatus.COMPLETED, BatchStatus.COMPLETED);
		assertThat(this.runs.get(0).getJobId()).isNotEqualTo(this.runs.get(1).getJobId());
	}

	@Test
	void eachProcessesFilesTheOtherDoesNot() {
		List<Map<String, Object>> byRun = this.jdbc
			.queryForList("select claim_run, claimant, count(*) as files from submission group by 1, 2");
		assertThat(byRun).as("each run, with its own claimant, processed files").hasSize(2);
		assertThat(byRun).extracting((row) -> row.get("claim_run"))
			.containsExactlyInAnyOrder(this.runs.get(0).getJobId(), this.runs.get(1).getJobId());
		assertThat(byRun).extracting((row) -> ((Number) row.get("files")).intValue())
			.allSatisfy((files) -> assertThat(files).isPositive());
	}

	@Test
	void everyFileIsLoadedExactlyOnce() {
		assertThat(this.jdbc.queryForObject("select count(*) from received_file", Integer.class)).isEqualTo(SCHOOLS);
		assertThat(this.jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(SCHOOLS);
		assertThat(this.jdbc.queryForObject("select count(*) from current_submission", Integer.class))
			.isEqualTo(SCHOOLS);
		for (Manifest.Entry entry : this.manifest.files()) {
			assertThat(this.jdbc.queryForObject("select status from submission where file_name = ?", String.class,
					entry.file()))
				.as(entry.file())
				.isEqualTo(entry.expectedStatus().name());
			assertThat(this.jdbc.queryForObject("""
					select count(*) from fact_graduates g join submission s using (submission_id)
					 where s.file_name = ?
					""", Long.class, entry.file())).as(entry.file())
				.isEqualTo(entry.counts().get("graduates").longValue());
		}
		long expected = this.manifest.files().stream().mapToLong((file) -> file.counts().get("graduates")).sum();
		assertThat(this.jdbc.queryForObject("select count(*) from fact_graduates", Long.class)).isEqualTo(expected);
		assertThat(this.jdbc.queryForObject("select count(*) from fact_profile", Integer.class)).isEqualTo(SCHOOLS);
	}

}
