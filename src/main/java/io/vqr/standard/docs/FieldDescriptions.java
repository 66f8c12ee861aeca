package io.vqr.standard.docs;

import java.util.ArrayList;
import java.util.List;

import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.Unit;

/**
 * How a field is described to schools, in the template's 填报说明 and in the published docs,
 * so that both say the same thing.
 */
public final class FieldDescriptions {

	/** The values the template offers for a yes/no field. */
	public static final List<String> YES_NO_VALUES = List.of("是", "否");

	private FieldDescriptions() {
	}

	/** The unit as written in the header's brackets, or empty. */
	public static String unit(FieldDef field) {
		return (field.unit() == null || field.unit() == Unit.FRACTION) ? "" : field.unit().symbol();
	}

	/**
	 * The values a school picks from: the code list's drop-down values, 是/否, or nothing
	 * for free fields.
	 */
	public static List<String> choices(FieldDef field) {
		if (field.type() == FieldType.CODE) {
			return CodeLists.get(field.codeList()).dropDownValues();
		}
		if (field.type() == FieldType.YES_NO) {
			return YES_NO_VALUES;
		}
		return List.of();
	}

	/**
	 * The field's note, its hard range and its default, e.g. {@code 可填 3、3年、三年；取值范围 2–6}.
	 */
	public static String rule(FieldDef field) {
		List<String> parts = new ArrayList<>();
		if (!field.note().isBlank()) {
			parts.add(field.note());
		}
		if (!field.rangeText().isEmpty()) {
			parts.add("取值范围 " + field.rangeText());
		}
		if (field.defaultValue() != null) {
			parts.add("未填按" + field.defaultValue() + "计");
		}
		return String.join("；", parts);
	}

	/**
	 * {@link #rule} followed by the values to choose from, for a sheet without a code
	 * list.
	 */
	public static String ruleWithChoices(FieldDef field) {
		List<String> choices = choices(field);
		String rule = rule(field);
		if (choices.isEmpty()) {
			return rule;
		}
		String values = "可选值：" + String.join("、", choices);
		return rule.isEmpty() ? values : rule + "；" + values;
	}

}
