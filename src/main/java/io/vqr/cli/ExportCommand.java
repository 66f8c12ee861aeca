package io.vqr.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.report.export.IndicatorExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: every school's indicators as a long CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
		"Writes the indicators of every school as CSV, long format:",
		"year,school_code,school_name,indicator,value,numerator,denominator (UTF-8 with BOM, so Excel opens it)." })
public class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year")
	int year;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file to write")
	Path out;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
			int rows = warehouse.bean(IndicatorExport.class).write(this.year, this.out);
			this.spec.commandLine()
				.getOut()
				.printf("%d indicator rows written to %s%n", rows, this.out.toAbsolutePath().normalize());
		}
		return 0;
	}

}
