package io.vqr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.vqr.bench.Benchmark;
import io.vqr.bench.BenchmarkResults;
import io.vqr.bench.ChildJvm;
import io.vqr.bench.FloorLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark}: a province-scale corpus through ingest and report rendering as child
 * JVMs, against the raw read-and-COPY floor, with memory peaks.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = { "Generates a deterministic province (sample generator, good files only) and measures, per run:",
				"the floor (fastest raw read + COPY), the ingest and the report rendering as child JVMs (-Xmx512m)",
				"on a fresh database of one embedded PostgreSQL; then the ingest of a --scale× corpus for memory.",
				"Prints min/median/max and writes bench-results.json into --out." },
		subcommands = { BenchmarkCommand.Floor.class, BenchmarkCommand.Upload.class })
public class BenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--schools", defaultValue = "600", paramLabel = "N",
			description = "schools in the corpus (default ${DEFAULT-VALUE})")
	int schools;

	@Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "runs (default ${DEFAULT-VALUE})")
	int runs;

	@Option(names = "--out", defaultValue = "bench", paramLabel = "DIR",
			description = "working folder; corpora are kept there and reused (default ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--scale", defaultValue = "4", paramLabel = "K",
			description = "the memory run ingests a corpus K times bigger; 1 skips it (default ${DEFAULT-VALUE})")
	double scale;

	@Option(names = "--scale-by", defaultValue = "schools", paramLabel = "schools|size",
			description = "K times the schools, or the same schools K times bigger (default ${DEFAULT-VALUE})")
	String scaleBy;

	@Option(names = "--year", defaultValue = "2024", paramLabel = "Y",
			description = "reporting year (default ${DEFAULT-VALUE})")
	int year;

	@Option(names = "--seed", defaultValue = "20241", paramLabel = "S",
			description = "random seed (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--jar", paramLabel = "FILE", description = "the vqr jar the children run (default: this one)")
	Path jar;

	@Option(names = "--jvm-options", paramLabel = "FILE",
			description = { "the JVM options file the children start with, as bin/vqr starts vqr",
					"(default: bin/jvm.options beside the jar or its folder; 'none' for none)" })
	String jvmOptions;

	@Option(names = "--no-reports", description = "skip report rendering")
	boolean noReports;

	@Option(names = "--no-cds",
			description = "start the children without the class-data sharing archive bin/vqr starts vqr with")
	boolean noClassDataSharing;

	@Override
	public Integer call() throws Exception {
		if (this.schools < 1 || this.schools > 3000) {
			throw new ParameterException(this.spec.commandLine(), "--schools must be 1–3000, not " + this.schools);
		}
		if (this.runs < 1) {
			throw new ParameterException(this.spec.commandLine(), "--runs must be at least 1");
		}
		if (this.scale < 1) {
			throw new ParameterException(this.spec.commandLine(), "--scale must be at least 1");
		}
		if (!this.scaleBy.equals("schools") && !this.scaleBy.equals("size")) {
			throw new ParameterException(this.spec.commandLine(), "--scale-by is schools or size, not " + this.scaleBy);
		}
		if (this.scaleBy.equals("schools") && this.schools * this.scale > 3000) {
			throw new ParameterException(this.spec.commandLine(),
					"--schools × --scale must be at most 3000 with --scale-by schools");
		}
		Years.check(this.spec, this.year);
		if (this.scale > 1 && ChildJvm.jcmd().isEmpty()) {
			throw new ParameterException(this.spec.commandLine(),
					"the memory runs measure the live heap with jcmd, which this Java lacks ("
							+ System.getProperty("java.home") + "): run the benchmark with a JDK, or say --scale 1");
		}
		Path jarFile = ((this.jar != null) ? this.jar : launchedJar()).toAbsolutePath();
		Path optionsFile = jvmOptionsFile(jarFile);
		var printer = this.spec.commandLine().getOut();
		// Started by bin/vqr with class-data sharing, the children map the same
		// archive and run the same extracted jar, as the launcher starts vqr.
		Path archive = (this.jar == null && !this.noClassDataSharing) ? launcherArchive() : null;
		if (archive != null && !Files.isRegularFile(archive)) {
			printer.println("No class-data sharing archive yet (bin/vqr records it on the first ingest, report or"
					+ " demo): the children start without one.");
			archive = null;
		}
		Path childJar = (archive != null) ? runningJar() : jarFile;
		printer.println("Children: java " + ((optionsFile != null) ? "@" + optionsFile + " " : "")
				+ ((archive != null) ? "-XX:SharedArchiveFile=" + archive + " " : "") + "-Xmx512m -jar " + childJar);
		BenchmarkResults results = new Benchmark(new Benchmark.Options(this.schools, this.runs, this.out, this.scale,
				this.scaleBy.equals("schools"), this.year, this.seed, childJar, optionsFile, archive, !this.noReports),
				printer)
			.run();
		printer.println();
		results.print(printer);
		printer.println("Results: " + this.out.toAbsolutePath().normalize().resolve(Benchmark.RESULTS));
		printer.flush();
		return 0;
	}

	/**
	 * The options file named, or bin/jvm.options where the launcher finds the jar: beside
	 * it (an installation) or one folder up (a checkout's target/).
	 */
	private Path jvmOptionsFile(Path jarFile) {
		if ("none".equals(this.jvmOptions)) {
			return null;
		}
		if (this.jvmOptions != null) {
			Path named = Path.of(this.jvmOptions).toAbsolutePath();
			if (!Files.isRegularFile(named)) {
				throw new ParameterException(this.spec.commandLine(), "--jvm-options: no file " + named);
			}
			return named;
		}
		Path folder = jarFile.getParent();
		for (Path candidate : List.of(folder.resolve("bin/jvm.options"), folder.resolveSibling("bin/jvm.options"))) {
			if (Files.isRegularFile(candidate)) {
				return candidate.normalize();
			}
		}
		throw new ParameterException(this.spec.commandLine(), "no bin/jvm.options beside " + jarFile
				+ ": name it with --jvm-options FILE, or say --jvm-options none to run the children without it");
	}

	/** The jar bin/vqr was given (it runs an extracted copy for class-data sharing). */
	private Path launchedJar() {
		String launched = System.getProperty("vqr.launcher.jar");
		return (launched != null) ? Path.of(launched) : runningJar();
	}

	/** The class-data sharing archive bin/vqr started this JVM with, or null. */
	private static Path launcherArchive() {
		String archive = System.getProperty("vqr.launcher.cds");
		return (archive != null) ? Path.of(archive) : null;
	}

	private Path runningJar() {
		String classPath = System.getProperty("java.class.path", "");
		Path candidate = Path.of(classPath.split(java.io.File.pathSeparator)[0]);
		if (!classPath.endsWith(".jar") || !Files.isRegularFile(candidate)) {
			throw new ParameterException(this.spec.commandLine(),
					"not started with java -jar; say which jar the children run with --jar");
		}
		return candidate;
	}

	/**
	 * {@code benchmark upload}: a school's upload while the province ingests (a
	 * benchmark, not a test: the figures go into the README).
	 */
	@Command(name = "upload", mixinStandardHelpOptions = true,
			description = {
					"Starts vqr serve and, beside it, the ingest of a --schools province again and again (child",
					"JVMs on one embedded PostgreSQL); a school clerk uploads a typical ≈1,500-row workbook --uploads",
					"times over HTTP, each a new version, timed to its outcome page. Prints min/median/p95/max and",
					"writes bench-upload.json into the parent's --out. Target: p95 ≤ 3 s." })
	static class Upload implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@picocli.CommandLine.ParentCommand
		BenchmarkCommand parent;

		@Option(names = "--uploads", defaultValue = "50", paramLabel = "N",
				description = "timed uploads (default ${DEFAULT-VALUE})")
		int uploads;

		@Override
		public Integer call() throws Exception {
			if (this.uploads < 1) {
				throw new ParameterException(this.spec.commandLine(), "--uploads must be at least 1");
			}
			BenchmarkCommand options = this.parent;
			Path jarFile = ((options.jar != null) ? options.jar : options.launchedJar()).toAbsolutePath();
			Path optionsFile = options.jvmOptionsFile(jarFile);
			Path archive = (options.jar == null && !options.noClassDataSharing) ? launcherArchive() : null;
			if (archive != null && !Files.isRegularFile(archive)) {
				archive = null;
			}
			Path childJar = (archive != null) ? options.runningJar() : jarFile;
			var printer = this.spec.commandLine().getOut();
			printer.println("Children: java " + ((optionsFile != null) ? "@" + optionsFile + " " : "")
					+ ((archive != null) ? "-XX:SharedArchiveFile=" + archive + " " : "") + "-jar " + childJar);
			new io.vqr.bench.UploadBenchmark(new io.vqr.bench.UploadBenchmark.Options(this.uploads, options.schools,
					options.out, options.year, options.seed, childJar, optionsFile, archive), printer)
				.run();
			printer.println("Results: "
					+ options.out.toAbsolutePath().normalize().resolve(io.vqr.bench.UploadBenchmark.RESULTS));
			printer.flush();
			return 0;
		}

	}

	/** The floor's child JVM: read every workbook raw and COPY it. */
	@Command(name = "floor", hidden = true, description = "Reads every workbook raw and COPYs its rows (the floor).")
	static class Floor implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--inbox", required = true, paramLabel = "DIR")
		Path inbox;

		@Option(names = "--db-url", required = true, paramLabel = "JDBC_URL")
		String url;

		@Option(names = "--threads", paramLabel = "N", description = "files at once (default: cores)")
		int threads = Runtime.getRuntime().availableProcessors();

		@Override
		public Integer call() throws Exception {
			long rows = FloorLoader.load(this.inbox, this.url, this.threads);
			this.spec.commandLine().getOut().printf("%d rows%n", rows);
			this.spec.commandLine().getOut().flush();
			return 0;
		}

	}

}
