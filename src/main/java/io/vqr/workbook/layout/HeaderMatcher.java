package io.vqr.workbook.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SheetDef.HeaderGroup;
import io.vqr.standard.TextNormalizer;
import io.vqr.standard.Unit;

/**
 * Recognises a sheet's headers and labels (section 4): a header names a field when, after
 * {@link TextNormalizer#header}, it equals one of the field's names, or a header group's
 * title followed by one of them (招生情况计划数).
 */
final class HeaderMatcher {

	/**
	 * The row-number column that templates and schools add; ignored without a finding.
	 */
	private static final String SERIAL_NUMBER = "序号";

	private final Map<String, FieldDef> fieldsByName = new HashMap<>();

	record Match(FieldDef field, Optional<Unit> unit) {
	}

	HeaderMatcher(SheetDef sheet) {
		for (FieldDef field : sheet.fields()) {
			for (String name : field.names()) {
				String key = TextNormalizer.header(name).text();
				this.fieldsByName.putIfAbsent(key, field);
				sheet.groupOf(field.key())
					.map(HeaderGroup::title)
					.ifPresent((title) -> this.fieldsByName.putIfAbsent(TextNormalizer.key(title) + key, field));
			}
		}
	}

	/**
	 * The field a header or label names, with the unit it names. A trailing colon (a
	 * form's {@code 学校代码：}) and a trailing bracketed remark that is not a unit
	 * ({@code 毕业去向（代码或名称）}) do not prevent the match.
	 */
	Optional<Match> match(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		TextNormalizer.Header header = TextNormalizer.header(withoutColon(text));
		FieldDef field = this.fieldsByName.get(withoutColon(header.text()));
		if (field != null) {
			return Optional.of(new Match(field, header.unit()));
		}
		String key = header.text();
		int open = key.lastIndexOf('(');
		if (key.endsWith(")") && open > 0) {
			return Optional.ofNullable(this.fieldsByName.get(key.substring(0, open)))
				.map((remarked) -> new Match(remarked, header.unit()));
		}
		return Optional.empty();
	}

	static boolean isSerialNumber(String text) {
		return text != null && TextNormalizer.header(text).text().equals(SERIAL_NUMBER);
	}

	private static String withoutColon(String text) {
		String stripped = text.strip();
		while (stripped.endsWith(":") || stripped.endsWith("：")) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		return stripped;
	}

}
