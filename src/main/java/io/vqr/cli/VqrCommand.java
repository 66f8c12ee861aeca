package io.vqr.cli;

import picocli.CommandLine.Command;

/** The top-level command: {@code java -jar vqr.jar <command> [options]}. */
@Command(name = "vqr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "职业教育质量年度报告 pipeline: read school workbooks, validate, load the warehouse, render reports.",
		subcommands = { TemplateCommand.class, RulesCommand.class, ValidateCommand.class, IngestCommand.class,
				SamplesCommand.class, DemoCommand.class, ReportCommand.class, ExportCommand.class, RunCommand.class,
				JobRunCommand.class, ScheduleCommand.class, StatusCommand.class, ReviewCommand.class,
				CleanupCommand.class, BenchmarkCommand.class, UserCommand.class, ServeCommand.class },
		footer = { "", "Exit status: 0 the job ran to the end (rejected submissions included),",
				"2 wrong usage, 1 the job failed (it can be restarted and continues where it stopped)." })
public class VqrCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "Missing command");
	}

}
