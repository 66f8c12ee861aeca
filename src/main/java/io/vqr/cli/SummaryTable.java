package io.vqr.cli;

import java.io.PrintWriter;

import io.vqr.jobs.ingest.IngestSummary.FileSummary;
import io.vqr.jobs.ingest.IngestSummary.RunSummary;

/** Prints a run's files as a table a data office can read in a terminal. */
final class SummaryTable {

	private SummaryTable() {
	}

	static void print(RunSummary run, PrintWriter out) {
		if (run.files().isEmpty()) {
			out.println("No new workbooks.");
			return;
		}
		out.printf("%-40s %-10s %-22s %6s %8s %8s  %s%n", "file", "school", "status", "rows", "errors", "warnings",
				"review");
		for (FileSummary file : run.files()) {
			long rows = file.rowsRead().values().stream().mapToLong(Long::longValue).sum();
			out.printf("%-40s %-10s %-22s %6d %8d %8d  %s%n", shorten(file.fileName(), 40),
					(file.schoolCode() != null) ? file.schoolCode() : "-", file.status(), rows, count(file, "ERROR"),
					count(file, "WARNING"),
					(file.reviewState() != null) ? io.vqr.review.ReviewState.valueOf(file.reviewState()).label() : "-");
			if (file.note() != null) {
				out.println("    " + file.note());
			}
		}
		out.println("Totals: " + run.totals());
		out.println("Review: " + run.reviewTotals());
	}

	private static int count(FileSummary file, String severity) {
		return file.findingsByRule()
			.entrySet()
			.stream()
			.filter((entry) -> io.vqr.standard.Rule.byId(entry.getKey())
				.map((rule) -> rule.severity().name().equals(severity))
				.orElse(false))
			.mapToInt(java.util.Map.Entry::getValue)
			.sum();
	}

	private static String shorten(String text, int width) {
		return (text.length() <= width) ? text : "…" + text.substring(text.length() - width + 1);
	}

}
