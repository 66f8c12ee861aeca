package io.vqr.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code samples}: deterministic sample submissions, clean, messy and broken, with a
 * manifest of what to expect.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
		description = { "Writes deterministic sample submissions for N schools of every 办学类型, in clean and messy",
				"forms (.xlsx and .xls), plus broken files (one per ERROR rule) and manifest.json saying what each",
				"file should give." })
public class SamplesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
	Path out;

	@Option(names = "--schools", defaultValue = "24", paramLabel = "N",
			description = "good schools (default ${DEFAULT-VALUE})")
	int schools;

	@Option(names = "--year", defaultValue = "2024", paramLabel = "Y",
			description = "reporting year (default ${DEFAULT-VALUE})")
	int year;

	@Option(names = "--seed", defaultValue = "20241", paramLabel = "S",
			description = "random seed (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--no-broken", description = "only good submissions: no defect, broken or duplicate files")
	boolean noBroken;

	@Override
	public Integer call() {
		Years.check(this.spec, this.year);
		if (this.schools < 1 || this.schools > 3000) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--schools must be between 1 and 3000, not " + this.schools);
		}
		Manifest manifest = new SampleCorpus().generate(this.out, this.schools, this.year, this.seed,
				SampleCorpus.Options.defaults().withDefects(!this.noBroken));
		Map<String, Integer> byStatus = new TreeMap<>();
		manifest.files().forEach((entry) -> byStatus.merge(String.valueOf(entry.expectedStatus()), 1, Integer::sum));
		this.spec.commandLine()
			.getOut()
			.printf("%d file(s) of %d (submission standard %s) written to %s (expected: %s); see %s%n",
					manifest.files().size(), this.year, io.vqr.standard.SubmissionStandard.forYear(this.year).version(),
					this.out.toAbsolutePath().normalize(), byStatus, SampleCorpus.MANIFEST);
		return 0;
	}

}
