package io.vqr.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.vqr.findings.Finding;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;

/**
 * One record being validated: its typed values (only the fields that read cleanly), where
 * each field sits in the school's file, and where findings go. Rules ask it for values
 * and report against a field's cell.
 */
public final class RowContext {

	private final SheetDef sheet;

	private final String sheetName;

	private final int excelRow;

	private final Map<String, Object> values;

	private final Set<String> invalid;

	private final Map<String, ColumnRef> columns;

	private final Function<String, String> shown;

	private final Consumer<Finding> findings;

	private boolean hasErrors;

	/**
	 * @param values the fields that read as a valid value (empty cells absent)
	 * @param invalid the fields that could not be read (already reported), so rules
	 * depending on them stay quiet
	 * @param shown a field's value as a finding shows it (ID numbers masked), "" for
	 * none; asked only when a finding is reported, so it is worked out then
	 */
	public RowContext(SheetDef sheet, String sheetName, int excelRow, Map<String, Object> values, Set<String> invalid,
			Map<String, ColumnRef> columns, Function<String, String> shown, Consumer<Finding> findings) {
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.excelRow = excelRow;
		this.values = values;
		this.invalid = invalid;
		this.columns = columns;
		this.shown = shown;
		this.findings = findings;
	}

	public SheetDef sheet() {
		return this.sheet;
	}

	public int excelRow() {
		return this.excelRow;
	}

	public Map<String, Object> values() {
		return this.values;
	}

	public boolean has(String field) {
		return this.values.containsKey(field);
	}

	public boolean isInvalid(String field) {
		return this.invalid.contains(field);
	}

	public <T> Optional<T> get(String field, Class<T> type) {
		Object value = this.values.get(field);
		return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
	}

	public Optional<Long> integer(String field) {
		return get(field, Long.class);
	}

	public Optional<BigDecimal> decimal(String field) {
		return get(field, BigDecimal.class);
	}

	/** The code of a code-list field (e.g. 毕业去向 10), if it read cleanly. */
	public Optional<String> code(String field) {
		return get(field, CodeEntry.class).map(CodeEntry::code);
	}

	public String shown(String field) {
		String value = this.shown.apply(field);
		return (value != null) ? value : "";
	}

	/**
	 * Reports a finding on a field's cell (or the row's first cell when the column is not
	 * in the file).
	 */
	public void report(Rule rule, String field, Object... messageArguments) {
		ColumnRef column = this.columns.get(field);
		String letter = (column != null) ? column.column() : "";
		String header = (column != null) ? column.header()
				: this.sheet.field(field).map((f) -> f.label()).orElse(field);
		int rowNumber = (column != null && column.row() > 0) ? column.row() : this.excelRow;
		this.findings.accept(Finding.ofCell(rule, this.sheetName, rowNumber, letter, header, shown(field),
				rule.message(messageArguments)));
		if (rule.severity() == io.vqr.standard.Severity.ERROR) {
			this.hasErrors = true;
		}
	}

	/** Marks the row as having an error reported elsewhere (a parse failure). */
	public void markError() {
		this.hasErrors = true;
	}

	public boolean hasErrors() {
		return this.hasErrors;
	}

}
