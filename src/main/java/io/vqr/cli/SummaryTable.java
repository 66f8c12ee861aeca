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
			out.println("收件箱中没有新的工作簿。");
			return;
		}
		out.printf("%-40s %-10s %-22s %6s %8s %8s  %s%n", "文件", "学校代码", "状态", "行数", "错误", "警告", "审核状态");
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

	/** The end of a file name, escaped: a newline in a name must not start a row. */
	private static String shorten(String name, int width) {
		String text = io.vqr.text.UntrustedText.forLog(name);
		return (text.length() <= width) ? text : "…" + text.substring(text.length() - width + 1);
	}

}
