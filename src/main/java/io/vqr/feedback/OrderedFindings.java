package io.vqr.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;

/**
 * The findings of one file in the order a school walks through it: file-level findings
 * first, then findings about sheets the workbook does not have (a missing sheet), then
 * sheet by sheet in workbook order, each by row (whole-sheet findings first) and column
 * (whole-row findings first). Holds references to the caller's findings, never copies.
 */
final class OrderedFindings {

	/** Excel's last row, 1-based. */
	static final int MAX_EXCEL_ROW = 1_048_576;

	/** Excel's last column, 0-based (XFD). */
	static final int MAX_EXCEL_COLUMN = 16_383;

	/**
	 * Findings listed (and marked) per rule: a file with a million findings of one rule
	 * (a column of dates in the wrong format) needs the first thousand to show what to
	 * fix, and the rest counted; holding them all would need memory that grows with their
	 * number.
	 */
	static final int LISTED_PER_RULE = 1_000;

	private final List<Finding> findings;

	private final Map<String, Integer> workbookSheets;

	private final Map<String, List<Finding>> locatedBySheet;

	private final Map<Rule, Integer> notListed;

	private OrderedFindings(List<Finding> findings, Map<String, Integer> workbookSheets, Map<Rule, Integer> notListed) {
		this.findings = findings;
		this.workbookSheets = workbookSheets;
		this.locatedBySheet = locate(findings);
		this.notListed = notListed;
	}

	/**
	 * @param findings the findings in any order
	 * @param workbookSheetNames the workbook's sheet names in workbook order; empty when
	 * the file could not be read
	 */
	static OrderedFindings of(Iterable<Finding> findings, List<String> workbookSheetNames) {
		return of(findings, Map.of(), workbookSheetNames);
	}

	/**
	 * @param findings the findings in any order
	 * @param alsoFound findings per rule found but not given (the findings given are the
	 * first of each rule): counted with those not listed
	 * @param workbookSheetNames the workbook's sheet names in workbook order; empty when
	 * the file could not be read
	 */
	static OrderedFindings of(Iterable<Finding> findings, Map<Rule, Integer> alsoFound,
			List<String> workbookSheetNames) {
		Map<String, Integer> workbookSheets = new HashMap<>();
		for (int i = 0; i < workbookSheetNames.size(); i++) {
			workbookSheets.putIfAbsent(workbookSheetNames.get(i), i);
		}
		List<Finding> list = new ArrayList<>();
		Map<String, Integer> absentSheets = new HashMap<>();
		Map<Rule, Integer> perRule = new EnumMap<>(Rule.class);
		Map<Rule, Integer> notListed = new EnumMap<>(Rule.class);
		alsoFound.forEach((rule, count) -> {
			if (count > 0) {
				notListed.merge(rule, count, Integer::sum);
			}
		});
		for (Finding finding : findings) {
			if (perRule.merge(finding.rule(), 1, Integer::sum) > LISTED_PER_RULE) {
				notListed.merge(finding.rule(), 1, Integer::sum);
				continue;
			}
			list.add(finding);
			if (!finding.sheet().isEmpty() && !workbookSheets.containsKey(finding.sheet())) {
				absentSheets.putIfAbsent(finding.sheet(), absentSheets.size());
			}
		}
		Comparator<Finding> order = Comparator.comparingInt((Finding finding) -> sheetGroup(finding, workbookSheets))
			.thenComparingInt((finding) -> workbookSheets.getOrDefault(finding.sheet(),
					absentSheets.getOrDefault(finding.sheet(), 0)))
			.thenComparingInt((finding) -> (finding.sheet().isEmpty()) ? 0 : finding.excelRow())
			.thenComparingInt(OrderedFindings::columnIndex);
		list.sort(order);
		return new OrderedFindings(list, workbookSheets, notListed);
	}

	private static int sheetGroup(Finding finding, Map<String, Integer> workbookSheets) {
		if (finding.sheet().isEmpty()) {
			return 0;
		}
		return workbookSheets.containsKey(finding.sheet()) ? 2 : 1;
	}

	private Map<String, List<Finding>> locate(List<Finding> sorted) {
		Map<String, List<Finding>> located = new LinkedHashMap<>();
		int start = -1;
		String current = null;
		for (int i = 0; i <= sorted.size(); i++) {
			Finding finding = (i < sorted.size()) ? sorted.get(i) : null;
			boolean onCell = finding != null && isLocated(finding);
			if (start >= 0 && (!onCell || !finding.sheet().equals(current))) {
				located.put(current, sorted.subList(start, i));
				start = -1;
			}
			if (onCell && start < 0) {
				start = i;
				current = finding.sheet();
			}
		}
		return located;
	}

	/** The findings listed, in order: up to {@link #LISTED_PER_RULE} of each rule. */
	List<Finding> all() {
		return this.findings;
	}

	/** How many findings of each rule are counted but not listed, in rule order. */
	Map<Rule, Integer> notListed() {
		return this.notListed;
	}

	/**
	 * Whether a finding points at a row or cell of a sheet the workbook has (and so can
	 * be marked in a copy of that sheet).
	 */
	boolean isLocated(Finding finding) {
		return this.workbookSheets.containsKey(finding.sheet()) && finding.excelRow() >= 1
				&& finding.excelRow() <= MAX_EXCEL_ROW;
	}

	/** The sheets with at least one located finding, in workbook order. */
	Iterable<String> sheetsToCopy() {
		// A copy exists to show offending cells (red ERROR, yellow WARNING). A sheet
		// whose only findings are INFO
		// (an ignored column, say) is listed in 校验结果 but not rewritten: copying it cost a
		// third of ingest time.
		return this.locatedBySheet.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().stream().anyMatch((finding) -> finding.severity() != Severity.INFO))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The located findings of a sheet, in row and column order (a view, not a copy). */
	List<Finding> locatedIn(String sheet) {
		return this.locatedBySheet.getOrDefault(sheet, List.of());
	}

	/** The 0-based column of a finding, or -1 when it is about no single column. */
	static int columnIndex(Finding finding) {
		String letters = finding.column().strip().toUpperCase(Locale.ROOT);
		if (letters.isEmpty() || letters.length() > 3) {
			return -1;
		}
		int index = 0;
		for (int i = 0; i < letters.length(); i++) {
			char c = letters.charAt(i);
			if (c < 'A' || c > 'Z') {
				return -1;
			}
			index = index * 26 + (c - 'A' + 1);
		}
		return (index - 1 <= MAX_EXCEL_COLUMN) ? index - 1 : -1;
	}

	/**
	 * The 0-based column a finding is marked on: its own, or the row's first cell (column
	 * A) for a finding about a whole row.
	 */
	static int markedColumn(Finding finding) {
		return Math.max(columnIndex(finding), 0);
	}

}
