package io.vqr.cli;

import java.util.concurrent.Callable;

import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.docs.DocFormat;
import io.vqr.standard.docs.RuleCatalogueDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: the published rule catalogue and reading tolerances, for schools. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "Prints the rule catalogue, the fields of every sheet, the code lists and the reading tolerances "
				+ "of a submission standard (in Chinese, generated from the same definitions the program checks with).")
public class RulesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", paramLabel = "md|text", defaultValue = "text",
			description = "md (Markdown, as docs/rules.md) or text (for a terminal); default ${DEFAULT-VALUE}")
	String format;

	@Option(names = "--year", paramLabel = "Y",
			description = "the reporting year whose standard to print (v1 up to 2024, v2 from 2025)")
	Integer year;

	@Option(names = "--standard", paramLabel = "VERSION",
			description = "the standard to print by version (v1, v2); default: the newest, or the one of --year")
	String version;

	@Override
	public Integer call() {
		DocFormat docFormat;
		try {
			docFormat = DocFormat.fromOption(this.format);
		}
		catch (IllegalArgumentException ex) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--format must be md or text, not " + this.format);
		}
		this.spec.commandLine().getOut().print(RuleCatalogueDoc.of(standard()).render(docFormat));
		this.spec.commandLine().getOut().flush();
		return 0;
	}

	private SubmissionStandard standard() {
		if (this.year != null && this.version != null) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"give --year or --standard, not both");
		}
		if (this.year != null) {
			Years.check(this.spec, this.year);
			return SubmissionStandard.forYear(this.year);
		}
		if (this.version == null) {
			return SubmissionStandard.latest();
		}
		String wanted = this.version.strip().toLowerCase(java.util.Locale.ROOT);
		return SubmissionStandard.all()
			.stream()
			.filter((standard) -> standard.version().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--standard must be one of "
							+ String.join(", ",
									SubmissionStandard.all().stream().map(SubmissionStandard::version).toList())
							+ ", not " + this.version));
	}

}
