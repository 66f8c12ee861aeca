package io.vqr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.vqr.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code template}: the blank submission workbook schools fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
		description = "Writes the blank submission workbook: every sheet and header of the standard, a 填报说明 sheet, "
				+ "drop-down lists for code lists, text-formatted code and ID columns.")
public class TemplateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "the reporting year the template is for")
	int year;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx file to write")
	Path out;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		if (!this.out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--out must name an .xlsx file, e.g. 质量数据采集表_" + this.year + ".xlsx");
		}
		Path parent = this.out.toAbsolutePath().getParent();
		if (parent != null) {
			java.nio.file.Files.createDirectories(parent);
		}
		new TemplateWriter().write(this.year, this.out);
		this.spec.commandLine()
			.getOut()
			.println("Template written (submission standard "
					+ io.vqr.standard.SubmissionStandard.forYear(this.year).version() + "): "
					+ this.out.toAbsolutePath().normalize());
		return 0;
	}

}
