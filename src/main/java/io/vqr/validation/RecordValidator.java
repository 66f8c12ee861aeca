package io.vqr.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.vqr.findings.Finding;
import io.vqr.normalize.ParsedValue;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Requirement;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.RawCell;

/**
 * Validates one record: reads every field as its type, applies defaults, checks what is
 * required (always, or when another field has certain codes), then the sheet's
 * cross-field rules. Every problem becomes a finding; nothing here throws for bad input.
 */
public final class RecordValidator {

	private static final Map<String, RowRules> RULES_BY_SHEET = Map.of(SubmissionStandard.MAJORS, new MajorRowRules(),
			SubmissionStandard.GRADUATES, new GraduateRowRules(), SubmissionStandard.TEACHERS, new TeacherRowRules());

	private final ValueParser parser;

	public RecordValidator(ValueParser parser) {
		this.parser = parser;
	}

	/**
	 * @param cellOf the record's cell for a field key, or null when empty or absent
	 */
	public RowContext validate(SheetDef sheet, int excelRow, Function<String, RawCell> cellOf, SheetColumns columns,
			SubmissionContext submission, List<Finding> findings) {
		Map<String, Object> values = new HashMap<>();
		Set<String> invalid = new HashSet<>();
		Map<String, String> shown = new HashMap<>();
		Map<String, ParsedValue> parsed = new HashMap<>();
		for (FieldDef field : sheet.fields()) {
			RawCell cell = cellOf.apply(field.key());
			ParsedValue value = this.parser.parse(field, cell, columns.unit(field.key()), submission.school());
			if (value.isEmpty()) {
				value = this.parser.defaultValue(field);
			}
			if (cell != null) {
				shown.put(field.key(), ValueParser.shownValue(field, cell.text()));
			}
			parsed.put(field.key(), value);
		}
		RowContext row = new RowContext(sheet, columns.sheetName(), excelRow, values, invalid, columns.refs(), shown,
				findings);
		for (FieldDef field : sheet.fields()) {
			ParsedValue value = parsed.get(field.key());
			if (value instanceof ParsedValue.Value valid) {
				values.put(field.key(), valid.value());
			}
			else if (value instanceof ParsedValue.Invalid problem) {
				invalid.add(field.key());
				reportInvalid(row, field, problem);
			}
		}
		for (FieldDef field : sheet.fields()) {
			// A missing table column is one R-COLUMN-MISSING for the sheet, not an
			// R-REQUIRED in every row; a form
			// may leave out a conditional label, so there the condition decides.
			boolean reported = !columns.refs().containsKey(field.key())
					&& (sheet.layout() == SheetDef.Layout.TABLE || field.requirement() instanceof Requirement.Always);
			if (!reported && parsed.get(field.key()).isEmpty() && required(field.requirement(), row)) {
				reportMissing(row, sheet, field);
			}
		}
		RowRules rules = RULES_BY_SHEET.get(sheet.key());
		if (rules != null) {
			rules.check(row, submission);
		}
		return row;
	}

	private static void reportInvalid(RowContext row, FieldDef field, ParsedValue.Invalid problem) {
		row.report(problem.rule(), field.key(), problem.arguments().toArray());
	}

	private static boolean required(Requirement requirement, RowContext row) {
		if (requirement instanceof Requirement.When when) {
			return row.code(when.field()).map(when::appliesTo).orElse(false);
		}
		return requirement instanceof Requirement.Always;
	}

	private static void reportMissing(RowContext row, SheetDef sheet, FieldDef field) {
		if (field.type() == io.vqr.standard.FieldType.SCHOOL_CODE) {
			row.report(Rule.F_SCHOOL_UNKNOWN, field.key(), "未填写");
			return;
		}
		String condition = (field.requirement() instanceof Requirement.When)
				? "（" + field.requirement().describe(sheet) + "）" : "";
		row.report(Rule.R_REQUIRED, field.key(), field.label(), condition);
	}

}
