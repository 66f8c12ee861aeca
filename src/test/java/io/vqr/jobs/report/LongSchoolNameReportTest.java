package io.vqr.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestLauncher;
import io.vqr.report.output.ReportFiles;
import io.vqr.review.ReviewMode;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 20, case 3, as the report job meets it: a school name of about 100 Chinese
 * characters made its report's file name too long, the job failed (exit 1), and the next
 * school of the same worker's range was never rendered. One worker here, so both schools
 * are in one range, the long-named one first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongSchoolNameReportTest {

	static final int YEAR = 2024;

	static final String LONG_NAME = "广东省某某市某某区人民政府与某某集团有限公司联合举办的" + "现代信息技术与智能制造产教融合示范性职业技术学院".repeat(3) + "（筹）";

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	@BeforeAll
	void open() throws Exception {
		this.warehouse = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("longname"), "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "long-name-test-secret-0123456789", "vqr.workers", 1));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		Path inbox = dir.resolve("inbox");
		new SampleCorpus().generate(inbox, 2, YEAR, 23,
				SampleCorpus.Options.defaults().withSizeScale(0.1).withDefects(false));
		Files.delete(inbox.resolve(SampleCorpus.MANIFEST));
		assertThat(this.warehouse.bean(IngestLauncher.class)
			.run(YEAR, inbox, dir.resolve("feedback"), null, ReviewMode.AUTO)
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void aHundredCharacterSchoolNameGetsItsReportsAndTheNextSchoolOfItsRangeToo() throws Exception {
		assertThat(LONG_NAME.length()).isGreaterThanOrEqualTo(100);
		List<String> schools = this.jdbc.queryForList(
				"select trim(school_code) from current_submission where year = ? order by 1", String.class, YEAR);
		assertThat(schools).hasSize(2);
		this.jdbc.update("""
				update fact_profile set school_name = ?
				 where submission_id = (select submission_id from current_submission where year = ? and school_code = ?)
				""", LONG_NAME, YEAR, schools.get(0));
		Path out = dir.resolve("reports");
		Job report = this.warehouse.context().getBean("reportJob", Job.class);

		JobExecution run = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> this.warehouse.bean(JobRunner.class)
			.run(report, ReportParameters.of(YEAR, out, List.of(), ReportFiles.FORMATS), new JobParameters()));

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path schoolsDir = out.resolve(Integer.toString(YEAR)).resolve("schools");
		List<String> written;
		try (Stream<Path> files = Files.list(schoolsDir)) {
			written = files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
		assertThat(written).hasSize(2 * ReportFiles.FORMATS.size());
		for (String school : schools) {
			for (String format : ReportFiles.FORMATS) {
				assertThat(written).as(school + " " + format)
					.anyMatch((name) -> name.startsWith(school + "_") && name.endsWith("." + format));
			}
		}
		assertThat(written).filteredOn((name) -> name.startsWith(schools.get(0) + "_"))
			.allSatisfy((name) -> assertThat(name).startsWith(schools.get(0) + "_广东省某某市")
				.matches((text) -> text.getBytes(StandardCharsets.UTF_8).length <= 255, "at most 255 bytes"));
	}

}
