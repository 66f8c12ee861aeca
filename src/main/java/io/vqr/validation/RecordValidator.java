package io.vqr.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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

	private static final Map<String, RowRules> RULES_BY_SHEET = Map.of(SubmissionStandard.PROFILE,
			new ProfileRowRules(), SubmissionStandard.MAJORS, new MajorRowRules(), SubmissionStandard.GRADUATES,
			new GraduateRowRules(), SubmissionStandard.TEACHERS, new TeacherRowRules(), SubmissionStandard.CASES,
			new CaseRowRules());

	private final ValueParser parser;

	public RecordValidator(ValueParser parser) {
		this.parser = parser;
	}

	/**
	 * @param cellOf the record's cell for a field key, or null when empty or absent
	 */
	public RowContext validate(int excelRow, Function<String, RawCell> cellOf, SheetColumns columns,
			SubmissionContext submission, Consumer<Finding> findings) {
		SheetDef sheet = columns.sheet();
		List<FieldDef> fields = sheet.fields();
		// Sized for every field so that no row rehashes; parsed values by position.
		Map<String, Object> values = new HashMap<>(fields.size() * 4 / 3 + 1);
		Set<String> invalid = new HashSet<>();
		ParsedValue[] parsed = new ParsedValue[fields.size()];
		for (int i = 0; i < parsed.length; i++) {
			FieldDef field = fields.get(i);
			RawCell cell = cellOf.apply(field.key());
			ParsedValue value = this.parser.parse(field, cell, columns.unit(i), submission.school());
			if (value.isEmpty()) {
				value = this.parser.defaultValue(field);
			}
			parsed[i] = value;
		}
		Function<String, String> shown = (key) -> sheet.field(key).map((field) -> {
			RawCell cell = cellOf.apply(key);
			return (cell != null) ? ValueParser.shownValue(field, cell.text()) : "";
		}).orElse("");
		RowContext row = new RowContext(sheet, columns.sheetName(), excelRow, values, invalid, columns.refs(), shown,
				findings);
		for (int i = 0; i < parsed.length; i++) {
			FieldDef field = fields.get(i);
			ParsedValue value = parsed[i];
			if (value instanceof ParsedValue.Value valid) {
				values.put(field.key(), valid.value());
			}
			else if (value instanceof ParsedValue.Invalid problem) {
				invalid.add(field.key());
				reportInvalid(row, field, problem);
			}
		}
		for (int i = 0; i < parsed.length; i++) {
			FieldDef field = fields.get(i);
			// A missing table column is one R-COLUMN-MISSING for the sheet, not an
			// R-REQUIRED in every row; a form
			// may leave out a conditional label, so there the condition decides.
			boolean reported = !columns.hasColumn(i)
					&& (sheet.layout() == SheetDef.Layout.TABLE || field.requirement() instanceof Requirement.Always);
			if (!reported && parsed[i].isEmpty() && required(field.requirement(), row, columns.hasColumn(i))) {
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

	private static boolean required(Requirement requirement, RowContext row, boolean hasColumn) {
		if (requirement instanceof Requirement.When when) {
			return row.code(when.field()).map(when::appliesTo).orElse(false);
		}
		if (requirement instanceof Requirement.IfColumn) {
			return hasColumn;
		}
		return requirement instanceof Requirement.Always;
	}

	private static void reportMissing(RowContext row, SheetDef sheet, FieldDef field) {
		if (field.type() == io.vqr.standard.FieldType.SCHOOL_CODE) {
			row.report(Rule.F_SCHOOL_UNKNOWN, field.key(), "未填写");
			return;
		}
		String condition = (field.requirement() instanceof Requirement.When)
				? "（" + field.requirement().describe(sheet) + "）"
				: (field.requirement() instanceof Requirement.IfColumn) ? "（工作表有此列时，每行都须填写）" : "";
		row.report(Rule.R_REQUIRED, field.key(), field.label(), condition);
	}

}
