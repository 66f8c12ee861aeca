package io.vqr.ops.status;

import io.vqr.review.ReviewState;
import io.vqr.standard.DisplayWidth;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints a status report as terminal tables whose columns line up with Chinese text (a 汉字
 * takes two columns): one line per school, then totals by 办学类型 and by city.
 */
public final class StatusTable {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final int NAME_WIDTH = 30;

	private static final int FILE_WIDTH = 34;

	private StatusTable() {
	}

	public static void print(StatusReport report, PrintWriter out) {
		out.println(report.year() + "年度 报送情况（" + report.total().expected() + " 所应报学校）");
		out.println();
		List<String> header = List.of("学校代码", "学校名称", "办学类型", "地市", "状态", "错误", "警告", "版本", "审核状态", "正式", "最后文件", "时间");
		List<List<String>> rows = new ArrayList<>();
		for (SchoolStatus school : report.schools()) {
			rows.add(List.of(school.schoolCode(), DisplayWidth.fit(text(school.schoolName()), NAME_WIDTH),
					text(school.schoolType()), text(school.cityName()), school.state().label(),
					(school.state() == SchoolState.REJECTED) ? Integer.toString(school.errorCount()) : "",
					(school.currentVersion() != null) ? Integer.toString(school.warningCount()) : "",
					(school.currentVersion() != null) ? "v" + school.currentVersion() : "",
					school.reviewState().label(),
					(school.officialVersion() != null) ? "v" + school.officialVersion() : "",
					DisplayWidth.fit(text(school.lastFile()), FILE_WIDTH), (school.lastAt() != null)
							? WHEN.format(school.lastAt().atZoneSameInstant(ZoneId.systemDefault())) : ""));
		}
		print(header, rows, List.of(5, 6, 7), out);
		out.println();
		totals("按办学类型", report.byType(), report.total(), out);
		out.println();
		totals("按地市", report.byCity(), report.total(), out);
		out.println();
		reviewTotals("审核状态（按办学类型）", report.byType(), report.total(), out);
		out.flush();
	}

	private static void totals(String title, List<StatusTotals> groups, StatusTotals total, PrintWriter out) {
		List<String> header = new ArrayList<>(List.of(title, "应报"));
		for (SchoolState state : SchoolState.values()) {
			header.add(state.label());
		}
		List<List<String>> rows = new ArrayList<>();
		for (StatusTotals group : groups) {
			rows.add(totalsRow(group));
		}
		rows.add(totalsRow(total));
		print(header, rows, List.of(1, 2, 3, 4, 5, 6), out);
	}

	private static void reviewTotals(String title, List<StatusTotals> groups, StatusTotals total, PrintWriter out) {
		List<String> header = new ArrayList<>(List.of(title, "应报"));
		List<Integer> numbers = new ArrayList<>(List.of(1));
		for (ReviewState state : ReviewState.values()) {
			numbers.add(header.size());
			header.add(state.label());
		}
		List<List<String>> rows = new ArrayList<>();
		for (StatusTotals group : groups) {
			rows.add(reviewRow(group));
		}
		rows.add(reviewRow(total));
		print(header, rows, numbers, out);
	}

	private static List<String> reviewRow(StatusTotals totals) {
		List<String> row = new ArrayList<>(List.of(totals.group(), Integer.toString(totals.expected())));
		for (ReviewState state : ReviewState.values()) {
			row.add(Integer.toString(totals.count(state)));
		}
		return row;
	}

	private static List<String> totalsRow(StatusTotals totals) {
		List<String> row = new ArrayList<>(List.of(totals.group(), Integer.toString(totals.expected())));
		for (SchoolState state : SchoolState.values()) {
			row.add(Integer.toString(totals.count(state)));
		}
		return row;
	}

	/** Columns as wide as their widest cell; numbers right-aligned. */
	public static void print(List<String> header, List<List<String>> rows, List<Integer> rightAligned,
			PrintWriter out) {
		int[] widths = new int[header.size()];
		for (int column = 0; column < header.size(); column++) {
			widths[column] = DisplayWidth.of(header.get(column));
			for (List<String> row : rows) {
				widths[column] = Math.max(widths[column], DisplayWidth.of(row.get(column)));
			}
		}
		out.println(line(header, widths, rightAligned));
		StringBuilder rule = new StringBuilder();
		for (int column = 0; column < widths.length; column++) {
			rule.append((column > 0) ? "  " : "").append("-".repeat(widths[column]));
		}
		out.println(rule);
		for (List<String> row : rows) {
			out.println(line(row, widths, rightAligned));
		}
	}

	private static String line(List<String> cells, int[] widths, List<Integer> rightAligned) {
		StringBuilder line = new StringBuilder();
		for (int column = 0; column < cells.size(); column++) {
			if (column > 0) {
				line.append("  ");
			}
			line.append(DisplayWidth.pad(cells.get(column), widths[column], rightAligned.contains(column)));
		}
		return line.toString().stripTrailing();
	}

	private static String text(String value) {
		return Objects.requireNonNullElse(value, "");
	}

}
