package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.ops.jobs.DefinedJobRunner;
import io.vqr.ops.jobs.JobDefinition;
import io.vqr.ops.jobs.JobWork;
import io.vqr.ops.jobs.RunOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jobrun}: one run of a job file's work, for cron or a systemd timer (the same run
 * {@code schedule} does on the job's own cron).
 */
@Command(name = "jobrun", mixinStandardHelpOptions = true,
		description = { "Runs a job file's work once: ingest its inbox, render its reports and deliver them to its",
				"recipients (outbox folders, e-mail). For cron or a systemd timer; 'schedule' runs the same on the",
				"job's own cron. Killed or failed, it continues where it stopped when run again." })
public class JobRunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--job", required = true, paramLabel = "FILE", description = "the job file, e.g. jobs/2024.yaml")
	Path job;

	@Option(names = "--what", defaultValue = "all", paramLabel = "WORK",
			description = "ingest, report (render and deliver), deliver (what is rendered), or all (default)")
	String what;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		JobWork work;
		try {
			work = JobWork.valueOf(this.what.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(),
					"--what must be ingest, report, deliver or all, not " + this.what);
		}
		JobDefinition definition = JobFiles.load(this.spec, this.job);
		PrintWriter out = this.spec.commandLine().getOut();
		try (Warehouse warehouse = Warehouse.open(this.database,
				JobFiles.warehouseProperties(this.spec, List.of(definition)))) {
			RunOutcome outcome = new DefinedJobRunner(warehouse, JobFiles.REPORTS).run(definition, work, out);
			outcome.ingest().ifPresent((summary) -> SummaryTable.print(summary, out));
			out.println(outcome.summaryLine());
			out.flush();
			return outcome.completed() ? 0 : CommandLines.FAILED;
		}
	}

}
