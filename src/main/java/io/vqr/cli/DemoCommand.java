package io.vqr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewQueries;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the first thing a new user types. Writes sample submissions for two years
 * (clean, messy and broken ones), ingests them on an embedded database of its own, and
 * prints where everything is.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = { "Runs everything on sample data: writes sample submissions for two years (clean, messy and",
				"broken), ingests them into an embedded PostgreSQL of its own (in OUT/data, so a real warehouse is",
				"never touched), writes the blank template and feedback workbooks, and prints where they are." })
public class DemoCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--schools", defaultValue = "12", paramLabel = "N",
			description = "good sample schools (default ${DEFAULT-VALUE})")
	int schools;

	@Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR",
			description = "where everything goes (default ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--year", defaultValue = "2024", paramLabel = "Y",
			description = "the reporting year (default ${DEFAULT-VALUE})")
	int year;

	@Option(names = "--seed", defaultValue = "20241", paramLabel = "S",
			description = "sample seed (default ${DEFAULT-VALUE})")
	long seed;

	@Override
	public Integer call() throws Exception {
		Years.check(this.spec, this.year);
		if (this.schools < 8 || this.schools > 3000) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
					"--schools must be between 8 (one of every form) and 3000, not " + this.schools);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		Path root = this.out.toAbsolutePath().normalize();
		Path priorSamples = root.resolve("samples-" + (this.year - 1));
		Path samples = root.resolve("samples-" + this.year);
		out.printf("Writing sample submissions for %d schools (%d and %d) …%n", this.schools, this.year - 1, this.year);
		out.flush();
		SampleCorpus corpus = new SampleCorpus();
		corpus.generate(priorSamples, this.schools, this.year - 1, this.seed,
				SampleCorpus.Options.defaults().withDefects(false));
		Manifest manifest = corpus.generate(samples, this.schools, this.year, this.seed,
				SampleCorpus.Options.defaults().withPriorYear(true));
		Path template = root.resolve("质量数据采集表_" + this.year + ".xlsx");
		new TemplateWriter().write(this.year, template);
		Path feedback = root.resolve("feedback");
		Path portalAccounts;
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.embedded(root.resolve("data")), Map.of())) {
			out.printf("%nIngesting %d (last year's submissions, review: auto — approved at once) …%n", this.year - 1);
			out.flush();
			IngestCommand.run(warehouse, this.year - 1, inbox(root, this.year - 1, 1, priorSamples, List.of()),
					feedback.resolve(Integer.toString(this.year - 1)), null, ReviewMode.AUTO, out);
			int wave = 1;
			for (List<String> files : manifest.waves()) {
				out.printf("%nIngesting %d, submission wave %d (%d files, review: required) …%n", this.year, wave,
						files.size());
				out.flush();
				IngestCommand.run(warehouse, this.year, inbox(root, this.year, wave, samples, files),
						feedback.resolve(Integer.toString(this.year)),
						root.resolve("summary-" + this.year + "-" + wave + ".json"), ReviewMode.REQUIRED, out);
				wave++;
			}
			out.printf("%nReviewing %d: schools explain their warnings and certify, the province approves …%n",
					this.year);
			out.flush();
			DemoReview.Result reviewed = DemoReview.run(warehouse, this.year, out);
			out.println();
			ReviewCommand.ListCommand.print(this.year,
					warehouse.bean(ReviewQueries.class).list(this.year, ReviewQueries.Filter.ALL), out);
			out.printf("%nRendering the %d reports …%n", this.year);
			out.flush();
			ReportCommand.run(warehouse, this.year, root.resolve("reports"), List.of(),
					io.vqr.report.output.ReportFiles.FORMATS, out);
			// The schools still in review (returned, or with warnings unexplained) get
			// the portal accounts: in the browser they fix, explain and certify, and the
			// province approves them; a good approved school fills up to two.
			List<String> open = java.util.stream.Stream.of(reviewed.returned(), reviewed.unexplained())
				.flatMap(java.util.Optional::stream)
				.toList();
			portalAccounts = io.vqr.accounts.DemoAccounts
				.create(warehouse.bean(io.vqr.accounts.AccountStore.class), manifest.files()
					.stream()
					.filter((file) -> file.kind() == Manifest.Kind.GOOD || open.contains(file.schoolCode()))
					.filter((file) -> file.schoolCode() != null)
					.sorted(java.util.Comparator.comparing((Manifest.Entry file) -> !open.contains(file.schoolCode())))
					.map((file) -> new io.vqr.accounts.DemoAccounts.School(file.schoolCode(), file.schoolName()))
					.distinct()
					.limit(2)
					.toList(), root.resolve("portal-accounts.csv"));
		}
		out.printf("%nDone. Everything is in %s:%n", root);
		out.printf("  %-28s the blank template schools fill in%n", root.relativize(template));
		out.printf("  %-28s sample submissions (manifest.json says what each should give)%n",
				root.relativize(samples) + "/");
		out.printf("  %-28s school, provincial and city reports (PDF, Excel)%n", "reports/" + this.year + "/");
		out.printf("  %-28s feedback workbooks, one per processed file%n", root.relativize(feedback) + "/");
		out.printf("  %-28s run summaries (JSON)%n", "summary-" + this.year + "-*.json");
		out.printf("  %-28s the demo's embedded PostgreSQL data%n", "data/");
		out.printf("  %-28s web portal accounts and their one-time passwords; start the portal with%n",
				root.relativize(portalAccounts));
		out.printf("  %-28s bin/vqr serve --data-dir %s --reports %s --year %d%n", "", root.resolve("data"),
				root.resolve("reports"), this.year);
		out.flush();
		return 0;
	}

	/**
	 * An inbox holding the given files of a sample folder (all workbooks when the list is
	 * empty), as a school would have dropped them there.
	 */
	private static Path inbox(Path root, int year, int wave, Path samples, List<String> files) throws IOException {
		Path inbox = root.resolve("inbox-" + year + "-" + wave);
		Files.createDirectories(inbox);
		List<Path> sources;
		try (var listing = Files.list(samples)) {
			sources = listing.filter((file) -> files.isEmpty() || files.contains(file.getFileName().toString()))
				.filter((file) -> !file.getFileName().toString().equals(SampleCorpus.MANIFEST))
				.toList();
		}
		for (Path source : sources) {
			Files.copy(source, inbox.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.COPY_ATTRIBUTES);
		}
		return inbox;
	}

}
