package io.vqr.jobs.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestParameters;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.ChildProcess;
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
						IngestParameters.other(this.dir.resolve("feedback"), null, ReviewMode.AUTO))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		Path out = this.dir.resolve("reports");

		Map<String, String> environment = Map.of("VQR_ID_SECRET", "killed-report-test-secret-012", "VQR_WORKERS", "1");
		String[] report = { "report", "--year", Integer.toString(YEAR), "--out", out.toString(), "--db-url", url,
				"--db-user", "postgres", "--data-dir", this.dir.resolve("data").toString() };
		ChildProcess first = ChildProcess.start(this.dir, environment, report);
		assertThat(first.killWhenOutputContains("[5/" + SCHOOLS + "]"))
			.as("still rendering when killed: " + first.output())
			.isTrue();
		assertThat(first.exitValue()).isEqualTo(137);

		ChildProcess second = ChildProcess.start(this.dir, environment, report);
		assertThat(second.waitForExit(5)).as(String.join("\n", second.output())).isZero();
		assertThat(second.output()).anyMatch((line) -> line.contains("Restarting report"));
		long renderedAgain = second.output().stream().filter((line) -> line.contains("年度质量报告.pdf")).count();
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

}
