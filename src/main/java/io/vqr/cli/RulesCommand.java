package io.vqr.cli;

import java.util.concurrent.Callable;

import io.vqr.standard.docs.DocFormat;
import io.vqr.standard.docs.RuleCatalogueDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: the published rule catalogue and reading tolerances, for schools. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "Prints the rule catalogue, the fields of every sheet, the code lists and the reading tolerances "
				+ "(in Chinese, generated from the same definitions the program checks with).")
public class RulesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", paramLabel = "md|text", defaultValue = "text",
			description = "md (Markdown, as docs/rules.md) or text (for a terminal); default ${DEFAULT-VALUE}")
	String format;

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
		this.spec.commandLine().getOut().print(RuleCatalogueDoc.v1().render(docFormat));
		this.spec.commandLine().getOut().flush();
		return 0;
	}

}
