package io.vqr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewQueries;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.standard.SubmissionStandard;
import io.vqr.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the first thing a new user types. Writes sample submissions (clean, messy
 * and broken ones) for the two years it demonstrates — by default 2024, read with
 * standard v1, and 2025, read with v2 — and for the year before them, ingests them on an
 * embedded database of its own, takes both years through review, renders both years'
 * reports, and prints where everything is.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = { "Runs everything on sample data: writes sample submissions for Y-1 and Y (clean, messy and",
				"broken; 2024 with submission standard v1, 2025 with v2) and Y-2's as their prior year, ingests",
				"them into an embedded PostgreSQL of its own (in OUT/data, so a real warehouse is never touched),",
				"reviews Y-1 and Y, renders both years' reports, writes the blank templates and feedback workbooks,",
				"and prints where they are." })
public class DemoCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--schools", defaultValue = "12", paramLabel = "N",
			description = "good sample schools (default ${DEFAULT-VALUE})")
	int schools;

	@Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR",
			description = "where everything goes (default ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--year", defaultValue = "2025", paramLabel = "Y",
			description = "the newest reporting year; Y-1 is demonstrated too (default ${DEFAULT-VALUE}: 2024 with "
					+ "standard v1, 2025 with v2)")
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
		int prior = this.year - 2;
		List<Integer> years = List.of(this.year - 1, this.year);
		out.printf("Writing sample submissions for %d schools (%d, %d and %d) …%n", this.schools, prior, years.get(0),
				years.get(1));
		out.flush();
		SampleCorpus corpus = new SampleCorpus();
		Path priorSamples = samples(root, prior);
		corpus.generate(priorSamples, this.schools, prior, this.seed,
				SampleCorpus.Options.defaults().withDefects(false));
		Map<Integer, Manifest> manifests = new LinkedHashMap<>();
		Map<Integer, Path> templates = new LinkedHashMap<>();
		for (int year : years) {
			manifests.put(year, corpus.generate(samples(root, year), this.schools, year, this.seed,
					SampleCorpus.Options.defaults().withPriorYear(true)));
			Path template = root.resolve("质量数据采集表_" + year + ".xlsx");
			new TemplateWriter().write(year, template);
			templates.put(year, template);
		}
		Path feedback = root.resolve("feedback");
		Path portalAccounts;
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.embedded(root.resolve("data")), Map.of())) {
			out.printf("%nIngesting %d (the prior year's submissions, review: auto — approved at once) …%n", prior);
			out.flush();
			IngestCommand.run(warehouse, prior, inbox(root, prior, 1, priorSamples, List.of()),
					feedback.resolve(Integer.toString(prior)), null, ReviewMode.AUTO, out);
			DemoReview.Result newest = null;
			for (int year : years) {
				newest = demoYear(warehouse, root, year, manifests.get(year), feedback, out);
			}
			// The newest year's schools still in review (returned, or with warnings
			// unexplained) get the portal accounts: in the browser they fix, explain and
			// certify, and the province approves them; a good approved school fills up to
			// two.
			List<String> open = java.util.stream.Stream.of(newest.returned(), newest.unexplained())
				.flatMap(java.util.Optional::stream)
				.toList();
			portalAccounts = io.vqr.accounts.DemoAccounts
				.create(warehouse.bean(io.vqr.accounts.AccountStore.class), manifests.get(this.year)
					.files()
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
		for (int year : years) {
			out.printf("  %-28s the blank template schools fill in for %d (submission standard %s)%n",
					root.relativize(templates.get(year)), year, SubmissionStandard.forYear(year).version());
		}
		for (int year : years) {
			out.printf("  %-28s sample submissions of %d (manifest.json says what each should give)%n",
					root.relativize(samples(root, year)) + "/", year);
		}
		for (int year : years) {
			out.printf("  %-28s school, provincial and city reports of %d (PDF, Excel)%n", "reports/" + year + "/",
					year);
		}
		out.printf("  %-28s feedback workbooks, one per processed file%n", root.relativize(feedback) + "/");
		out.printf("  %-28s run summaries (JSON)%n", "summary-*.json");
		out.printf("  %-28s the demo's embedded PostgreSQL data%n", "data/");
		out.printf("  %-28s web portal accounts and their one-time passwords; start the portal with%n",
				root.relativize(portalAccounts));
		// --no-schedule: the demo has no job files, and the project's example ones name
		// folders it never made
		out.printf("  %-28s bin/vqr serve --data-dir %s --reports %s --year %d --no-schedule%n", "",
				root.resolve("data"), root.resolve("reports"), this.year);
		out.flush();
		return 0;
	}

	private static Path samples(Path root, int year) {
		return root.resolve("samples-" + year);
	}

	/**
	 * One demonstrated year: its submissions in waves (review required), its review by
	 * commands, the review list and its reports.
	 */
	private static DemoReview.Result demoYear(Warehouse warehouse, Path root, int year, Manifest manifest,
			Path feedback, PrintWriter out) throws Exception {
		String standard = SubmissionStandard.forYear(year).version();
		int wave = 1;
		for (List<String> files : manifest.waves()) {
			out.printf("%nIngesting %d (submission standard %s), submission wave %d (%d files, review: required) …%n",
					year, standard, wave, files.size());
			out.flush();
			IngestCommand.run(warehouse, year, inbox(root, year, wave, samples(root, year), files),
					feedback.resolve(Integer.toString(year)), root.resolve("summary-" + year + "-" + wave + ".json"),
					ReviewMode.REQUIRED, out);
			wave++;
		}
		out.printf("%nReviewing %d: schools explain their warnings and certify, the province approves …%n", year);
		out.flush();
		DemoReview.Result reviewed = DemoReview.run(warehouse, year, out);
		out.println();
		ReviewCommand.ListCommand.print(year, warehouse.bean(ReviewQueries.class).list(year, ReviewQueries.Filter.ALL),
				out);
		out.printf("%nRendering the %d reports …%n", year);
		out.flush();
		ReportCommand.run(warehouse, year, root.resolve("reports"), List.of(), io.vqr.report.output.ReportFiles.FORMATS,
				out);
		return reviewed;
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
