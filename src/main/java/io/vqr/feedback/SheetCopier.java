package io.vqr.feedback;

import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vqr.feedback.CommentBudget.CellRef;
import io.vqr.feedback.FeedbackStyles.ValueKind;
import io.vqr.findings.Finding;
import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawRow;
import io.vqr.workbook.RowHandler;
import io.vqr.workbook.SheetInfo;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Copies one submitted sheet into the feedback workbook as the reader delivers it, row by
 * row, walking the sheet's findings (sorted by row and column) alongside: offending cells
 * get the fill of their worst finding and one comment with all their messages. ID numbers
 * are masked; numbers stay numbers, text stays text, dates stay dates.
 */
final class SheetCopier {

	/** The header of a table is among the first rows (submission standard section 4). */
	private static final int HEADER_SEARCH_ROWS = 15;

	private static final int MIN_COLUMN_WIDTH = 8;

	private static final int MAX_COLUMN_WIDTH = 50;

	private static final double WHOLE_NUMBER_FORMAT_FROM = 1e11;

	static final String COMMENT_AUTHOR = "数据校验";

	private final SXSSFWorkbook workbook;

	private final FeedbackStyles styles;

	private final CommentBudget budget;

	SheetCopier(SXSSFWorkbook workbook, FeedbackStyles styles, CommentBudget budget) {
		this.workbook = workbook;
		this.styles = styles;
		this.budget = budget;
	}

	/**
	 * Copies a sheet under a new name.
	 * @param findings the sheet's located findings, sorted by row and column
	 * @return the new sheet
	 */
	SXSSFSheet copy(WorkbookReader reader, SheetInfo original, String copyName, List<Finding> findings)
			throws WorkbookException, IOException {
		SXSSFSheet sheet = this.workbook.createSheet(copyName);
		RowCopy rows = new RowCopy(sheet, copyName, findings);
		reader.readSheet(original, rows);
		rows.finish();
		return sheet;
	}

	private final class RowCopy implements RowHandler {

		private final SXSSFSheet sheet;

		private final String name;

		private final List<Finding> findings;

		private int nextFinding;

		private int lastRow;

		/** ID-number columns, found by their header, and the first row below it. */
		private final Map<Integer, Integer> idColumns = new HashMap<>();

		private int[] widths = new int[16];

		private Drawing<?> drawing;

		RowCopy(SXSSFSheet sheet, String name, List<Finding> findings) {
			this.sheet = sheet;
			this.name = name;
			this.findings = findings;
		}

		@Override
		public boolean row(RawRow raw) {
			int rowNumber = raw.rowNumber();
			if (rowNumber <= this.lastRow || rowNumber > OrderedFindings.MAX_EXCEL_ROW) {
				// A streamed sheet can only grow downwards; a reader never goes back.
				return true;
			}
			writeFindingRowsBefore(rowNumber);
			if (rowNumber <= HEADER_SEARCH_ROWS) {
				for (RawCell cell : raw.cells()) {
					if (IdNumberMasking.isIdHeader(cell.text())) {
						this.idColumns.putIfAbsent(cell.column(), rowNumber + 1);
					}
				}
			}
			writeRow(rowNumber, raw.cells(), findingsOn(rowNumber));
			return true;
		}

		void finish() {
			writeFindingRowsBefore(Integer.MAX_VALUE);
			for (int column = 0; column < this.widths.length; column++) {
				if (this.widths[column] > 0) {
					int width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, this.widths[column] + 2));
					this.sheet.setColumnWidth(column, width * 256);
				}
			}
		}

		/** Rows the reader did not deliver (blank rows) that still have findings. */
		private void writeFindingRowsBefore(int rowNumber) {
			while (this.nextFinding < this.findings.size()
					&& this.findings.get(this.nextFinding).excelRow() < rowNumber) {
				int row = this.findings.get(this.nextFinding).excelRow();
				writeRow(row, List.of(), findingsOn(row));
			}
		}

		private TreeMap<Integer, List<Finding>> findingsOn(int rowNumber) {
			TreeMap<Integer, List<Finding>> byColumn = new TreeMap<>();
			while (this.nextFinding < this.findings.size()
					&& this.findings.get(this.nextFinding).excelRow() == rowNumber) {
				Finding finding = this.findings.get(this.nextFinding++);
				byColumn.computeIfAbsent(OrderedFindings.markedColumn(finding), (column) -> new ArrayList<>(1))
					.add(finding);
			}
			return byColumn;
		}

		private void writeRow(int rowNumber, List<RawCell> cells, TreeMap<Integer, List<Finding>> marks) {
			Row row = this.sheet.createRow(rowNumber - 1);
			this.lastRow = rowNumber;
			Iterator<RawCell> values = cells.iterator();
			RawCell value = values.hasNext() ? values.next() : null;
			Iterator<Map.Entry<Integer, List<Finding>>> marked = marks.entrySet().iterator();
			Map.Entry<Integer, List<Finding>> mark = marked.hasNext() ? marked.next() : null;
			while (value != null || mark != null) {
				int column = Math.min((value != null) ? value.column() : Integer.MAX_VALUE,
						(mark != null) ? mark.getKey() : Integer.MAX_VALUE);
				RawCell cellValue = (value != null && value.column() == column) ? value : null;
				List<Finding> cellFindings = (mark != null && mark.getKey() == column) ? mark.getValue() : List.of();
				if (column <= OrderedFindings.MAX_EXCEL_COLUMN) {
					writeCell(row, rowNumber, column, cellValue, cellFindings);
				}
				if (cellValue != null) {
					value = values.hasNext() ? values.next() : null;
				}
				if (!cellFindings.isEmpty()) {
					mark = marked.hasNext() ? marked.next() : null;
				}
			}
		}

		private void writeCell(Row row, int rowNumber, int column, RawCell value, List<Finding> findings) {
			Cell cell = row.createCell(column);
			ValueKind kind = (value != null) ? writeValue(cell, value, rowNumber) : ValueKind.GENERAL;
			Mark mark = Mark.worstOf(findings);
			if (kind != ValueKind.GENERAL || mark != Mark.NONE) {
				cell.setCellStyle(SheetCopier.this.styles.value(kind, mark));
			}
			if (!findings.isEmpty() && SheetCopier.this.budget.take(new CellRef(this.name, rowNumber, column))) {
				cell.setCellComment(comment(rowNumber - 1, column, findings));
			}
		}

		private ValueKind writeValue(Cell cell, RawCell value, int rowNumber) {
			String text = value.text();
			Integer idFrom = this.idColumns.get(value.column());
			boolean idColumn = idFrom != null && rowNumber >= idFrom && !text.isBlank();
			if (idColumn || IdNumberMasking.looksLikeIdNumber(text)) {
				return text(cell, value.column(), IdNumberMasking.mask(text));
			}
			if (value.formulaWithoutValue()) {
				return text(cell, value.column(), text);
			}
			switch (value.kind()) {
				case NUMBER -> {
					if (value.number() == null) {
						return text(cell, value.column(), text);
					}
					double number = value.number();
					cell.setCellValue(number);
					widen(value.column(), text);
					boolean whole = number == Math.rint(number) && Math.abs(number) >= WHOLE_NUMBER_FORMAT_FROM;
					return whole ? ValueKind.WHOLE_NUMBER : ValueKind.GENERAL;
				}
				case DATE -> {
					// The date itself, not the serial, which differs in 1904-based
					// workbooks.
					if (value.date() != null) {
						cell.setCellValue(value.date());
					}
					else if (value.number() != null) {
						cell.setCellValue(value.number());
					}
					else {
						return text(cell, value.column(), text);
					}
					boolean withTime = value.date() != null && !value.date().toLocalTime().equals(LocalTime.MIDNIGHT);
					widen(value.column(), withTime ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd");
					return withTime ? ValueKind.DATE_TIME : ValueKind.DATE;
				}
				case BOOLEAN -> {
					cell.setCellValue("TRUE".equalsIgnoreCase(text.strip()));
					widen(value.column(), text);
					return ValueKind.GENERAL;
				}
				default -> {
					return text(cell, value.column(), text);
				}
			}
		}

		private ValueKind text(Cell cell, int column, String text) {
			cell.setCellValue(CellText.fit(text));
			widen(column, text);
			return ValueKind.TEXT;
		}

		private void widen(int column, String text) {
			if (column >= this.widths.length) {
				int[] wider = new int[Math.max(column + 1, this.widths.length * 2)];
				System.arraycopy(this.widths, 0, wider, 0, this.widths.length);
				this.widths = wider;
			}
			this.widths[column] = Math.max(this.widths[column],
					Math.min(MAX_COLUMN_WIDTH, CellText.displayWidth(text)));
		}

		private Comment comment(int rowIndex, int column, List<Finding> findings) {
			if (this.drawing == null) {
				this.drawing = this.sheet.createDrawingPatriarch();
			}
			String text = commentText(findings);
			int width = 4;
			int height = Math.min(14, CellText.wrappedLines(text, 30) + 1);
			ClientAnchor anchor = SheetCopier.this.workbook.getCreationHelper().createClientAnchor();
			int firstColumn = (column + 1 + width <= OrderedFindings.MAX_EXCEL_COLUMN) ? column + 1 : column - width;
			int firstRow = Math.min(rowIndex, OrderedFindings.MAX_EXCEL_ROW - 1 - height);
			anchor.setCol1(firstColumn);
			anchor.setCol2(firstColumn + width);
			anchor.setRow1(firstRow);
			anchor.setRow2(firstRow + height);
			Comment comment = this.drawing.createCellComment(anchor);
			// The anchor places the box beside the cell; the address ties it to the cell.
			comment.setAddress(rowIndex, column);
			comment.setString(new XSSFRichTextString(CellText.fit(text)));
			comment.setAuthor(COMMENT_AUTHOR);
			return comment;
		}

	}

	/** One line per finding: severity, rule id and title, then the message. */
	static String commentText(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append('【')
				.append(finding.severity().label())
				.append("】")
				.append(finding.rule().id())
				.append(' ')
				.append(finding.rule().title())
				.append("：")
				.append(IdNumberMasking.maskEmbedded(finding.message()));
		}
		return text.toString();
	}

}
