package io.vqr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.test.TestDatabase;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations commands on the command line: a busy job is one line and exit 1, a bad
 * job file is a usage error naming the file, and a job run, status and cleanup work end
 * to end on an empty inbox.
 */
class OperationsCommandsTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = CommandLines.create();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	@Test
	void jobRunStatusAndCleanupOnOneDatabaseAndABusyReportJobIsOneLine() throws Exception {
		String url = TestDatabase.newDatabase("opscli");
		Path inbox = Files.createDirectories(this.dir.resolve("inbox"));
		Files.createDirectories(this.dir.resolve("reports"));
		Files.writeString(this.dir.resolve("roster.csv"), "学校代码,学校名称,办学类型,所在地区代码\n4144010001,甲职业学校,中职,440106\n");
		Path job = this.dir.resolve("2024.yaml");
		Files.writeString(job, "year: 2024\nfolders: {inbox: inbox, output: reports}\nroster: roster.csv\n");
		String[] database = { "--db-url", url, "--db-user", "postgres", "--data-dir",
				this.dir.resolve("data").toString() };

		assertThat(run(concat(new String[] { "jobrun", "--job", job.toString(), "--what", "ingest" }, database)))
			.as(this.err.toString())
			.isZero();
		assertThat(this.out.toString()).contains("收件箱中没有新的工作簿。", "Run summary: job 2024 ingest COMPLETED");

		assertThat(run(concat(new String[] { "status", "--year", "2024", "--json" }, database))).isZero();
		JsonNode status = new ObjectMapper().readTree(this.out.toString().substring(this.out.toString().indexOf('{')));
		assertThat(status.get("schools").get(0).get("schoolName").asText()).isEqualTo("甲职业学校");
		assertThat(status.get("schools").get(0).get("state").asText()).isEqualTo("NOT_SUBMITTED");

		// Ingests run side by side (their files are claimed); the report job of one
		// output
		// folder runs once at a time.
		DataSource dataSource = TestDatabase.dataSource(url);
		// A year without any file is refused before the job starts: give 2024 one (a
		// rejected file) so the report job reaches its lock.
		new org.springframework.jdbc.core.JdbcTemplate(dataSource).update("""
				insert into submission (year, file_name, sha256, size_bytes, status)
				values (2024, '乙职业学校_2024.xlsx', repeat('b', 64), 1, 'REJECTED')
				""");
		try (Connection holder = dataSource.getConnection();
				PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
			lock.setString(1, "report[formats=pdf,xlsx, out=" + this.dir.resolve("reports").toAbsolutePath().normalize()
					+ ", schools=, view=official, year=2024]");
			lock.execute();
			this.err.getBuffer().setLength(0);
			assertThat(run(concat(new String[] { "jobrun", "--job", job.toString(), "--what", "ingest" }, database)))
				.isZero();
			assertThat(run(concat(new String[] { "jobrun", "--job", job.toString(), "--what", "report" }, database)))
				.isEqualTo(1);
			assertThat(this.err.toString().lines()).singleElement()
				.satisfies((line) -> assertThat(line).startsWith("error: another process is already running report"));
		}

		this.out.getBuffer().setLength(0);
		assertThat(run(concat(new String[] { "cleanup", "--older-than", "30", "--dry-run" }, database))).isZero();
		assertThat(this.out.toString()).contains("Would remove job metadata", "BATCH_JOB_EXECUTION",
				"Would remove 0 archived workbook(s)");
	}

	@Test
	void aBadJobFileIsAUsageErrorNamingTheFileAndKey() throws Exception {
		Path job = this.dir.resolve("2024.yaml");
		Files.writeString(job, "year: 2024\nfolder: {inbox: inbox}\n");
		assertThat(run("jobrun", "--job", job.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("2024.yaml:2: folder: unknown key");
		assertThat(run("jobrun", "--job", job.toString(), "--what", "everything")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--what must be ingest, report, deliver or all");
		assertThat(run("schedule", "--jobs", this.dir.resolve("none").toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("is not a folder of job files");
		assertThat(run("cleanup", "--older-than", "0")).isEqualTo(2);
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
