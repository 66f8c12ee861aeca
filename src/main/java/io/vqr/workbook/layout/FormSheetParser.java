package io.vqr.workbook.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.findings.Finding;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Requirement;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawRow;

/**
 * Reads a FORM sheet (基本信息, section 2.1): labels in any column of the first
 * {@value #FORM_ROWS} rows, each matching only when the whole cell is the label (so the
 * title 某某学校2024年度质量数据采集表 is not the label 年度); the value is the first non-empty cell to
 * its right. The form becomes one record at {@link #finish()}.
 *
 * <p>
 * A required label that is missing is R-COLUMN-MISSING: a form's label plays the part of
 * a table's column header, and the rule's meaning, a field the sheet gives no place to,
 * is the same. A label whose value is empty is not reported here: the record carries the
 * empty cell (row of the label, column to its right) and the requirement check reports
 * R-REQUIRED, as for table cells, including the conditional 年生均财政拨款水平 (公办 only).
 */
public final class FormSheetParser implements SheetParser {

	/** Labels are looked for in rows 1 to this (Excel numbers); reading stops after. */
	public static final int FORM_ROWS = 40;

	private final SheetDef sheet;

	private final String sheetName;

	private final SheetListener listener;

	private final HeaderMatcher matcher;

	private final Map<String, FieldCell> cells = new LinkedHashMap<>();

	private final List<ColumnBinding> bindings = new ArrayList<>();

	private int rowsRead;

	private boolean finished;

	public FormSheetParser(SheetDef sheet, String sheetName, SheetListener listener) {
		if (sheet.layout() != SheetDef.Layout.FORM) {
			throw new IllegalArgumentException(sheet.key() + " is not a form");
		}
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.listener = listener;
		this.matcher = new HeaderMatcher(sheet);
	}

	@Override
	public boolean row(RawRow row) {
		if (row.rowNumber() > FORM_ROWS) {
			return false;
		}
		this.rowsRead++;
		this.listener.onSkipped(row.rowNumber(), SkipReason.LAYOUT);
		List<RawCell> filled = row.cells().stream().filter((cell) -> !cell.text().isBlank()).toList();
		int i = 0;
		while (i < filled.size()) {
			RawCell label = filled.get(i);
			Optional<HeaderMatcher.Match> match = this.matcher.match(label.text());
			if (match.isEmpty()) {
				i++;
				continue;
			}
			// a label merged across columns repeats in each of them
			while (i + 1 < filled.size() && filled.get(i + 1).merged()
					&& filled.get(i + 1).text().equals(label.text())) {
				i++;
			}
			// the value is the next filled cell, unless that is itself a label (then
			// the value was left empty)
			RawCell value = (i + 1 < filled.size() && this.matcher.match(filled.get(i + 1).text()).isEmpty())
					? filled.get(i + 1) : null;
			FieldDef field = match.get().field();
			if (!this.cells.containsKey(field.key())) {
				int column = (value != null) ? value.column() : filled.get(i).column() + 1;
				ColumnBinding binding = new ColumnBinding(field, column, label.text().strip(), match.get().unit());
				this.bindings.add(binding);
				this.cells.put(field.key(), new FieldCell(binding, row.rowNumber(), value));
			}
			i += (value != null) ? 2 : 1;
		}
		return true;
	}

	@Override
	public SheetCounts finish() {
		if (!this.finished) {
			this.finished = true;
			for (FieldDef field : this.sheet.fields()) {
				// A label required only under a condition (年生均财政拨款水平 for 公办) may be left
				// out; whether the
				// condition holds is the validation's business, which sees the record.
				if (field.requirement() instanceof Requirement.Always && !this.cells.containsKey(field.key())) {
					this.listener.onFinding(new Finding(Rule.R_COLUMN_MISSING, this.sheetName, 0, "", field.header(),
							"", Rule.R_COLUMN_MISSING.message(this.sheetName, field.header())));
				}
			}
			this.listener.onHeader(new SheetHeader(this.sheetName, this.sheet, 0, 0, this.bindings));
			this.listener.onRecord(new SheetRecord(this.sheetName, this.sheet, 0, this.cells));
		}
		return new SheetCounts(this.rowsRead, this.rowsRead, 0, 0, 0, 0, 0, 1);
	}

}
