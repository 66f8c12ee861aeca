package io.vqr.feedback;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.vqr.feedback.CommentBudget.CellRef;
import io.vqr.findings.Finding;
import io.vqr.standard.Severity;
import io.vqr.workbook.RawCell;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the sheet 校验结果: the verdict, counts, rows read and loaded, what to do, and one
 * row per finding with a link to its cell in the copied sheet.
 */
final class ResultSheetWriter {

	static final List<String> COLUMNS = List.of("序号", "严重程度", "规则编号", "规则名称", "工作表", "行", "列", "表头", "填写的值",
			"问题说明及修改建议");

	private static final int[] WIDTHS = { 6, 10, 24, 20, 14, 8, 6, 16, 24, 70 };

	private static final int SHEET_COLUMN = 4;

	private static final int LAST_COLUMN = COLUMNS.size() - 1;

	/** Width of the merged text cells of the head (columns C to J). */
	private static final int HEAD_TEXT_WIDTH = sumWidths(2, LAST_COLUMN);

	private static final float LINE_POINTS = 15f;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Finding rows kept in memory before they are written out. */
	private static final int FLUSH_EVERY = 1_000;

	private ResultSheetWriter() {
	}

	/**
	 * Writes the whole sheet, then finishes it.
	 * @param copies the copied sheets: the school's sheet name → the name of its copy
	 * @param notes Chinese sentences on what the workbook leaves out, or empty
	 */
	static void write(Worksheet sheet, FeedbackSummary summary, OrderedFindings findings, Map<String, String> copies,
			CommentBudget budget, List<String> notes) throws IOException {
		// Everything before the sheet data (widths, panes, print setup) is written with
		// the first flush, so it is all set before the findings are.
		for (int column = 0; column <= LAST_COLUMN; column++) {
			sheet.width(column, WIDTHS[column]);
		}
		int row = 0;
		sheet.rowHeight(row, 30);
		text(sheet, row, 0, title(summary), FeedbackStyles.title());
		merge(sheet, row, 0, LAST_COLUMN);
		row++;

		label(sheet, row, "校验结论");
		text(sheet, row, 2, summary.status().label(), FeedbackStyles.verdict(summary.status().tone()));
		merge(sheet, row, 2, 3);
		text(sheet, row, 4, summary.status().explanation(), FeedbackStyles.note());
		merge(sheet, row, 4, LAST_COLUMN);
		sheet.rowHeight(row, Math.min(Worksheet.MAX_ROW_HEIGHT,
				Math.max(30, lines(summary.status().explanation(), sumWidths(4, LAST_COLUMN)) * LINE_POINTS + 4)));
		row++;

		label(sheet, row, "问题数量");
		int column = 2;
		for (Severity severity : Severity.values()) {
			text(sheet, row, column++, severity.label(), FeedbackStyles.severity(severity));
			number(sheet, row, column++, summary.count(severity));
		}
		row++;

		if (summary.note() != null && !summary.note().isBlank()) {
			row = headLine(sheet, row, "数据状态", summary.note());
		}
		row = headLine(sheet, row, "文件信息", fileLine(summary));
		row = headLine(sheet, row, "数据行数", rowsLine(summary));
		row = headLine(sheet, row, "处理说明", String.join("\n", instructions(!copies.isEmpty())));
		if (!notes.isEmpty()) {
			row = headLine(sheet, row, "请注意", String.join("\n", notes));
		}
		row++;

		int headerRow = row;
		sheet.rowHeight(row, 20);
		for (int i = 0; i < COLUMNS.size(); i++) {
			text(sheet, row, i, COLUMNS.get(i), FeedbackStyles.tableHeader());
		}
		row++;
		sheet.freezePane(0, headerRow + 1);
		sheet.repeatRows(headerRow);
		sheet.pageOrientation("landscape");
		sheet.paperSize(PaperSize.A4_PAPER);
		sheet.fitToWidth((short) 1);
		sheet.fitToHeight((short) 0);
		int number = 0;
		for (Finding finding : findings.all()) {
			if (row >= OrderedFindings.MAX_EXCEL_ROW) {
				break;
			}
			findingRow(sheet, row++, ++number, finding, findings, copies, budget);
			if (number % FLUSH_EVERY == 0) {
				sheet.flush();
			}
		}
		sheet.setAutoFilter(headerRow, 0, Math.max(headerRow, row - 1), LAST_COLUMN);
		sheet.finish();
	}

	/** How many findings the sheet can list below its head (Excel's row limit). */
	static int listCapacity(boolean withNotes) {
		// title, verdict, counts, 3 head lines, optional notes, a blank row, the header
		int headRows = 8 + (withNotes ? 1 : 0);
		return OrderedFindings.MAX_EXCEL_ROW - headRows;
	}

	private static void findingRow(Worksheet sheet, int row, int number, Finding finding, OrderedFindings findings,
			Map<String, String> copies, CommentBudget budget) {
		number(sheet, row, 0, number);
		text(sheet, row, 1, finding.severity().label(), FeedbackStyles.severity(finding.severity()));
		text(sheet, row, 2, finding.rule().id(), FeedbackStyles.tableText());
		text(sheet, row, 3, finding.rule().title(), FeedbackStyles.tableWrapped());
		CellLook sheetLook = FeedbackStyles.tableText();
		String copy = copies.get(finding.sheet());
		if (copy != null && findings.isLocated(finding)) {
			int column = OrderedFindings.markedColumn(finding);
			if (budget.isCommented(new CellRef(copy, finding.excelRow(), column))) {
				// fastexcel keeps a sheet's links by link and display text, so each gets
				// its own display text (the row number); the cell shows the sheet name
				// written over it.
				sheet.hyperlink(row, SHEET_COLUMN,
						HyperLink.internal(cellAddress(copy, finding.excelRow(), column), Integer.toString(number)));
				sheetLook = FeedbackStyles.tableLink();
			}
		}
		text(sheet, row, SHEET_COLUMN, finding.sheet(), sheetLook);
		if (finding.excelRow() > 0) {
			sheet.value(row, 5, finding.excelRow());
		}
		FeedbackStyles.tableNumber().applyTo(sheet, row, 5);
		text(sheet, row, 6, finding.column(), FeedbackStyles.tableNumber());
		String header = IdNumberMasking.maskEmbedded(finding.header());
		String value = IdNumberMasking.maskEmbedded(finding.value());
		String message = IdNumberMasking.maskEmbedded(finding.message());
		text(sheet, row, 7, header, FeedbackStyles.tableWrapped());
		text(sheet, row, 8, value, FeedbackStyles.tableWrapped());
		text(sheet, row, 9, message, FeedbackStyles.tableWrapped());
		int lines = Math.max(lines(message, WIDTHS[9]), Math.max(lines(value, WIDTHS[8]),
				Math.max(lines(header, WIDTHS[7]), lines(finding.rule().title(), WIDTHS[3]))));
		if (lines > 1) {
			sheet.rowHeight(row, Math.min(Worksheet.MAX_ROW_HEIGHT, lines * LINE_POINTS + 3));
		}
	}

	/** An internal link's address, e.g. {@code '毕业生去向'!F12}. */
	static String cellAddress(String sheet, int excelRow, int column) {
		return "'" + sheet.replace("'", "''") + "'!" + RawCell.columnLetter(column) + excelRow;
	}

	private static int headLine(Worksheet sheet, int row, String label, String text) {
		label(sheet, row, label);
		text(sheet, row, 2, text, FeedbackStyles.note());
		merge(sheet, row, 2, LAST_COLUMN);
		int lines = lines(text, HEAD_TEXT_WIDTH);
		if (lines > 1) {
			sheet.rowHeight(row, Math.min(Worksheet.MAX_ROW_HEIGHT, lines * LINE_POINTS + 4));
		}
		return row + 1;
	}

	private static void label(Worksheet sheet, int row, String label) {
		text(sheet, row, 0, label, FeedbackStyles.label());
		merge(sheet, row, 0, 1);
	}

	private static void text(Worksheet sheet, int row, int column, String text, CellLook look) {
		sheet.value(row, column, CellText.fit(text));
		look.applyTo(sheet, row, column);
	}

	private static void number(Worksheet sheet, int row, int column, int value) {
		sheet.value(row, column, value);
		FeedbackStyles.tableNumber().applyTo(sheet, row, column);
	}

	private static void merge(Worksheet sheet, int row, int firstColumn, int lastColumn) {
		sheet.range(row, firstColumn, row, lastColumn).merge();
	}

	static String title(FeedbackSummary summary) {
		String school = !summary.schoolName().isBlank() ? summary.schoolName()
				: !summary.schoolCode().isBlank() ? "学校代码 " + summary.schoolCode() : "（学校未识别）";
		return school + " " + summary.year() + "年度质量数据校验结果";
	}

	private static String fileLine(FeedbackSummary summary) {
		String version = (summary.version() != null) ? "第 " + summary.version() + " 版" : switch (summary.status()) {
			case REJECTED -> "未入库";
			case DUPLICATE -> "未重新处理";
			default -> "—";
		};
		return "文件名：" + summary.fileName() + "　　学校代码：" + orDash(summary.schoolCode()) + "　　统计年度：" + summary.year()
				+ "　　数据版本：" + version + "　　处理时间：" + TIME.format(summary.processedAt());
	}

	private static String rowsLine(FeedbackSummary summary) {
		if (summary.sheets().isEmpty()) {
			return "未读取到数据行。";
		}
		StringJoiner line = new StringJoiner("；", "", "。");
		for (FeedbackSummary.SheetRows rows : summary.sheets()) {
			line.add("「" + rows.sheet() + "」读取 " + rows.read() + " 行，入库 " + rows.loaded() + " 行");
		}
		return line.toString();
	}

	private static List<String> instructions(boolean withCopies) {
		String severities = "错误（红色）：必须修改后重新提交；警告（黄色）：请核实，如数据无误可不修改；提示（蓝色）：仅供参考，无需修改。";
		String resubmit = "请在本校的原文件中修改后重新提交整个文件，不要提交本反馈文件（本文件中的身份证号已隐去中间位数）。";
		String table = "下表按工作表、行、列的顺序列出全部问题，可用表头的筛选按钮按严重程度或规则筛选。";
		if (!withCopies) {
			return List.of(severities, resubmit, table);
		}
		String copies = "本文件后面附有存在问题的工作表副本：问题单元格已填充颜色并附批注（鼠标移到单元格上即可查看），点击下表“工作表”列的链接可跳转到对应单元格。";
		return List.of(severities, resubmit, table, copies);
	}

	private static String orDash(String text) {
		return text.isBlank() ? "—" : text;
	}

	private static int lines(String text, int width) {
		return CellText.wrappedLines(text, width);
	}

	private static int sumWidths(int first, int last) {
		int sum = 0;
		for (int i = first; i <= last; i++) {
			sum += WIDTHS[i];
		}
		return sum;
	}

}
