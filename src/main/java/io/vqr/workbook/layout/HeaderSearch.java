package io.vqr.workbook.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.vqr.standard.FieldDef;
import io.vqr.standard.TextNormalizer;
import io.vqr.standard.Unit;
import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawRow;

/**
 * Finds a table's header among its first rows (section 4): the row, or pair of rows for a
 * two-row header under a merged parent, that names the most fields of the sheet.
 */
final class HeaderSearch {

	private HeaderSearch() {
	}

	/**
	 * One column of a header candidate.
	 *
	 * @param match the field it names, if any
	 * @param written the header as written, for bindings and findings
	 * @param serialNumber a 序号 column
	 * @param merged whether every cell of it was copied from a merged region
	 */
	record HeaderColumn(int column, Optional<HeaderMatcher.Match> match, String written, boolean serialNumber,
			boolean merged) {

		HeaderColumn merged(boolean merged) {
			return new HeaderColumn(this.column, this.match, this.written, this.serialNumber, merged);
		}

		/**
		 * A header merged across columns repeats in each of them; only its first column
		 * is the field's.
		 */
		boolean repeats(HeaderColumn previous) {
			return this.merged && previous.column == this.column - 1 && previous.written.equals(this.written);
		}

	}

	/** A header spanning rows {@code firstRow..lastRow} (Excel numbers). */
	record Candidate(int firstRow, int lastRow, List<HeaderColumn> columns) {

		int score() {
			Set<FieldDef> fields = new HashSet<>();
			this.columns.forEach((column) -> column.match().ifPresent((match) -> fields.add(match.field())));
			return fields.size();
		}

		boolean isTwoRows() {
			return this.lastRow > this.firstRow;
		}

	}

	/**
	 * The best header among the rows, or empty when no row names any field. Ties go to
	 * the header that ends first, then to a single row (a title merged over a header row
	 * would otherwise count as a parent).
	 */
	static Optional<Candidate> best(List<RawRow> rows, HeaderMatcher matcher) {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Candidate single = single(rows.get(i), matcher);
			candidates.add(single);
			if (i + 1 < rows.size() && rows.get(i + 1).rowNumber() == rows.get(i).rowNumber() + 1) {
				Candidate pair = pair(rows.get(i), rows.get(i + 1), matcher);
				// a parent row only counts when the row below adds fields to it
				if (pair.score() > single.score()) {
					candidates.add(pair);
				}
			}
		}
		return candidates.stream()
			.filter((candidate) -> candidate.score() > 0)
			.min(Comparator.comparingInt(Candidate::score)
				.reversed()
				.thenComparingInt(Candidate::lastRow)
				.thenComparing(Candidate::isTwoRows));
	}

	private static Candidate single(RawRow row, HeaderMatcher matcher) {
		List<HeaderColumn> columns = new ArrayList<>();
		for (RawCell cell : row.cells()) {
			if (!cell.text().isBlank()) {
				columns.add(column(cell.column(), cell.text(), matcher).merged(cell.merged()));
			}
		}
		return new Candidate(row.rowNumber(), row.rowNumber(), withoutRepeats(columns));
	}

	/**
	 * Per column: parent and child together (招生情况 + 计划数), else the child alone, else a
	 * parent with nothing below it (a header merged down over both rows, or written only
	 * in the upper row).
	 */
	private static Candidate pair(RawRow parentRow, RawRow childRow, HeaderMatcher matcher) {
		TreeMap<Integer, RawCell[]> cells = new TreeMap<>();
		parentRow.cells()
			.stream()
			.filter((cell) -> !cell.text().isBlank())
			.forEach((cell) -> cells.computeIfAbsent(cell.column(), (c) -> new RawCell[2])[0] = cell);
		childRow.cells()
			.stream()
			.filter((cell) -> !cell.text().isBlank())
			.forEach((cell) -> cells.computeIfAbsent(cell.column(), (c) -> new RawCell[2])[1] = cell);
		List<HeaderColumn> columns = new ArrayList<>();
		cells.forEach((index, pair) -> {
			boolean merged = (pair[0] == null || pair[0].merged()) && (pair[1] == null || pair[1].merged());
			columns.add(pairColumn(index, text(pair[0]), text(pair[1]), matcher).merged(merged));
		});
		return new Candidate(parentRow.rowNumber(), childRow.rowNumber(), withoutRepeats(columns));
	}

	private static String text(RawCell cell) {
		return (cell != null) ? cell.text() : null;
	}

	private static List<HeaderColumn> withoutRepeats(List<HeaderColumn> columns) {
		List<HeaderColumn> kept = new ArrayList<>();
		HeaderColumn previous = null;
		for (HeaderColumn column : columns) {
			if (previous == null || !column.repeats(previous)) {
				kept.add(column);
			}
			previous = column;
		}
		return kept;
	}

	private static HeaderColumn pairColumn(int index, String parent, String child, HeaderMatcher matcher) {
		if (child == null) {
			return column(index, parent, matcher);
		}
		if (parent == null || TextNormalizer.key(parent).equals(TextNormalizer.key(child))) {
			return column(index, child, matcher);
		}
		String written = parent.strip() + "/" + child.strip();
		Optional<Unit> parentUnit = TextNormalizer.header(parent).unit();
		Optional<HeaderMatcher.Match> combined = matcher.match(TextNormalizer.header(parent).text() + child);
		if (combined.isPresent()) {
			return new HeaderColumn(index, combined.map((match) -> withUnit(match, parentUnit)), written, false, false);
		}
		Optional<HeaderMatcher.Match> alone = matcher.match(child);
		if (alone.isPresent()) {
			return new HeaderColumn(index, alone.map((match) -> withUnit(match, parentUnit)), child.strip(), false,
					false);
		}
		return new HeaderColumn(index, Optional.empty(), written, HeaderMatcher.isSerialNumber(child), false);
	}

	private static HeaderMatcher.Match withUnit(HeaderMatcher.Match match, Optional<Unit> parentUnit) {
		return match.unit().isPresent() ? match : new HeaderMatcher.Match(match.field(), parentUnit);
	}

	private static HeaderColumn column(int index, String text, HeaderMatcher matcher) {
		return new HeaderColumn(index, matcher.match(text), text.strip(), HeaderMatcher.isSerialNumber(text), false);
	}

}
