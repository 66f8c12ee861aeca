package io.vqr.ops.cleanup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.ops.MigratedDatabase;
import io.vqr.ops.cleanup.ArchiveCleanup.RemovedFile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention: old job metadata goes in foreign-key order while running and recent runs
 * stay; archived workbooks that no longer count go while current and latest files stay.
 */
class CleanupTest {

	static final String OLD = "now() - interval '100 days'";

	static final String RECENT = "now() - interval '1 day'";

	@TempDir
	Path archive;

	DataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeEach
	void database() {
		this.dataSource = MigratedDatabase.create("cleanup");
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void oldJobMetadataGoesRunningAndRecentRunsStay() {
		instance(1);
		execution(1, 11, "COMPLETED", OLD, OLD);
		execution(1, 12, "COMPLETED", RECENT, RECENT);
		instance(2);
		execution(2, 21, "FAILED", OLD, OLD);
		instance(3);
		execution(3, 31, "STARTED", OLD, null);
		BatchMetadataCleanup cleanup = new BatchMetadataCleanup(this.jdbc,
				new DataSourceTransactionManager(this.dataSource));
		LocalDateTime cutoff = LocalDateTime.now().minusDays(30);

		Map<String, Integer> wouldGo = cleanup.remove(cutoff, true);
		assertThat(wouldGo).containsExactly(Map.entry("BATCH_STEP_EXECUTION_CONTEXT", 4),
				Map.entry("BATCH_STEP_EXECUTION", 4), Map.entry("BATCH_JOB_EXECUTION_CONTEXT", 2),
				Map.entry("BATCH_JOB_EXECUTION_PARAMS", 4), Map.entry("BATCH_JOB_EXECUTION", 2),
				Map.entry("BATCH_JOB_INSTANCE", 1));
		assertThat(count("batch_job_execution")).as("a dry run removes nothing").isEqualTo(4);

		assertThat(cleanup.remove(cutoff, false)).isEqualTo(wouldGo);
		assertThat(this.jdbc.queryForList("select job_execution_id from batch_job_execution order by 1", Long.class))
			.containsExactly(12L, 31L);
		assertThat(this.jdbc.queryForList("select job_instance_id from batch_job_instance order by 1", Long.class))
			.containsExactly(1L, 3L);
		assertThat(count("batch_step_execution")).isEqualTo(4);
		assertThat(count("batch_step_execution_context")).isEqualTo(4);
		assertThat(count("batch_job_execution_params")).isEqualTo(4);
		assertThat(cleanup.remove(cutoff, false).values()).containsOnly(0);
	}

	@Test
	void archivedWorkbooksThatNoLongerCountGoCurrentAndLatestStay() throws IOException {
		long v1 = submission("4144010001", 1, "ACCEPTED", OLD);
		long v2 = submission("4144010001", 2, "ACCEPTED", OLD);
		current("4144010001", v2);
		long rejected1 = submission("4144010002", 1, "REJECTED", OLD);
		long rejected2 = submission("4144010002", 2, "REJECTED", OLD);
		long recent1 = submission("4144010003", 1, "ACCEPTED", RECENT);
		long recent2 = submission("4144010003", 2, "ACCEPTED", RECENT);
		current("4144010003", recent2);
		long unreadable = submission(null, null, "REJECTED", OLD);
		long pending = submission("4144010004", 1, "PROCESSING", null);
		ArchiveCleanup cleanup = new ArchiveCleanup(this.jdbc);
		OffsetDateTime cutoff = OffsetDateTime.now().minusDays(30);

		List<RemovedFile> wouldGo = cleanup.remove(cutoff, true);
		assertThat(wouldGo).extracting(RemovedFile::submissionId).containsExactly(v1, rejected1, unreadable);
		assertThat(wouldGo).allSatisfy((file) -> assertThat(file.path()).exists());
		assertThat(wouldGo).allSatisfy((file) -> assertThat(file.bytes()).isPositive());

		List<RemovedFile> removed = cleanup.remove(cutoff, false);
		assertThat(removed).extracting(RemovedFile::submissionId).containsExactly(v1, rejected1, unreadable);
		for (RemovedFile file : removed) {
			assertThat(file.path()).doesNotExist();
			assertThat(file.path().getParent()).as("the emptied sha256 folder").doesNotExist();
			assertThat(this.jdbc.queryForObject("select archive_path from submission where submission_id = ?",
					String.class, file.submissionId()))
				.isNull();
		}
		for (long kept : List.of(v2, rejected2, recent1, recent2, pending)) {
			assertThat(Path.of(this.jdbc.queryForObject("select archive_path from submission where submission_id = ?",
					String.class, kept)))
				.exists();
		}
		assertThat(cleanup.remove(cutoff, false)).isEmpty();
	}

	@Test
	void theOfficialFileTheFileUnderReviewAndTheNewestFileThatPassedStay() throws IOException {
		long superseded = submission("4144010005", 1, "ACCEPTED", OLD);
		long official = submission("4144010005", 2, "ACCEPTED", OLD);
		current("4144010005", official);
		long underReview = submission("4144010005", 3, "ACCEPTED_WITH_WARNINGS", OLD);
		this.jdbc.update("""
				insert into school_year (year, school_code, state, review_submission_id)
				values (2024, '4144010005', 'RETURNED', ?)
				""", underReview);
		long locked = submission("4144010005", 4, "ACCEPTED", OLD);
		long rejected = submission("4144010005", 5, "REJECTED", OLD);

		List<RemovedFile> removed = new ArchiveCleanup(this.jdbc).remove(OffsetDateTime.now().minusDays(30), false);

		assertThat(removed).extracting(RemovedFile::submissionId).containsExactly(superseded);
		for (long kept : List.of(official, underReview, locked, rejected)) {
			assertThat(Path.of(this.jdbc.queryForObject("select archive_path from submission where submission_id = ?",
					String.class, kept)))
				.exists();
		}
	}

	private void instance(long id) {
		this.jdbc.update("insert into batch_job_instance (job_instance_id, version, job_name, job_key)"
				+ " values (?, 0, 'ingest', md5(?::text))", id, id);
	}

	/** An execution with two parameters, a context and two steps with contexts. */
	private void execution(long instance, long id, String status, String start, String end) {
		this.jdbc.update(
				"insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time,"
						+ " start_time, end_time, status, exit_code, last_updated) values (?, 1, ?, " + start + ", "
						+ start + ", " + ((end != null) ? end : "null") + ", ?, ?, now())",
				id, instance, status, status);
		for (String parameter : List.of("year", "run")) {
			this.jdbc.update(
					"insert into batch_job_execution_params (job_execution_id, parameter_name, parameter_type,"
							+ " parameter_value, identifying) values (?, ?, 'java.lang.Long', '1', 'Y')",
					id, parameter);
		}
		this.jdbc.update("insert into batch_job_execution_context (job_execution_id, short_context) values (?, '{}')",
				id);
		for (int step = 1; step <= 2; step++) {
			long stepId = id * 10 + step;
			this.jdbc.update(
					"insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id,"
							+ " create_time, status) values (?, 1, ?, ?, " + start + ", ?)",
					stepId, "step" + step, id, status);
			this.jdbc.update(
					"insert into batch_step_execution_context (step_execution_id, short_context) values (?, '{}')",
					stepId);
		}
	}

	private long submission(String school, Integer version, String status, String processed) throws IOException {
		String sha = this.jdbc.queryForObject("select md5(random()::text) || md5(random()::text)", String.class);
		Path file = this.archive.resolve("2024").resolve(sha).resolve(((school != null) ? school : "无法读取") + ".xlsx");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "workbook bytes of " + sha);
		return this.jdbc.queryForObject(
				"insert into submission (year, school_code, file_name, sha256, size_bytes,"
						+ " version, status, processed_at, archive_path) values (2024, ?, ?, ?, 20, ?, ?, "
						+ ((processed != null) ? processed : "null") + ", ?) returning submission_id",
				Long.class, school, file.getFileName().toString(), sha, version, status, file.toString());
	}

	private void current(String school, long submission) {
		this.jdbc.update("insert into current_submission (year, school_code, submission_id) values (2024, ?, ?)",
				school, submission);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
