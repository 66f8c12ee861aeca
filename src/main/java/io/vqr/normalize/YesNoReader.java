package io.vqr.normalize;

import java.util.Map;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.RawCell;

/** Reads YES_NO fields: 是/否, Y/N, √/×, 1/0, TRUE/FALSE, 有/无 (section 4). */
final class YesNoReader {

	// @formatter:off
	private static final Map<String, Boolean> WORDS = Map.ofEntries(
			Map.entry("是", true), Map.entry("否", false),
			Map.entry("Y", true), Map.entry("N", false),
			Map.entry("YES", true), Map.entry("NO", false),
			Map.entry("√", true), Map.entry("×", false),
			Map.entry("✓", true), Map.entry("✔", true), Map.entry("✗", false), Map.entry("✘", false),
			Map.entry("1", true), Map.entry("0", false),
			Map.entry("TRUE", true), Map.entry("FALSE", false),
			Map.entry("有", true), Map.entry("无", false));
	// @formatter:on

	private YesNoReader() {
	}

	static ParsedValue read(FieldDef field, RawCell cell) {
		String shown = cell.text().strip();
		String key = TextNormalizer.key(cell.text());
		if (cell.kind() == RawCell.CellKind.NUMBER && key.endsWith(".0")) {
			key = key.substring(0, key.length() - 2);
		}
		return Optional.ofNullable(WORDS.get(key))
			.<ParsedValue>map(ParsedValue::of)
			.orElseGet(() -> TypeErrors.of(field, shown, "请填写“是”或“否”。"));
	}

}
