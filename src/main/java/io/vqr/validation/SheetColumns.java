package io.vqr.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.SheetDef;
import io.vqr.standard.Unit;

/**
 * Where each field of a sheet was found (from its header row, or the labels of a form)
 * and the unit its header named. Fields absent from the map have no column in the
 * school's file.
 */
public final class SheetColumns {

	private final SheetDef sheet;

	private final String sheetName;

	private final Map<String, ColumnRef> refs;

	/**
	 * What {@link #unit} and {@link #hasColumn} answer, by the field's position in the
	 * sheet: they are asked for every cell, where a lookup by key showed.
	 */
	private final List<Optional<Unit>> unitByPosition;

	private final boolean[] columnByPosition;

	public SheetColumns(SheetDef sheet, String sheetName, Map<String, ColumnRef> refs, Map<String, Unit> units) {
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.refs = Map.copyOf(refs);
		List<FieldDef> fields = sheet.fields();
		this.unitByPosition = new ArrayList<>(fields.size());
		this.columnByPosition = new boolean[fields.size()];
		for (int i = 0; i < fields.size(); i++) {
			String key = fields.get(i).key();
			this.unitByPosition.add(Optional.ofNullable(units.get(key)));
			this.columnByPosition[i] = this.refs.containsKey(key);
		}
	}

	/** The sheet of the standard these are the columns of. */
	public SheetDef sheet() {
		return this.sheet;
	}

	public String sheetName() {
		return this.sheetName;
	}

	public Map<String, ColumnRef> refs() {
		return this.refs;
	}

	/** The unit the header of the sheet's field at {@code position} named, if any. */
	Optional<Unit> unit(int position) {
		return this.unitByPosition.get(position);
	}

	/**
	 * Whether the sheet's field at {@code position} has a column in the school's file.
	 */
	boolean hasColumn(int position) {
		return this.columnByPosition[position];
	}

}
