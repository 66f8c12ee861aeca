package io.vqr.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
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

	/** The sheet's unique field, or null. */
	private final String keyField;

	private final Map<Object, Integer> firstRowOfKey = new HashMap<>();

	private final Map<IdNumber, Integer> firstRowOfId = new HashMap<>();

	/** The numeric fields, whose columns a totals row states sums of. */
	private final List<FieldDef> numericFields;

	/**
	 * Each numeric column's sum: whole numbers in a long (a BigDecimal per cell was a
	 * sizeable part of a row's checks), decimals and anything beyond a long in a
	 * BigDecimal.
	 */
	private final long[] integerSums;

	private final BigDecimal[] decimalSums;

	SheetState(SheetDef sheet) {
		this.sheet = sheet;
		this.keyField = UNIQUE_KEY.get(sheet.key());
		this.numericFields = sheet.fields().stream().filter((field) -> field.type().isNumeric()).toList();
		this.integerSums = new long[this.numericFields.size()];
		this.decimalSums = new BigDecimal[this.numericFields.size()];
		Arrays.fill(this.decimalSums, BigDecimal.ZERO);
	}

	void accept(RowContext row) {
		if (this.keyField != null && row.has(this.keyField)) {
			Object value = row.values().get(this.keyField);
			Object key = (value instanceof MajorCode major) ? major.code() : value;
			Integer first = this.firstRowOfKey.putIfAbsent(key, row.excelRow());
			if (first != null) {
				String label = this.sheet.field(this.keyField).map(FieldDef::label).orElse(this.keyField);
				row.report(Rule.R_DUPLICATE, this.keyField, label, key, first);
			}
		}
		row.get("id_number", IdNumber.class).ifPresent((id) -> {
			Integer first = this.firstRowOfId.putIfAbsent(id, row.excelRow());
			if (first != null) {
				row.report(Rule.R_ID_DUPLICATE, "id_number", id.masked(), first);
			}
		});
		for (int i = 0; i < this.integerSums.length; i++) {
			Object value = row.values().get(this.numericFields.get(i).key());
			if (value instanceof Long number) {
				try {
					this.integerSums[i] = Math.addExact(this.integerSums[i], number);
				}
				catch (ArithmeticException overflow) {
					this.decimalSums[i] = this.decimalSums[i].add(BigDecimal.valueOf(number));
				}
			}
			else if (value instanceof BigDecimal number) {
				this.decimalSums[i] = this.decimalSums[i].add(number);
			}
		}
	}

	private BigDecimal sum(String field) {
		for (int i = 0; i < this.integerSums.length; i++) {
			if (this.numericFields.get(i).key().equals(field)) {
				return this.decimalSums[i].add(BigDecimal.valueOf(this.integerSums[i]));
			}
		}
		return BigDecimal.ZERO;
	}

	/**
	 * W-TOTAL-MISMATCH: each number of a totals row against the sum of its column.
	 * @param totals the totals row's values per field, read as the field's type
	 */
	void checkTotals(RowContext totals) {
		for (Map.Entry<String, Object> entry : totals.values().entrySet()) {
			BigDecimal stated = (entry.getValue() instanceof Long number) ? BigDecimal.valueOf(number)
					: (entry.getValue() instanceof BigDecimal number) ? number : null;
			if (stated == null) {
				continue;
			}
			BigDecimal sum = sum(entry.getKey());
			if (stated.compareTo(sum) != 0) {
				String label = this.sheet.field(entry.getKey()).map(FieldDef::label).orElse(entry.getKey());
				totals.report(Rule.W_TOTAL_MISMATCH, entry.getKey(), label, stated.stripTrailingZeros().toPlainString(),
						sum.stripTrailingZeros().toPlainString());
			}
		}
	}

}
