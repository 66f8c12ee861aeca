package io.vqr.workbook.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.vqr.findings.Finding;
import io.vqr.normalize.ParsedValue;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawRow;

/**
 * Reads a TABLE sheet (section 4): finds the header among the first
 * {@value #HEADER_SEARCH_ROWS} rows, binds columns to fields, then turns every row below
 * into a record, a totals row, or a skipped blank or example row. Only the rows of the
 * header search are held in memory; records go to the listener one by one.
 */
public final class TableSheetParser implements SheetParser {

	/** What may enclose or end a row marker: 【示例】, (例), 合计: . */
	private static final String MARKER_OPENING = "[(【";

	private static final String MARKER_CLOSING = "])】:";

	/** The header is looked for in rows 1 to this (Excel numbers). */
	public static final int HEADER_SEARCH_ROWS = 15;

	private static final Set<String> TOTALS_MARKERS = Set.of("合计", "总计", "小计");

	private static final Set<String> EXAMPLE_MARKERS = Set.of("示例", "例");

	private enum State {

		SEARCHING, READING, NO_HEADER

	}

	private final SheetDef sheet;

	private final String sheetName;

	private final SheetListener listener;

	private final ValueParser values;

	private final HeaderMatcher matcher;

	private final List<RawRow> searched = new ArrayList<>();

	private State state = State.SEARCHING;

	private List<ColumnBinding> bindings = List.of();

	/**
	 * Indexes into {@link #bindings}, in column order: a row's cells are matched in one
	 * pass.
	 */
	private int[] bindingsByColumn = new int[0];

	private boolean missingColumnsReported;

	private int rowsRead;

	private int layoutRows;

	private int recordRows;

	private int blankRows;

	private int totalsRows;

	private int exampleRows;

	private int rowsWithoutHeader;

	/**
	 * @param sheet the sheet of the standard, a {@link SheetDef.Layout#TABLE}
	 * @param sheetName the name the workbook gives it, for findings
	 * @param values reads the numbers of totals rows
	 */
	public TableSheetParser(SheetDef sheet, String sheetName, SheetListener listener, ValueParser values) {
		if (sheet.layout() != SheetDef.Layout.TABLE) {
			throw new IllegalArgumentException(sheet.key() + " is not a table");
		}
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.listener = listener;
		this.values = values;
		this.matcher = new HeaderMatcher(sheet);
	}

	@Override
	public boolean row(RawRow row) {
		this.rowsRead++;
		if (this.state == State.SEARCHING) {
			if (row.rowNumber() <= HEADER_SEARCH_ROWS) {
				this.searched.add(row);
				return true;
			}
			decideHeader();
		}
		read(row);
		return true;
	}

	@Override
	public SheetCounts finish() {
		if (this.state == State.SEARCHING) {
			decideHeader();
		}
		return new SheetCounts(this.rowsRead, this.layoutRows, this.recordRows, this.blankRows, this.totalsRows,
				this.exampleRows, this.rowsWithoutHeader, this.recordRows);
	}

	private void decideHeader() {
		Optional<HeaderSearch.Candidate> header = HeaderSearch.best(this.searched, this.matcher);
		int lastHeaderRow = header.map(HeaderSearch.Candidate::lastRow).orElse(0);
		if (header.isPresent()) {
			this.state = State.READING;
			bind(header.get());
		}
		else {
			this.state = State.NO_HEADER;
		}
		for (RawRow row : this.searched) {
			if (row.rowNumber() <= lastHeaderRow) {
				this.layoutRows++;
				this.listener.onSkipped(row.rowNumber(), SkipReason.LAYOUT);
			}
			else {
				read(row);
			}
		}
		this.searched.clear();
	}

	private void bind(HeaderSearch.Candidate header) {
		List<ColumnBinding> bound = new ArrayList<>();
		Set<String> boundKeys = new HashSet<>();
		for (HeaderSearch.HeaderColumn column : header.columns()) {
			if (column.match().isPresent() && boundKeys.add(column.match().get().field().key())) {
				HeaderMatcher.Match match = column.match().get();
				bound.add(new ColumnBinding(match.field(), column.column(), column.written(), match.unit()));
			}
			else if (!column.serialNumber()) {
				// an unknown column, or a second column for a field already bound:
				// the first one is read, this one ignored
				this.listener.onFinding(Finding.ofCell(Rule.I_EXTRA_COLUMN, this.sheetName, header.lastRow(),
						RawCell.columnLetter(column.column()), column.written(), "",
						Rule.I_EXTRA_COLUMN.message(column.written())));
			}
		}
		this.bindings = List.copyOf(bound);
		this.bindingsByColumn = IntStream.range(0, this.bindings.size())
			.boxed()
			.sorted(Comparator.comparingInt((index) -> this.bindings.get(index).column()))
			.mapToInt(Integer::intValue)
			.toArray();
		for (FieldDef field : this.sheet.fields()) {
			if (field.requirement().requiredSometimes() && !boundKeys.contains(field.key())) {
				this.listener.onFinding(missingColumn(field, header.lastRow()));
			}
		}
		this.listener
			.onHeader(new SheetHeader(this.sheetName, this.sheet, header.firstRow(), header.lastRow(), this.bindings));
	}

	private Finding missingColumn(FieldDef field, int headerRow) {
		return new Finding(Rule.R_COLUMN_MISSING, this.sheetName, headerRow, "", field.header(), "",
				Rule.R_COLUMN_MISSING.message(this.sheetName, field.header()));
	}

	private void read(RawRow row) {
		if (row.isBlank()) {
			skip(row, SkipReason.BLANK);
			return;
		}
		if (this.state == State.NO_HEADER) {
			reportMissingColumnsOnce();
			this.rowsWithoutHeader++;
			this.listener.onSkipped(row.rowNumber(), SkipReason.NO_HEADER);
			return;
		}
		String marker = marker(row.first().map(RawCell::text).orElse(""));
		if (EXAMPLE_MARKERS.contains(marker)) {
			skip(row, SkipReason.EXAMPLE);
			return;
		}
		Map<String, FieldCell> cells = cells(row);
		if (TOTALS_MARKERS.contains(marker)) {
			this.totalsRows++;
			this.listener.onTotals(new TotalsRow(this.sheetName, this.sheet, row.rowNumber(),
					row.first().map((cell) -> cell.text().strip()).orElse(marker), cells, numbers(cells)));
			return;
		}
		if (allEmpty(cells)) {
			skip(row, SkipReason.BLANK);
			return;
		}
		this.recordRows++;
		this.listener.onRecord(new SheetRecord(this.sheetName, this.sheet, row.rowNumber(), cells));
	}

	/**
	 * A sheet with no header has every required column missing; said once, and only when
	 * it holds something: an entirely empty sheet is for validation to judge (e.g.
	 * I-NO-GRADUATES).
	 */
	private void reportMissingColumnsOnce() {
		if (this.missingColumnsReported) {
			return;
		}
		this.missingColumnsReported = true;
		this.sheet.fields()
			.stream()
			.filter((field) -> field.requirement().requiredSometimes())
			.forEach((field) -> this.listener.onFinding(missingColumn(field, 0)));
	}

	private void skip(RawRow row, SkipReason reason) {
		if (reason == SkipReason.BLANK) {
			this.blankRows++;
		}
		else {
			this.exampleRows++;
		}
		this.listener.onSkipped(row.rowNumber(), reason);
	}

	private Map<String, FieldCell> cells(RawRow row) {
		// The row's cells and the bindings both in column order, walked together: a
		// search of the row per binding was 3% of an ingest's worker time.
		RawCell[] byBinding = new RawCell[this.bindings.size()];
		List<RawCell> rowCells = row.cells();
		int next = 0;
		for (int index : this.bindingsByColumn) {
			int column = this.bindings.get(index).column();
			while (next < rowCells.size() && rowCells.get(next).column() < column) {
				next++;
			}
			if (next < rowCells.size() && rowCells.get(next).column() == column) {
				byBinding[index] = rowCells.get(next);
			}
		}
		Map<String, FieldCell> cells = new LinkedHashMap<>(this.bindings.size() * 4 / 3 + 1);
		for (int index = 0; index < byBinding.length; index++) {
			ColumnBinding binding = this.bindings.get(index);
			cells.put(binding.field().key(), new FieldCell(binding, row.rowNumber(), byBinding[index]));
		}
		return cells;
	}

	private Map<String, BigDecimal> numbers(Map<String, FieldCell> cells) {
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		cells.forEach((key, cell) -> {
			if (cell.binding().field().type().isNumeric()) {
				ParsedValue value = cell.parse(this.values, SchoolContext.unknown());
				value.as(Long.class)
					.map(BigDecimal::valueOf)
					.or(() -> value.as(BigDecimal.class))
					.ifPresent((number) -> numbers.put(key, number));
			}
		});
		return numbers;
	}

	private static boolean allEmpty(Map<String, FieldCell> cells) {
		for (FieldCell cell : cells.values()) {
			if (!cell.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The first cell's text as a row marker: 合计, 合计：, 例 and 【示例】 alike. Stripped by hand:
	 * a regular expression here was a matcher per row.
	 */
	static String marker(String text) {
		String key = TextNormalizer.key(text);
		int start = 0;
		int end = key.length();
		while (start < end && MARKER_OPENING.indexOf(key.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && MARKER_CLOSING.indexOf(key.charAt(end - 1)) >= 0) {
			end--;
		}
		return key.substring(start, end);
	}

}
