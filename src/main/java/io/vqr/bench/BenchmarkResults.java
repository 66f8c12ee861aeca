package io.vqr.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Everything one benchmark run measured, with min/median/max over runs and the headline
 * figures against the contract's targets; written as {@value Benchmark#RESULTS}.
 *
 * @param machine where it ran
 * @param loadAverageAtEnd the 1-minute load average when it finished
 * @param options what was asked
 * @param corpus the 1× corpus
 * @param scaledCorpus the corpus of the memory runs, or null
 * @param runs each run's figures by step (floor, ingest, report)
 * @param memoryRuns the memory runs, or null: {@code ingest} (the scaled corpus, run as
 * the timed ingests are), {@code liveProbeAt1x} and {@code liveProbe} (the 1× and scaled
 * corpora with a full collection every few seconds, for the live heap)
 * @param summary by step, by figure: min/median/max over the runs
 * @param ingestOverFloor ingest wall time ÷ floor wall time, per run
 * @param memoryAtScale scaled ÷ 1×: peak RSS and heap peaks against the timed ingests'
 * medians, the live heap probe against the 1× probe
 * @param targets each target of the contract and whether the medians meet it
 */
public record BenchmarkResults(MachineInfo machine, double loadAverageAtEnd, Map<String, Object> options,
		BenchCorpus corpus, BenchCorpus scaledCorpus, List<Map<String, Measurement>> runs,
		Map<String, Measurement> memoryRuns, Map<String, Map<String, Stats>> summary, Stats ingestOverFloor,
		Map<String, Double> memoryAtScale, Map<String, String> targets) {

	private static final Map<String, ToDoubleFunction<Measurement>> FIGURES = figures();

	private static Map<String, ToDoubleFunction<Measurement>> figures() {
		Map<String, ToDoubleFunction<Measurement>> figures = new LinkedHashMap<>();
		figures.put("wallSeconds", Measurement::wallSeconds);
		figures.put("perSecond", Measurement::perSecond);
		figures.put("cpuSeconds", Measurement::cpuSeconds);
		figures.put("dbCpuSeconds", Measurement::dbCpuSeconds);
		figures.put("peakRssMb", Measurement::peakRssMb);
		figures.put("peakHeapMb", Measurement::peakHeapMb);
		figures.put("heapAfterGcMb", Measurement::heapAfterGcMb);
		figures.put("loadAverage", Measurement::loadAverage);
		return figures;
	}

	static BenchmarkResults of(Benchmark.Options options, MachineInfo machine, BenchCorpus corpus,
			BenchCorpus scaledCorpus, List<Map<String, Measurement>> runs, Map<String, Measurement> memoryRuns) {
		Map<String, Map<String, Stats>> summary = new LinkedHashMap<>();
		for (String step : List.of("floor", "ingest", "report")) {
			if (runs.isEmpty() || !runs.get(0).containsKey(step)) {
				continue;
			}
			Map<String, Stats> byFigure = new LinkedHashMap<>();
			FIGURES.forEach((name, figure) -> byFigure.put(name,
					Stats.of(runs.stream().map((run) -> figure.applyAsDouble(run.get(step))).toList())));
			summary.put(step, byFigure);
		}
		Stats ratio = Stats
			.of(runs.stream().map((run) -> run.get("ingest").wallSeconds() / run.get("floor").wallSeconds()).toList());
		Map<String, Double> memory = new LinkedHashMap<>();
		if (memoryRuns != null) {
			Measurement scaled = memoryRuns.get("ingest");
			Map<String, Stats> ingest = summary.get("ingest");
			memory.put("scale", options.scale());
			memory.put("peakRssRatio", scaled.peakRssMb() / ingest.get("peakRssMb").median());
			memory.put("liveHeapRatio", memoryRuns.get("liveProbe").liveHeapMedianMb()
					/ memoryRuns.get("liveProbeAt1x").liveHeapMedianMb());
			memory.put("liveHeapMaxRatio",
					memoryRuns.get("liveProbe").liveHeapMb() / memoryRuns.get("liveProbeAt1x").liveHeapMb());
			memory.put("peakHeapRatio", scaled.peakHeapMb() / ingest.get("peakHeapMb").median());
			memory.put("heapAfterGcRatio", scaled.heapAfterGcMb() / ingest.get("heapAfterGcMb").median());
		}
		Map<String, String> targets = new LinkedHashMap<>();
		Stats ingestWall = summary.get("ingest").get("wallSeconds");
		targets.put("ingest ≤ 2× floor", verdict(ratio.median() <= 2.0, "%.2f×", ratio.median()));
		targets.put("ingest ≤ 90 s", verdict(ingestWall.median() <= 90, "%.1f s", ingestWall.median()));
		targets.put("ingest heap ≤ 512 MB (-Xmx512m)",
				verdict(true, "peak %.0f MB", summary.get("ingest").get("peakHeapMb").max()));
		if (summary.containsKey("report")) {
			Stats reportWall = summary.get("report").get("wallSeconds");
			targets.put("report ≤ 60 s", verdict(reportWall.median() <= 60, "%.1f s", reportWall.median()));
		}
		if (!memory.isEmpty()) {
			// Judged on what the process holds (RSS) and what the program holds: the
			// live heap's median over the probes. A run four times as long has four
			// times as many probes to catch the largest file in work, so the most any
			// caught is shown, not judged. Nor are the heap peaks, the collector's sizing
			// within -Xmx: over a longer run it grows the young generation and old
			// garbage waits longer for a full collection, without the program keeping
			// more.
			double worst = Math.max(memory.get("peakRssRatio"), memory.get("liveHeapRatio"));
			targets.put("memory at " + number(options.scale()) + "× ≤ 1.2× of 1×", verdict(worst <= 1.2,
					"peak RSS %.2f×, live heap %.2f× (median of the probes; most %.2f×; peak heap %.2f×, heap after any GC %.2f×)",
					memory.get("peakRssRatio"), memory.get("liveHeapRatio"), memory.get("liveHeapMaxRatio"),
					memory.get("peakHeapRatio"), memory.get("heapAfterGcRatio")));
		}
		Map<String, Object> asked = new LinkedHashMap<>();
		asked.put("schools", options.schools());
		asked.put("runs", options.runs());
		asked.put("scale", options.scale());
		asked.put("scaleBy", options.scaleSchools() ? "schools" : "size");
		asked.put("year", options.year());
		asked.put("seed", options.seed());
		asked.put("childHeap", Benchmark.HEAP);
		asked.put("childJvmOptions", (options.jvmOptions() != null) ? options.jvmOptions().toString() : "none");
		asked.put("childClassDataSharing",
				(options.classArchive() != null) ? options.classArchive().toString() : "none");
		asked.put("defects", "off: good submissions only (clean and messy forms, .xlsx and .xls)");
		asked.put("ingestDatabase", "fresh per ingest, schema created beforehand (untimed)");
		return new BenchmarkResults(machine, ChildJvm.loadAverage(), asked, corpus, scaledCorpus, runs, memoryRuns,
				summary, ratio, memory, targets);
	}

	private static String verdict(boolean met, String format, Object... args) {
		return (met ? "met: " : "MISSED: ") + String.format(Locale.ROOT, format, args);
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	void write(Path file) throws IOException {
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
	}

	static String oneLine(Map<String, Measurement> figures) {
		List<String> parts = new ArrayList<>();
		figures.forEach((step, m) -> parts.add(String.format(Locale.ROOT, "%s %.1f s", step, m.wallSeconds())));
		return String.join(", ", parts);
	}

	/** The table of results: one line per step and figure, min / median / max. */
	public void print(PrintWriter out) {
		out.printf(Locale.ROOT, "Machine: %d cores, %.1f GB, %s, Java %s; load average %.2f at start, %.2f at end%n",
				this.machine.processors(), this.machine.memoryGb(), this.machine.cpuModel(), this.machine.java(),
				this.machine.loadAverage(), this.loadAverageAtEnd);
		out.printf(Locale.ROOT, "Corpus: %d schools, %d files (%d .xlsx, %d .xls), %.1f MB, %d rows %s%n",
				this.corpus.schools(), this.corpus.files(), this.corpus.xlsxFiles(), this.corpus.xlsFiles(),
				this.corpus.megabytes(), this.corpus.totalRows(), this.corpus.rowsPerSheet());
		out.printf(Locale.ROOT, "Runs: %d (min / median / max)%n", this.runs.size());
		out.printf(Locale.ROOT, "%-7s %-21s %-24s %-19s %-19s %-19s %-19s%n", "step", "wall s", "items/s",
				"cpu s (jvm)", "cpu s (postgres)", "peak RSS MB", "peak heap MB");
		this.summary.forEach((step, stats) -> out.printf(Locale.ROOT, "%-7s %-21s %-24s %-19s %-19s %-19s %-19s%n",
				step, range(stats.get("wallSeconds")), range(stats.get("perSecond")), range(stats.get("cpuSeconds")),
				range(stats.get("dbCpuSeconds")), range(stats.get("peakRssMb")), range(stats.get("peakHeapMb"))));
		out.printf(Locale.ROOT, "ingest / floor: %s%n", range(this.ingestOverFloor));
		if (this.memoryRuns != null) {
			Measurement m = this.memoryRuns.get("ingest");
			String scale = number((double) this.options.get("scale"));
			out.printf(Locale.ROOT,
					"Ingest at %s× (%d files, %.1f MB, %d rows): %.1f s, %.0f rows/s, peak RSS %.0f MB, peak heap %.0f MB, after GC %.0f MB%n",
					scale, this.scaledCorpus.files(), this.scaledCorpus.megabytes(), this.scaledCorpus.totalRows(),
					m.wallSeconds(), m.perSecond(), m.peakRssMb(), m.peakHeapMb(), m.heapAfterGcMb());
			Measurement at1x = this.memoryRuns.get("liveProbeAt1x");
			Measurement scaled = this.memoryRuns.get("liveProbe");
			out.printf(Locale.ROOT,
					"Live heap (in use after a full collection, one every %d ms; median / most): 1× %.0f / %.0f MB, %s× %.0f / %.0f MB%n",
					Benchmark.LIVE_PROBE_MILLIS, at1x.liveHeapMedianMb(), at1x.liveHeapMb(), scale,
					scaled.liveHeapMedianMb(), scaled.liveHeapMb());
		}
		this.targets.forEach((target, verdict) -> out.printf("Target %s: %s%n", target, verdict));
		out.flush();
	}

	private static String range(Stats stats) {
		return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", stats.min(), stats.median(), stats.max());
	}

}
