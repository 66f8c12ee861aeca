package io.vqr.jobs.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestParameters;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code vqr report} process killed with SIGKILL while rendering, then run again:
 * it continues the same job instance, renders only what the killed run had not committed,
 * and leaves every report complete (no half-written file).
 */
class KilledReportTest {

	static final int YEAR = 2024;

	static final int SCHOOLS = 10;

	@TempDir
	Path dir;

	@Test
	void killedWhileRenderingThenRunAgainFinishesTheRest() throws Exception {
		String url = TestDatabase.newDatabase("killedreport");
		Path inbox = this.dir.resolve("inbox");
		new SampleCorpus().generate(inbox, SCHOOLS, YEAR, 5,
				SampleCorpus.Options.defaults().withSizeScale(0.1).withDefects(false));
		Files.delete(inbox.resolve(SampleCorpus.MANIFEST));
		try (Warehouse warehouse = Warehouse.open(
				DatabaseOptions.external(url, "postgres", "", this.dir.resolve("data")),
				Map.of("vqr.id-secret", "killed-report-test-secret-012"))) {
			Job ingest = warehouse.context().getBean("ingestJob", Job.class);
			assertThat(warehouse.bean(JobRunner.class)
				.run(ingest, IngestParameters.identifying(YEAR, inbox),
						IngestParameters.other(this.dir.resolve("feedback"), null))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		Path out = this.dir.resolve("reports");

		Process first = start(url, out);
		List<String> firstOutput = new ArrayList<>();
		boolean killed = killAfter(first, firstOutput, "[5/" + SCHOOLS + "]");
		assertThat(killed).as("still rendering when killed: " + firstOutput).isTrue();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).isEqualTo(137);

		Process second = start(url, out);
		List<String> secondOutput = new ArrayList<>();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> drain(second, secondOutput));
		assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
		reading.get(10, TimeUnit.SECONDS);
		assertThat(second.exitValue()).as(String.join("\n", secondOutput)).isZero();
		assertThat(secondOutput).anyMatch((line) -> line.contains("Restarting report"));
		long renderedAgain = secondOutput.stream().filter((line) -> line.contains("年度质量报告.pdf")).count();
		assertThat(renderedAgain).as("the restart renders only what was not committed").isLessThan(SCHOOLS);

		Path schools = out.resolve(YEAR + "/schools");
		try (Stream<Path> files = Files.list(schools)) {
			List<String> names = files.map((file) -> file.getFileName().toString()).toList();
			assertThat(names.stream().filter((name) -> name.endsWith(".pdf"))).hasSize(SCHOOLS);
			assertThat(names.stream().filter((name) -> name.endsWith(".xlsx"))).hasSize(SCHOOLS);
			assertThat(names).noneMatch((name) -> name.endsWith(".part"));
		}
		assertThat(out.resolve(YEAR + "/reports.json")).isNotEmptyFile();
		JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource(url));
		assertThat(jdbc.queryForObject("""
				select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
				 where i.job_name = 'report'""", Integer.class)).as("one report job instance, started and restarted")
			.isEqualTo(2);
	}

	private Process start(String url, Path out) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.vqr.Main",
				"report", "--year", Integer.toString(YEAR), "--out", out.toString(), "--db-url", url, "--db-user",
				"postgres", "--data-dir", this.dir.resolve("data").toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("VQR_ID_SECRET", "killed-report-test-secret-012");
		builder.environment().put("VQR_WORKERS", "1");
		builder.directory(this.dir.toFile());
		return builder.start();
	}

	private static boolean killAfter(Process process, List<String> output, String marker) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.add(line);
				if (line.contains(marker)) {
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

}
