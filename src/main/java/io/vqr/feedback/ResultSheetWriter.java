package io.vqr.feedback;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.vqr.feedback.CommentBudget.CellRef;
import io.vqr.findings.Finding;
import io.vqr.standard.Severity;
import io.vqr.workbook.RawCell;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

	private final SXSSFWorkbook workbook;

	private final FeedbackStyles styles;

	ResultSheetWriter(SXSSFWorkbook workbook, FeedbackStyles styles) {
		this.workbook = workbook;
		this.styles = styles;
	}

	/**
	 * @param copies the copied sheets: the school's sheet name → the name of its copy
	 * @param notes Chinese sentences on what the workbook leaves out, or empty
	 */
	void write(SXSSFSheet sheet, FeedbackSummary summary, OrderedFindings findings, Map<String, String> copies,
			CommentBudget budget, List<String> notes) {
		for (int column = 0; column <= LAST_COLUMN; column++) {
			sheet.setColumnWidth(column, WIDTHS[column] * 256);
		}
		int rowIndex = 0;
		Row title = sheet.createRow(rowIndex++);
		title.setHeightInPoints(30);
		text(title, 0, title(summary), this.styles.title());
		merge(sheet, title.getRowNum(), 0, LAST_COLUMN);

		Row verdict = sheet.createRow(rowIndex++);
		label(sheet, verdict, "校验结论");
		text(verdict, 2, summary.status().label(), this.styles.verdict(summary.status().tone()));
		merge(sheet, verdict.getRowNum(), 2, 3);
		text(verdict, 4, summary.status().explanation(), this.styles.note());
		merge(sheet, verdict.getRowNum(), 4, LAST_COLUMN);
		verdict.setHeightInPoints(
				Math.max(30, lines(summary.status().explanation(), sumWidths(4, LAST_COLUMN)) * LINE_POINTS + 4));

		Row counts = sheet.createRow(rowIndex++);
		label(sheet, counts, "问题数量");
		int column = 2;
		for (Severity severity : Severity.values()) {
			text(counts, column++, severity.label(), this.styles.severity(severity));
			Cell count = counts.createCell(column++);
			count.setCellValue(summary.count(severity));
			count.setCellStyle(this.styles.tableNumber());
		}

		rowIndex = headLine(sheet, rowIndex, "文件信息", fileLine(summary));
		rowIndex = headLine(sheet, rowIndex, "数据行数", rowsLine(summary));
		rowIndex = headLine(sheet, rowIndex, "处理说明", String.join("\n", instructions(!copies.isEmpty())));
		if (!notes.isEmpty()) {
			rowIndex = headLine(sheet, rowIndex, "请注意", String.join("\n", notes));
		}
		rowIndex++;

		int headerRow = rowIndex;
		Row header = sheet.createRow(rowIndex++);
		header.setHeightInPoints(20);
		for (int i = 0; i < COLUMNS.size(); i++) {
			text(header, i, COLUMNS.get(i), this.styles.tableHeader());
		}
		int number = 0;
		for (Finding finding : findings.all()) {
			if (rowIndex >= OrderedFindings.MAX_EXCEL_ROW) {
				break;
			}
			findingRow(sheet.createRow(rowIndex++), ++number, finding, findings, copies, budget);
		}
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, LAST_COLUMN));
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		sheet.setFitToPage(true);
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
	}

	/** How many findings the sheet can list below its head (Excel's row limit). */
	static int listCapacity(boolean withNotes) {
		// title, verdict, counts, 3 head lines, optional notes, a blank row, the header
		int headRows = 8 + (withNotes ? 1 : 0);
		return OrderedFindings.MAX_EXCEL_ROW - headRows;
	}

	private void findingRow(Row row, int number, Finding finding, OrderedFindings findings, Map<String, String> copies,
			CommentBudget budget) {
		Cell sequence = row.createCell(0);
		sequence.setCellValue(number);
		sequence.setCellStyle(this.styles.tableNumber());
		text(row, 1, finding.severity().label(), this.styles.severity(finding.severity()));
		text(row, 2, finding.rule().id(), this.styles.tableText());
		text(row, 3, finding.rule().title(), this.styles.tableWrapped());
		Cell sheetCell = text(row, SHEET_COLUMN, finding.sheet(), this.styles.tableText());
		Cell excelRow = row.createCell(5);
		if (finding.excelRow() > 0) {
			excelRow.setCellValue(finding.excelRow());
		}
		excelRow.setCellStyle(this.styles.tableNumber());
		text(row, 6, finding.column(), this.styles.tableNumber());
		String header = IdNumberMasking.maskEmbedded(finding.header());
		String value = IdNumberMasking.maskEmbedded(finding.value());
		String message = IdNumberMasking.maskEmbedded(finding.message());
		text(row, 7, header, this.styles.tableWrapped());
		text(row, 8, value, this.styles.tableWrapped());
		text(row, 9, message, this.styles.tableWrapped());
		int lines = Math.max(lines(message, WIDTHS[9]), Math.max(lines(value, WIDTHS[8]),
				Math.max(lines(header, WIDTHS[7]), lines(finding.rule().title(), WIDTHS[3]))));
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE_POINTS + 3);
		}
		String copy = copies.get(finding.sheet());
		if (copy != null && findings.isLocated(finding)) {
			int column = OrderedFindings.markedColumn(finding);
			if (budget.isCommented(new CellRef(copy, finding.excelRow(), column))) {
				Hyperlink link = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				link.setAddress(cellAddress(copy, finding.excelRow(), column));
				sheetCell.setHyperlink(link);
				sheetCell.setCellStyle(this.styles.tableLink());
			}
		}
	}

	/** An internal link's address, e.g. {@code '毕业生去向'!F12}. */
	static String cellAddress(String sheet, int excelRow, int column) {
		return "'" + sheet.replace("'", "''") + "'!" + RawCell.columnLetter(column) + excelRow;
	}

	private int headLine(SXSSFSheet sheet, int rowIndex, String label, String text) {
		Row row = sheet.createRow(rowIndex);
		label(sheet, row, label);
		text(row, 2, text, this.styles.note());
		merge(sheet, rowIndex, 2, LAST_COLUMN);
		int lines = lines(text, HEAD_TEXT_WIDTH);
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE_POINTS + 4);
		}
		return rowIndex + 1;
	}

	private void label(SXSSFSheet sheet, Row row, String label) {
		text(row, 0, label, this.styles.label());
		merge(sheet, row.getRowNum(), 0, 1);
	}

	private static Cell text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(CellText.fit(text));
		cell.setCellStyle(style);
		return cell;
	}

	private static void merge(SXSSFSheet sheet, int row, int firstColumn, int lastColumn) {
		sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
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
