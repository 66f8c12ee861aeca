package io.vqr.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.report.output.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: the scheduled job — ingest the inbox, then render every report. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "The scheduled job: ingests the inbox (like 'ingest'), then renders every report (like",
				"'report'). Killed or failed, it continues where it stopped when run again." })
public class RunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year")
	int year;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", description = "folder with the schools' workbooks")
	Path inbox;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "where reports go")
	Path out;

	@Option(names = "--feedback", paramLabel = "DIR",
			description = "where feedback workbooks go (default: a 'feedback' folder inside the inbox)")
	Path feedback;

	@Option(names = "--summary", paramLabel = "FILE", description = "write the ingest summary as JSON")
	Path summary;

	@Mixin
	DatabaseOptions database;

	@Mixin
	TemplateOptions templateOptions;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		Years.existingFolder(this.spec, "--inbox", this.inbox);
		try (Warehouse warehouse = Warehouse.open(this.database, templateProperties())) {
			var printer = this.spec.commandLine().getOut();
			int ingest = IngestCommand.run(warehouse, this.year, this.inbox,
					IngestCommand.feedbackDir(this.inbox, this.feedback), this.summary, printer);
			if (ingest != 0) {
				return ingest;
			}
			return ReportCommand.run(warehouse, this.year, this.out, List.of(), ReportFiles.FORMATS, printer);
		}
	}

	private Map<String, Object> templateProperties() {
		try {
			return this.templateOptions.properties();
		}
		catch (IllegalArgumentException ex) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

}
