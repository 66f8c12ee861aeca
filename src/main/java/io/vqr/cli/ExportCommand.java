package io.vqr.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.indicators.DataView;
import io.vqr.indicators.ReportableYears;
import io.vqr.report.export.ExportFormat;
import io.vqr.report.export.IndicatorExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code export}: every school's indicators as a long CSV or a workbook, official or
 * draft.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes the indicators of every school with approved (official) data as CSV, long format:",
				"year,school_code,school_name,indicator,value,numerator,denominator,indicator_name,unit",
				"(UTF-8 with BOM, so Excel opens it; rates are fractions), or with --format xlsx a workbook",
				"with Chinese headers for people. With --draft, each school's file under review whatever its",
				"state, with a review_state column. A year in which no school has any file is refused (exit 2)." })
public class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year")
	int year;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
	Path out;

	@Option(names = "--format", paramLabel = "csv|xlsx",
			description = "csv or xlsx (default: xlsx when FILE ends in .xlsx, csv otherwise)")
	String format;

	@Option(names = "--draft", description = "export each school's file under review, whatever its review state")
	boolean draft;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		ExportFormat exportFormat;
		try {
			exportFormat = (this.format != null) ? ExportFormat.parse(this.format) : ExportFormat.ofFile(this.out);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		DataView view = this.draft ? DataView.DRAFT : DataView.OFFICIAL;
		try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
			try {
				new ReportableYears(warehouse.bean(JdbcTemplate.class)).check(this.year);
			}
			catch (ReportableYears.YearWithoutFilesException ex) {
				this.spec.commandLine().getErr().println(ex.getMessage());
				this.spec.commandLine().getErr().flush();
				return CommandLines.USAGE;
			}
			int rows = warehouse.bean(IndicatorExport.class).write(this.year, this.out, view, exportFormat);
			this.spec.commandLine()
				.getOut()
				.printf("%d indicator rows%s written to %s%n", rows, view.isDraft() ? " (草稿：数据尚未审核)" : "",
						this.out.toAbsolutePath().normalize());
		}
		return 0;
	}

}
