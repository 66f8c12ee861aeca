package io.vqr.template;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.docs.FieldDescriptions;

/**
 * The data validation Excel applies while a school types: a drop-down for code lists and
 * yes/no fields, whole or decimal numbers within the field's hard range, and for every
 * field an input prompt with its rule. Pasted values bypass Excel's validation, which is
 * why the pipeline validates again; this only helps whoever types.
 */
final class InputRules {

	/** Excel's limits for the prompt and error texts of a validation. */
	private static final int MAX_TITLE = 32;

	private static final int MAX_PROMPT = 255;

	private static final int MAX_ERROR = 225;

	private final CodeListSheet codeLists;

	InputRules(CodeListSheet codeLists) {
		this.codeLists = codeLists;
	}

	void apply(XSSFSheet sheet, SheetDef sheetDef, FieldDef field, CellRangeAddressList cells) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidationConstraint constraint = constraint(helper, field);
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setEmptyCellAllowed(true);
		validation.createPromptBox(limit(field.header(), MAX_TITLE), limit(
				field.requirement().describe(sheetDef) + "。" + FieldDescriptions.ruleWithChoices(field), MAX_PROMPT));
		validation.setShowPromptBox(true);
		String error = errorText(field);
		if (error != null) {
			// A warning, not a stop: the reader also accepts codes, aliases and forms
			// such as
			// 三年, so Excel must let a school keep them after the hint.
			validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
			validation.createErrorBox(limit(field.header(), MAX_TITLE), limit(error, MAX_ERROR));
			validation.setShowErrorBox(true);
		}
		else {
			validation.setShowErrorBox(false);
		}
		sheet.addValidationData(validation);
	}

	private DataValidationConstraint constraint(XSSFDataValidationHelper helper, FieldDef field) {
		if (field.type() == FieldType.CODE) {
			return helper.createFormulaListConstraint(this.codeLists.rangeName(field.codeList()));
		}
		if (field.type() == FieldType.YES_NO) {
			return helper.createExplicitListConstraint(FieldDescriptions.YES_NO_VALUES.toArray(String[]::new));
		}
		if (field.type().isNumeric() && field.minimum().isPresent()) {
			String min = field.min().toPlainString();
			String max = field.maximum().map(BigDecimal::toPlainString).orElse(null);
			int operator = (max != null) ? OperatorType.BETWEEN : OperatorType.GREATER_OR_EQUAL;
			return (field.type() == FieldType.INTEGER) ? helper.createIntegerConstraint(operator, min, max)
					: helper.createDecimalConstraint(operator, min, max);
		}
		// Validation of type "any": no check, but Excel still shows the input prompt.
		return new XSSFDataValidationConstraint(DataValidationConstraint.ValidationType.ANY, OperatorType.IGNORED, null,
				null);
	}

	/**
	 * What Excel says when a typed value breaks the rule, or null when nothing is
	 * checked.
	 */
	private static String errorText(FieldDef field) {
		if (field.type() == FieldType.CODE || field.type() == FieldType.YES_NO) {
			return "该值不在下拉列表中。请从下拉列表中选择：" + String.join("、", FieldDescriptions.choices(field));
		}
		if (field.type().isNumeric() && field.minimum().isPresent()) {
			String kind = (field.type() == FieldType.INTEGER) ? "整数" : "数值";
			return "应填写 " + field.rangeText() + " 的" + kind + "，不要带单位或文字。";
		}
		return null;
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}
