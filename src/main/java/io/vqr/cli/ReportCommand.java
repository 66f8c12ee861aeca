package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.indicators.DataView;
import io.vqr.indicators.IndicatorRepository;
import io.vqr.indicators.ReportableYears;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.report.ReportJobConfiguration;
import io.vqr.jobs.report.ReportParameters;
import io.vqr.report.output.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code report}: school reports and the provincial report, PDF and Excel, from each
 * school-year's official file, or with {@code --draft} from the files under review.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Renders the school reports (学校年度质量报告) and the provincial report (省级年度质量报告) as PDF",
				"and Excel from each school's official (approved) data, using the templates in templates/,",
				"and one city report (中职地市级年报) per city with 中职 schools, in DIR/<year>/city/.",
				"A year without any approved data gets the provincial report's submission status only.",
				"With --draft, from each school's file under review whatever its review state, into",
				"DIR/<year>/draft/, every page and sheet marked 草稿：数据尚未审核 (never delivered).",
				"With --school only those schools' reports are rendered (no provincial or city report).",
				"A year in which no school has any file is refused (exit 2).",
				"Killed or failed, it continues where it stopped when run again." })
public class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year")
	int year;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "where reports go (DIR/<year>/...)")
	Path out;

	@Option(names = "--school", paramLabel = "CODE", split = ",", description = "only these schools (10-digit codes)")
	List<String> schools = List.of();

	@Option(names = "--format", paramLabel = "pdf,xlsx", defaultValue = "pdf,xlsx",
			description = "pdf, xlsx or both (default ${DEFAULT-VALUE})")
	String format;

	@Option(names = "--draft",
			description = "report each school's file under review, whatever its state, into DIR/<year>/draft/")
	boolean draft;

	@Mixin
	DatabaseOptions database;

	@Mixin
	TemplateOptions templateOptions;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		Set<String> formats;
		try {
			formats = ReportFiles.formats(this.format);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		for (String school : this.schools) {
			if (!school.matches("\\d{10}")) {
				throw new ParameterException(this.spec.commandLine(),
						"--school takes 10-digit school codes, not " + school);
			}
		}
		try (Warehouse warehouse = Warehouse.open(this.database, templateProperties())) {
			return run(warehouse, this.year, this.out, this.schools, formats,
					this.draft ? DataView.DRAFT : DataView.OFFICIAL, this.spec.commandLine().getOut(),
					this.spec.commandLine().getErr());
		}
	}

	/**
	 * Runs (or continues) the official reports' job; shared with {@code run} and
	 * {@code demo}.
	 */
	static int run(Warehouse warehouse, int year, Path out, List<String> schools, Set<String> formats,
			PrintWriter printer) throws Exception {
		return run(warehouse, year, out, schools, formats, DataView.OFFICIAL, printer, printer);
	}

	/**
	 * Runs (or continues) the report job over the view's files; a year without any file
	 * is refused (exit 2) with a message on {@code errors}.
	 */
	static int run(Warehouse warehouse, int year, Path out, List<String> schools, Set<String> formats, DataView view,
			PrintWriter printer, PrintWriter errors) throws Exception {
		try {
			new ReportableYears(warehouse.bean(JdbcTemplate.class)).check(year);
		}
		catch (ReportableYears.YearWithoutFilesException ex) {
			errors.println(ex.getMessage());
			errors.flush();
			return CommandLines.USAGE;
		}
		List<String> withoutData = new java.util.ArrayList<>(schools);
		withoutData
			.removeAll(new IndicatorRepository(warehouse.bean(JdbcTemplate.class), view).schoolsWithCurrentData(year));
		if (!withoutData.isEmpty()) {
			errors.println((view.isDraft() ? "以下学校" + year + "年度没有通过校验的文件，不能生成草稿："
					: "以下学校" + year + "年度没有已审核的数据，不生成正式报告（可加 --draft 生成草稿）：") + String.join("、", withoutData));
			errors.flush();
		}
		Job job = warehouse.context().getBean(ReportJobConfiguration.JOB_NAME + "Job", Job.class);
		JobExecution execution = warehouse.bean(JobRunner.class)
			.run(job, ReportParameters.of(year, out, schools, formats, view), new JobParameters());
		Path yearDir = new ReportFiles(out.toAbsolutePath().normalize(), year, view.isDraft()).yearDir();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			printer.println(
					"The report run did not finish ("
							+ execution.getExitStatus()
								.getExitDescription()
								.lines()
								.findFirst()
								.orElse(execution.getStatus().toString())
							+ "); run the same command again to continue.");
			printer.flush();
			return CommandLines.FAILED;
		}
		com.fasterxml.jackson.databind.JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(yearDir.resolve(io.vqr.report.output.ReportIndex.FILE).toFile());
		int files = 0;
		for (com.fasterxml.jackson.databind.JsonNode entry : index) {
			files += entry.path("files").size();
		}
		printer.printf("%s for %d: %d report(s), %d file(s) in %s (listed in %s)%n",
				view.isDraft() ? "Draft reports (草稿：数据尚未审核)" : "Reports", year, index.size(), files, yearDir,
				io.vqr.report.output.ReportIndex.FILE);
		printer.flush();
		return 0;
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
