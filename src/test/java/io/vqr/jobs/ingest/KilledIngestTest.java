package io.vqr.jobs.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code vqr ingest} process killed with SIGKILL in the middle of its work, then
 * run again: it must continue the same Spring Batch job instance and end with every file
 * processed exactly once, nothing lost, nothing doubled.
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

		Process first = start(url, inbox);
		List<String> firstOutput = new ArrayList<>();
		boolean killed = killAfterFirstFile(first, firstOutput);
		assertThat(killed).as("the first run was still working when killed: " + firstOutput).isTrue();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		JdbcTemplate jdbc = new JdbcTemplate(dataSource(url));
		int doneBeforeKill = jdbc.queryForObject(
				"select count(*) from submission where status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')",
				Integer.class);
		assertThat(doneBeforeKill).as("the kill came before the end").isLessThan(SCHOOLS);

		Process second = start(url, inbox);
		List<String> secondOutput = new ArrayList<>();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> drain(second, secondOutput));
		assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
		reading.get(10, TimeUnit.SECONDS);
		assertThat(second.exitValue()).as(String.join("\n", secondOutput)).isZero();
		assertThat(secondOutput).anyMatch((line) -> line.contains("Restarting ingest"));

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
		assertThat(jdbc.queryForObject("select count(*) from stg_graduates", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
				 where i.job_name = 'ingest'""", Integer.class))
			.as("one job instance, executed twice: started and restarted")
			.isEqualTo(2);
		assertThat(
				jdbc.queryForObject("select count(distinct job_instance_id) from batch_job_execution", Integer.class))
			.isEqualTo(1);
	}

	private Process start(String url, Path inbox) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.vqr.Main",
				"ingest", "--year", Integer.toString(YEAR), "--inbox", inbox.toString(), "--db-url", url, "--db-user",
				"postgres", "--data-dir", this.dir.resolve("data").toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("VQR_ID_SECRET", "killed-ingest-test-secret-0123");
		builder.directory(this.dir.toFile());
		return builder.start();
	}

	/**
	 * Reads the process's output and kills it with SIGKILL as soon as it reports its
	 * first finished file.
	 */
	private static boolean killAfterFirstFile(Process process, List<String> output) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.add(line);
				if (line.contains("[1/")) {
					process.destroyForcibly();
					return true;
				}
			}
		}
		return false;
	}

	private static void drain(Process process, List<String> output) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.add(line);
			}
		}
		catch (IOException ex) {
			output.add("(output lost: " + ex + ")");
		}
	}

	private static DataSource dataSource(String url) {
		return TestDatabase.dataSource(url);
	}

}
