package io.vqr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.standard.docs.DocFormat;
import io.vqr.standard.docs.RuleCatalogueDoc;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's contract: exit codes, one-line usage errors, and the commands that
 * need no database.
 */
class CommandLineTest {

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
	void helpListsEveryCommand() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("template", "rules", "samples", "validate", "ingest", "demo");
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : CommandLines.create().getSubcommands().keySet()) {
			assertThat(run(command, "--help")).as(command).isZero();
		}
	}

	@Test
	void wrongUsageIsExitTwoWithOneLineSayingWhatIsWrong() {
		assertThat(run("ingest", "--inbox", "x")).isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error: Missing required option: '--year=Y'")
			.contains("Try 'vqr ingest --help'");
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(run("ingest", "--year", "1999", "--inbox", this.dir.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("--year must be a reporting year");
		assertThat(run("ingest", "--year", "2024", "--inbox", this.dir.resolve("nowhere").toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("is not a folder");
		assertThat(run("ingest", "--year", "2024", "--inbox", this.dir.toString(), "--review", "later")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--review must be auto or required, not later");
		assertThat(run("validate", this.dir.resolve("missing.xlsx").toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("找不到文件：");
	}

	@Test
	void rulesPrintsThePublishedCatalogue() {
		assertThat(run("rules", "--format", "md")).isZero();
		assertThat(this.out.toString())
			.isEqualTo(RuleCatalogueDoc.of(io.vqr.standard.SubmissionStandard.latest()).render(DocFormat.MD));
		this.out.getBuffer().setLength(0);
		assertThat(run("rules", "--format", "md", "--year", "2024")).isZero();
		assertThat(this.out.toString()).isEqualTo(RuleCatalogueDoc.v1().render(DocFormat.MD));
		this.out.getBuffer().setLength(0);
		assertThat(run("rules", "--format", "md", "--standard", "v2")).isZero();
		assertThat(this.out.toString())
			.isEqualTo(RuleCatalogueDoc.of(io.vqr.standard.SubmissionStandard.v2()).render(DocFormat.MD))
			.contains("R-CASE-PII");
		assertThat(run("rules", "--standard", "v9")).isEqualTo(2);
		assertThat(run("rules", "--format", "pdf")).isEqualTo(2);
	}

	@Test
	void templateWritesTheWorkbook() {
		Path file = this.dir.resolve("out/质量数据采集表_2024.xlsx");
		assertThat(run("template", "--year", "2024", "--out", file.toString())).isZero();
		assertThat(file).isNotEmptyFile();
		assertThat(run("template", "--year", "2024", "--out", this.dir.resolve("t.pdf").toString())).isEqualTo(2);
	}

	@Test
	void validateChecksOfflineAndWritesFeedback() throws Exception {
		SampleSchool school = SampleSchools.generate(5, 2, 2024, 0.1);
		Path good = this.dir.resolve(school.code() + "_2024.xlsx");
		new SubmissionWriter().write(school, Form.MESSY_XLSX, good);
		Path text = Files.writeString(this.dir.resolve("名单.xlsx"), "学号,姓名\n1,张三\n");
		Path feedback = this.dir.resolve("feedback");
		assertThat(
				run("validate", "--year", "2024", "--feedback", feedback.toString(), good.toString(), text.toString()))
			.isZero();
		assertThat(this.out.toString()).contains(good.getFileName() + ": 已通过")
			.contains("名单.xlsx: 未通过")
			.contains("F-UNREADABLE");
		assertThat(feedback.resolve(school.code() + "_2024_校验结果.xlsx")).isNotEmptyFile();
		assertThat(feedback.resolve("名单_校验结果.xlsx")).isNotEmptyFile();
		assertThat(run("validate", "--year", "2023", good.toString())).isZero();
		assertThat(this.out.toString()).contains("F-YEAR-MISMATCH");
	}

}
