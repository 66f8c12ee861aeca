package io.vqr.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vqr.findings.Finding;
import io.vqr.normalize.IdNumber;
import io.vqr.normalize.MajorCode;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;

/**
 * The cross-row checks of one sheet, kept as compact state while rows stream by:
 * duplicate keys and ID numbers (first row of each), and the column sums a totals row is
 * compared with.
 */
final class SheetState {

	/** Fields that must be unique within their sheet (R-DUPLICATE). */
	private static final Map<String, String> UNIQUE_KEY = Map.of("majors", "major_code", "graduates", "student_no",
			"teachers", "staff_no");

	private final SheetDef sheet;

	private final Map<Object, Integer> firstRowOfKey = new HashMap<>();

	private final Map<IdNumber, Integer> firstRowOfId = new HashMap<>();

	private final Map<String, BigDecimal> sums = new LinkedHashMap<>();

	SheetState(SheetDef sheet) {
		this.sheet = sheet;
	}

	void accept(RowContext row) {
		String keyField = UNIQUE_KEY.get(this.sheet.key());
		if (keyField != null && row.has(keyField)) {
			Object value = row.values().get(keyField);
			Object key = (value instanceof MajorCode major) ? major.code() : value;
			Integer first = this.firstRowOfKey.putIfAbsent(key, row.excelRow());
			if (first != null) {
				String label = this.sheet.field(keyField).map(FieldDef::label).orElse(keyField);
				row.report(Rule.R_DUPLICATE, keyField, label, key, first);
			}
		}
		row.get("id_number", IdNumber.class).ifPresent((id) -> {
			Integer first = this.firstRowOfId.putIfAbsent(id, row.excelRow());
			if (first != null) {
				row.report(Rule.R_ID_DUPLICATE, "id_number", id.masked(), first);
			}
		});
		for (FieldDef field : this.sheet.fields()) {
			if (field.type().isNumeric()) {
				Object value = row.values().get(field.key());
				if (value instanceof Long number) {
					this.sums.merge(field.key(), BigDecimal.valueOf(number), BigDecimal::add);
				}
				else if (value instanceof BigDecimal number) {
					this.sums.merge(field.key(), number, BigDecimal::add);
				}
			}
		}
	}

	/**
	 * W-TOTAL-MISMATCH: each number of a totals row against the sum of its column.
	 * @param totals the totals row's values per field, read as the field's type
	 */
	void checkTotals(RowContext totals, List<Finding> findings) {
		for (Map.Entry<String, Object> entry : totals.values().entrySet()) {
			BigDecimal stated = (entry.getValue() instanceof Long number) ? BigDecimal.valueOf(number)
					: (entry.getValue() instanceof BigDecimal number) ? number : null;
			if (stated == null) {
				continue;
			}
			BigDecimal sum = this.sums.getOrDefault(entry.getKey(), BigDecimal.ZERO);
			if (stated.compareTo(sum) != 0) {
				String label = this.sheet.field(entry.getKey()).map(FieldDef::label).orElse(entry.getKey());
				totals.report(Rule.W_TOTAL_MISMATCH, entry.getKey(), label, stated.stripTrailingZeros().toPlainString(),
						sum.stripTrailingZeros().toPlainString());
			}
		}
	}

}
