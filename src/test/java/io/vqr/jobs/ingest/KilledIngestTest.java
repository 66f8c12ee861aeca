package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.ChildProcess;
import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code vqr ingest} process killed with SIGKILL in the middle of its work, then
 * run again: the new run takes over the files the killed one had claimed (its database
 * session is gone, so at once) and ends with every file processed exactly once, nothing
 * lost, nothing doubled; the killed run's execution is marked failed.
 */
class KilledIngestTest {

	static final int YEAR = 2024;

	static final int SCHOOLS = 16;

	@TempDir
	Path dir;

	@Test
	void killedMidRunThenRunAgainCompletesWithNothingLostOrDoubled() throws Exception {
		String url = TestDatabase.newDatabase("killed");
		Path inbox = this.dir.resolve("inbox");
		Manifest manifest = new SampleCorpus().generate(inbox, SCHOOLS, YEAR, 3,
				SampleCorpus.Options.defaults().withSizeScale(0.6).withDefects(false));

		// Two workers whatever the machine: one is mid-file when the other's first file
		// is logged.
		Map<String, String> environment = Map.of("VQR_ID_SECRET", "killed-ingest-test-secret-0123", "VQR_WORKERS", "2");
		String[] ingest = { "ingest", "--year", Integer.toString(YEAR), "--review", "auto", "--inbox", inbox.toString(),
				"--db-url", url, "--db-user", "postgres", "--data-dir", this.dir.resolve("data").toString() };
		ChildProcess first = ChildProcess.start(this.dir, environment, ingest);
		assertThat(first.killWhenOutputContains("[1/"))
			.as("the first run was still working when killed: " + first.output())
			.isTrue();
		assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource(url));
		int doneBeforeKill = jdbc.queryForObject(
				"select count(*) from submission where status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')",
				Integer.class);
		assertThat(doneBeforeKill).as("the kill came before the end").isLessThan(SCHOOLS);
		assertThat(jdbc.queryForObject("select count(*) from submission where status = 'PROCESSING'", Integer.class))
			.as("a file claimed by the killed process")
			.isPositive();

		ChildProcess second = ChildProcess.start(this.dir, environment, ingest);
		assertThat(second.waitForExit(5)).as(String.join("\n", second.output())).isZero();
		assertThat(second.output()).anyMatch((line) -> line.contains("taking over the claim of"))
			.anyMatch((line) -> line.contains("left running by a process that stopped"));

		assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(SCHOOLS);
		assertThat(jdbc.queryForObject("select count(*) from current_submission where year = ?", Integer.class, YEAR))
			.isEqualTo(SCHOOLS);
		assertThat(
				jdbc.queryForObject("select count(*) from submission where status not in ('ACCEPTED')", Integer.class))
			.isZero();
		long expectedGraduates = manifest.files().stream().mapToLong((file) -> file.counts().get("graduates")).sum();
		assertThat(jdbc.queryForObject("select count(*) from fact_graduates", Long.class)).isEqualTo(expectedGraduates);
		assertThat(jdbc.queryForObject(
				"select count(*) from (select id_number_hash from fact_graduates group by 1 having count(*) > 1) d",
				Integer.class))
			.as("no graduate loaded twice")
			.isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from fact_graduates f join submission s using (submission_id)
				 where s.status <> 'ACCEPTED'""", Integer.class)).as("rows of the submission the kill interrupted")
			.isZero();
		assertThat(jdbc.queryForList("""
				select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
				 where i.job_name = 'ingest' order by e.job_execution_id""", String.class))
			.as("two runs, each an instance of its own: the killed one marked failed, the next one completed")
			.containsExactly("FAILED", "COMPLETED");
		assertThat(
				jdbc.queryForObject("select count(distinct job_instance_id) from batch_job_execution", Integer.class))
			.isEqualTo(2);
	}

}
