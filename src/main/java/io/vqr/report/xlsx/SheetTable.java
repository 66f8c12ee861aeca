package io.vqr.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table of a report as it goes onto one sheet: title, columns, body rows, an optional
 * totals row of formulas, notes under the table and charts drawn from the body. Built by
 * the report-specific layouts, written by {@link TableSheetWriter}.
 */
final class SheetTable {

	private final String sheetName;

	private final String title;

	private final List<Column> columns;

	private final List<List<Entry>> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final List<ChartSpec> charts = new ArrayList<>();

	private String totalsLabel;

	private boolean filtered;

	private List<TotalRule> totals;

	SheetTable(String sheetName, String title, List<Column> columns) {
		this.sheetName = Objects.requireNonNull(sheetName);
		this.title = Objects.requireNonNull(title);
		this.columns = List.copyOf(columns);
		if (this.columns.isEmpty()) {
			throw new IllegalArgumentException("a table needs columns: " + sheetName);
		}
	}

	SheetTable row(List<Entry> entries) {
		if (entries.size() != this.columns.size()) {
			throw new IllegalArgumentException("row of " + entries.size() + " entries in table '" + this.sheetName
					+ "' of " + this.columns.size() + " columns");
		}
		this.rows.add(List.copyOf(entries));
		return this;
	}

	SheetTable row(Entry... entries) {
		return row(List.of(entries));
	}

	/**
	 * Adds a totals row: {@code label} in the first column, then one rule per further
	 * column.
	 */
	SheetTable totals(String label, List<TotalRule> rules) {
		if (rules.size() != this.columns.size() - 1) {
			throw new IllegalArgumentException("totals of table '" + this.sheetName + "' need "
					+ (this.columns.size() - 1) + " rules, got " + rules.size());
		}
		this.totalsLabel = label;
		this.totals = List.copyOf(rules);
		return this;
	}

	/**
	 * Puts filter buttons on the header row: for long lists officials sort and filter.
	 */
	SheetTable filtered() {
		this.filtered = true;
		return this;
	}

	boolean isFiltered() {
		return this.filtered;
	}

	SheetTable note(String note) {
		if (note != null && !note.isBlank()) {
			this.notes.add(note);
		}
		return this;
	}

	SheetTable chart(ChartSpec chart) {
		this.charts.add(chart);
		return this;
	}

	String sheetName() {
		return this.sheetName;
	}

	String title() {
		return this.title;
	}

	List<Column> columns() {
		return this.columns;
	}

	List<List<Entry>> rows() {
		return this.rows;
	}

	boolean hasTotals() {
		return this.totals != null && !this.rows.isEmpty();
	}

	String totalsLabel() {
		return this.totalsLabel;
	}

	List<TotalRule> totals() {
		return this.totals;
	}

	List<String> notes() {
		return this.notes;
	}

	List<ChartSpec> charts() {
		return this.charts;
	}

}
