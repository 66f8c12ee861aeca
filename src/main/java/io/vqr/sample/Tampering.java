package io.vqr.sample;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Deliberate damage applied while rendering a sample school, to make a broken or warned
 * file: cells replaced by raw values, columns or sheets left out, a wrong 合计 row. A raw
 * value is written as it is: a {@link String} as text, a {@link Number} as a number cell,
 * {@link #EMPTY} as an empty cell.
 */
final class Tampering {

	/** Marks a cell written empty. */
	static final Object EMPTY = new Object();

	static final Tampering NONE = new Tampering();

	private final Map<String, Object> cells = new HashMap<>();

	private final Set<String> droppedColumns = new HashSet<>();

	private final Set<String> droppedSheets = new HashSet<>();

	private Integer totalsDelta;

	Tampering cell(String sheetKey, int row, String fieldKey, Object raw) {
		this.cells.put(key(sheetKey, row, fieldKey), raw);
		return this;
	}

	Tampering dropColumn(String sheetKey, String fieldKey) {
		this.droppedColumns.add(sheetKey + "/" + fieldKey);
		return this;
	}

	Tampering dropSheet(String sheetKey) {
		this.droppedSheets.add(sheetKey);
		return this;
	}

	/** Adds a 合计 row under 专业与招生 whose 在校生数 is off by {@code delta}. */
	Tampering wrongTotals(int delta) {
		this.totalsDelta = delta;
		return this;
	}

	boolean hasCell(String sheetKey, int row, String fieldKey) {
		if (this.cells.isEmpty()) {
			return false;
		}
		return this.cells.containsKey(key(sheetKey, row, fieldKey));
	}

	Object cell(String sheetKey, int row, String fieldKey) {
		return this.cells.get(key(sheetKey, row, fieldKey));
	}

	boolean dropsColumn(String sheetKey, String fieldKey) {
		return this.droppedColumns.contains(sheetKey + "/" + fieldKey);
	}

	boolean dropsSheet(String sheetKey) {
		return this.droppedSheets.contains(sheetKey);
	}

	Integer totalsDelta() {
		return this.totalsDelta;
	}

	private static String key(String sheetKey, int row, String fieldKey) {
		return sheetKey + "/" + row + "/" + fieldKey;
	}

}
