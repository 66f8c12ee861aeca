package io.vqr.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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

	/**
	 * Column widths are written before the first row, so they are measured on the first
	 * rows only; the rows are held in memory until then.
	 */
	private static final int MEASURED_ROWS = 500;

	/** Rows kept in memory after the measured ones before they are written out. */
	private static final int FLUSH_EVERY = 500;

	/**
	 * Who the comments are from. fastexcel writes comments without an author, so the
	 * comment text starts with it, as Excel's own notes do.
	 */
	static final String COMMENT_AUTHOR = "数据校验";

	private final Workbook workbook;

	private final CommentBudget budget;

	SheetCopier(Workbook workbook, CommentBudget budget) {
		this.workbook = workbook;
		this.budget = budget;
	}

	/**
	 * Copies a sheet under a new name and finishes the copy (writes it out).
	 * @param findings the sheet's located findings, sorted by row and column
	 */
	void copy(WorkbookReader reader, SheetInfo original, String copyName, List<Finding> findings)
			throws WorkbookException, IOException {
		Worksheet sheet = this.workbook.newWorksheet(copyName);
		RowCopy rows = new RowCopy(sheet, copyName, findings);
		try {
			reader.readSheet(original, rows);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		rows.finish();
	}

	private final class RowCopy implements RowHandler {

		private final Worksheet sheet;

		private final String name;

		private final List<Finding> findings;

		private int nextFinding;

		private int lastRow;

		/** ID-number columns, found by their header, and the first row below it. */
		private final Map<Integer, Integer> idColumns = new HashMap<>();

		/**
		 * Case text columns (v2's 典型案例), found by their header, and the first row below
		 * it.
		 */
		private final Map<Integer, Integer> caseTextColumns = new HashMap<>();

		private int[] widths = new int[16];

		/** Rows written to the sheet, and whether their column widths are fixed. */
		private int rowsWritten;

		private boolean widthsSet;

		RowCopy(Worksheet sheet, String name, List<Finding> findings) {
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
					else if (IdNumberMasking.isCaseTextHeader(cell.text())) {
						this.caseTextColumns.putIfAbsent(cell.column(), rowNumber + 1);
					}
				}
			}
			writeRow(rowNumber, raw.cells(), findingsOn(rowNumber));
			return true;
		}

		void finish() throws IOException {
			writeFindingRowsBefore(Integer.MAX_VALUE);
			setWidths();
			this.sheet.finish();
		}

		private void setWidths() {
			if (this.widthsSet) {
				return;
			}
			for (int column = 0; column < this.widths.length; column++) {
				if (this.widths[column] > 0) {
					this.sheet.width(column,
							Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, this.widths[column] + 2)));
				}
			}
			this.widthsSet = true;
		}

		/** Writes the rows held in memory out once the widths are measured. */
		private void flushNowAndThen() {
			this.rowsWritten++;
			if (this.rowsWritten < MEASURED_ROWS || this.rowsWritten % FLUSH_EVERY != 0) {
				return;
			}
			setWidths();
			try {
				this.sheet.flush();
			}
			catch (IOException ex) {
				// RowHandler cannot throw it; copy() unwraps it.
				throw new UncheckedIOException(ex);
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
			int row = rowNumber - 1;
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
					writeCell(row, column, cellValue, cellFindings);
				}
				if (cellValue != null) {
					value = values.hasNext() ? values.next() : null;
				}
				if (!cellFindings.isEmpty()) {
					mark = marked.hasNext() ? marked.next() : null;
				}
			}
			flushNowAndThen();
		}

		private void writeCell(int row, int column, RawCell value, List<Finding> findings) {
			ValueKind kind = (value != null) ? writeValue(row, value) : ValueKind.GENERAL;
			CellLook look = FeedbackStyles.value(kind, Mark.worstOf(findings));
			if (look != null) {
				look.applyTo(this.sheet, row, column);
			}
			if (!findings.isEmpty() && SheetCopier.this.budget.take(new CellRef(this.name, row + 1, column))) {
				this.sheet.comment(row, column, CellText.fit(COMMENT_AUTHOR + "：\n" + commentText(findings)));
			}
		}

		private ValueKind writeValue(int row, RawCell value) {
			int rowNumber = row + 1;
			String text = value.text();
			Integer idFrom = this.idColumns.get(value.column());
			boolean idColumn = idFrom != null && rowNumber >= idFrom && !text.isBlank();
			if (idColumn || IdNumberMasking.looksLikeIdNumber(text)) {
				return text(row, value.column(), IdNumberMasking.mask(text));
			}
			Integer caseTextFrom = this.caseTextColumns.get(value.column());
			if (caseTextFrom != null && rowNumber >= caseTextFrom) {
				return text(row, value.column(), IdNumberMasking.maskPersonalNumbers(text));
			}
			if (value.formulaWithoutValue()) {
				return text(row, value.column(), text);
			}
			switch (value.kind()) {
				case NUMBER -> {
					if (value.number() == null) {
						return text(row, value.column(), text);
					}
					double number = value.number();
					this.sheet.value(row, value.column(), value.number());
					widen(value.column(), text);
					boolean whole = number == Math.rint(number) && Math.abs(number) >= WHOLE_NUMBER_FORMAT_FROM;
					return whole ? ValueKind.WHOLE_NUMBER : ValueKind.GENERAL;
				}
				case DATE -> {
					// The date itself, not the serial, which differs in 1904-based
					// workbooks.
					if (value.date() != null) {
						this.sheet.value(row, value.column(), value.date());
					}
					else if (value.number() != null) {
						this.sheet.value(row, value.column(), value.number());
					}
					else {
						return text(row, value.column(), text);
					}
					boolean withTime = value.date() != null && !value.date().toLocalTime().equals(LocalTime.MIDNIGHT);
					widen(value.column(), withTime ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd");
					return withTime ? ValueKind.DATE_TIME : ValueKind.DATE;
				}
				case BOOLEAN -> {
					this.sheet.value(row, value.column(), "TRUE".equalsIgnoreCase(text.strip()));
					widen(value.column(), text);
					return ValueKind.GENERAL;
				}
				default -> {
					return text(row, value.column(), text);
				}
			}
		}

		private ValueKind text(int row, int column, String text) {
			// Inline, not shared: a shared string table holds every distinct text of the
			// workbook in memory until the end.
			this.sheet.inlineString(row, column, CellText.fit(text));
			widen(column, text);
			return ValueKind.TEXT;
		}

		private void widen(int column, String text) {
			if (this.widthsSet) {
				return;
			}
			if (column >= this.widths.length) {
				int[] wider = new int[Math.max(column + 1, this.widths.length * 2)];
				System.arraycopy(this.widths, 0, wider, 0, this.widths.length);
				this.widths = wider;
			}
			this.widths[column] = Math.max(this.widths[column],
					Math.min(MAX_COLUMN_WIDTH, CellText.displayWidth(text)));
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
