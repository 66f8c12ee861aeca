package io.vqr.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.vqr.jobs.ingest.IngestSummary;
import io.vqr.jobs.ingest.IngestSummary.FileSummary;
import io.vqr.jobs.ingest.IngestSummary.RefusedFile;
import io.vqr.jobs.ingest.IngestSummary.RunSummary;
import io.vqr.review.ReviewState;
import io.vqr.standard.Rule;
import io.vqr.text.UntrustedText;

/**
 * Prints a run's files as a table a data office can read in a terminal, in Chinese: the
 * files that need someone's attention first (failed, rejected, with warnings), then the
 * others, then what the inbox held that was refused.
 */
final class SummaryTable {

	private SummaryTable() {
	}

	static void print(RunSummary run, PrintWriter out) {
		if (run.files().isEmpty()) {
			out.println("收件箱中没有新的工作簿。");
		}
		else {
			out.printf("%-40s %-10s %-16s %6s %8s %8s  %s%n", "文件", "学校代码", "结果", "行数", "错误", "警告", "审核状态");
			List<FileSummary> ordered = run.files()
				.stream()
				.sorted(Comparator.comparingInt((FileSummary file) -> attention(file.status())))
				.toList();
			for (FileSummary file : ordered) {
				long rows = file.rowsRead().values().stream().mapToLong(Long::longValue).sum();
				out.printf("%-40s %-10s %-16s %6d %8d %8d  %s%n", shorten(file.fileName(), 40),
						(file.schoolCode() != null) ? UntrustedText.forLog(file.schoolCode()) : "-",
						label(file.status()), rows, count(file, "ERROR"), count(file, "WARNING"),
						(file.reviewState() != null) ? ReviewState.valueOf(file.reviewState()).label() : "-");
				if (file.note() != null) {
					out.println("    " + file.note());
				}
			}
			out.println("合计：" + IngestSummary.totalsText(run.totals()));
			StringJoiner review = new StringJoiner("，", "审核：", "");
			run.reviewTotals()
				.forEach((state, count) -> review.add(ReviewState.valueOf(state).label() + " " + count + " 所"));
			out.println(review);
		}
		if (!run.refused().isEmpty()) {
			out.println("未读取 " + run.refused().size() + " 项：");
			for (RefusedFile refused : run.refused()) {
				out.println("  " + UntrustedText.forLog(refused.fileName()) + "：" + refused.reason());
			}
		}
	}

	/** Failed and rejected files first: they are what a person has to act on. */
	private static int attention(String status) {
		return switch (status) {
			case "FAILED" -> 0;
			case "REJECTED" -> 1;
			case "PROCESSING", "RECEIVED" -> 2;
			case "ACCEPTED_WITH_WARNINGS" -> 3;
			default -> 4;
		};
	}

	private static String label(String status) {
		return IngestSummary.statusLabel(status);
	}

	private static int count(FileSummary file, String severity) {
		return file.findingsByRule()
			.entrySet()
			.stream()
			.filter((entry) -> Rule.byId(entry.getKey())
				.map((rule) -> rule.severity().name().equals(severity))
				.orElse(false))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	/** The end of a file name, escaped: a newline in a name must not start a row. */
	private static String shorten(String name, int width) {
		String text = UntrustedText.forLog(name);
		return (text.length() <= width) ? text : "…" + text.substring(text.length() - width + 1);
	}

}
