package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.jobs.ingest.IngestLauncher;
import io.vqr.jobs.ingest.IngestSummary;
import io.vqr.jobs.ingest.IngestSummary.RunSummary;
import io.vqr.review.ReviewMode;
import io.vqr.text.UntrustedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;

/** {@code ingest}: process every workbook in an inbox not processed before. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = { "Processes every workbook in the inbox not processed before: validates it, archives it, loads",
				"accepted submissions into the warehouse and writes a feedback workbook per file.",
				"Killed or failed, the next run takes over what it left. Several may run at once on one",
				"PostgreSQL: each file is processed by one of them." })
public class IngestCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year (统计年度)")
	int year;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", description = "folder with the schools' workbooks")
	Path inbox;

	@Option(names = "--feedback", paramLabel = "DIR",
			description = "where feedback workbooks go (default: a 'feedback' folder inside the inbox)")
	Path feedback;

	@Option(names = "--summary", paramLabel = "FILE", description = "write the run summary as JSON")
	Path summary;

	@Option(names = "--review", paramLabel = "auto|required",
			description = { "for this run: required (files that pass the rules wait for the school's certification",
					"and approval) or auto (approved at once); default: the year's job file, else required" })
	String review;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		Years.existingFolder(this.spec, "--inbox", this.inbox);
		ReviewMode mode = reviewMode(this.spec, this.review);
		try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
			return run(warehouse, this.year, this.inbox, feedbackDir(this.inbox, this.feedback), this.summary, mode,
					this.spec.commandLine().getOut());
		}
	}

	/** The {@code --review} option's mode, or null when not given. */
	static ReviewMode reviewMode(CommandSpec spec, String value) {
		if (value == null) {
			return null;
		}
		return ReviewMode.fromCode(value)
			.orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--review must be auto or required, not " + value));
	}

	static Path feedbackDir(Path inbox, Path feedback) {
		return (feedback != null) ? feedback : inbox.resolve("feedback");
	}

	/**
	 * Runs (or continues) the ingest job and prints what happened to each file; shared
	 * with {@code run}/{@code demo}.
	 */
	static int run(Warehouse warehouse, int year, Path inbox, Path feedbackDir, Path summaryFile, PrintWriter out)
			throws Exception {
		return run(warehouse, year, inbox, feedbackDir, summaryFile, null, out);
	}

	/**
	 * @param review the run's review mode, or null for the year's
	 */
	static int run(Warehouse warehouse, int year, Path inbox, Path feedbackDir, Path summaryFile, ReviewMode review,
			PrintWriter out) throws Exception {
		JobExecution execution = warehouse.bean(IngestLauncher.class)
			.run(year, inbox, feedbackDir, summaryFile, review);
		RunSummary run = warehouse.bean(IngestSummary.class)
			.build(execution.getJobId(), year, java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now());
		SummaryTable.print(run, out);
		out.println("反馈工作簿：" + UntrustedText.forLog(feedbackDir.toAbsolutePath().normalize().toString()));
		if (summaryFile != null) {
			out.println("运行摘要：" + UntrustedText.forLog(summaryFile.toAbsolutePath().normalize().toString()));
		}
		out.flush();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// The cause, for whoever reads the log, stays as the job recorded it.
			out.println("本次导入未全部完成，已处理的文件不受影响；请再次运行同一命令处理剩余文件。（" + UntrustedText.forLog(execution.getExitStatus()
				.getExitDescription()
				.lines()
				.findFirst()
				.orElse(execution.getStatus().toString())) + "）");
			out.flush();
			return CommandLines.FAILED;
		}
		return 0;
	}

}
