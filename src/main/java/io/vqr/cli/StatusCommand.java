package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.ops.jobs.JobDefinitionException;
import io.vqr.ops.jobs.RosterLoader;
import io.vqr.ops.jobs.RosterLoader.RosterEntry;
import io.vqr.ops.status.StatusJson;
import io.vqr.ops.status.StatusQuery;
import io.vqr.ops.status.StatusReport;
import io.vqr.ops.status.StatusTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code status}: where every expected school stands for a year. */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = {
				"Submission status per school: not submitted, rejected (errors), accepted (warnings), version of",
				"the file under review, its review state (待说明, 待审核, 已审核, …) and official version, last file and",
				"when; totals by 办学类型 and by city, and per review state. Expected schools: the year's roster,",
				"schools with accepted data in earlier years, and every school that submitted. Works while",
				"'schedule' runs (it reads that process's database)." })
public class StatusCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year")
	int year;

	@Option(names = "--json", description = "print JSON instead of tables")
	boolean json;

	@Option(names = "--roster", paramLabel = "FILE",
			description = "also expect the schools of this roster CSV (学校代码,学校名称,办学类型,所在地区代码)")
	Path roster;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		List<RosterEntry> extra = List.of();
		if (this.roster != null) {
			if (!Files.isRegularFile(this.roster)) {
				throw new ParameterException(this.spec.commandLine(), "--roster " + this.roster + " does not exist");
			}
			try {
				extra = RosterLoader.read(this.roster);
			}
			catch (JobDefinitionException ex) {
				throw new ParameterException(this.spec.commandLine(), ex.getMessage());
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		try (Warehouse warehouse = Warehouse.openShared(this.database, Map.of())) {
			StatusReport report = warehouse.bean(StatusQuery.class).status(this.year, extra);
			if (this.json) {
				StatusJson.write(report, out);
			}
			else {
				StatusTable.print(report, out);
			}
		}
		return 0;
	}

}
