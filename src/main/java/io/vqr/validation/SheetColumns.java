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

	private final Map<String, Unit> units;

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
		this.units = Map.copyOf(units);
		List<FieldDef> fields = sheet.fields();
		this.unitByPosition = new ArrayList<>(fields.size());
		this.columnByPosition = new boolean[fields.size()];
		for (int i = 0; i < fields.size(); i++) {
			String key = fields.get(i).key();
			this.unitByPosition.add(Optional.ofNullable(this.units.get(key)));
			this.columnByPosition[i] = this.refs.containsKey(key);
		}
	}

	public String sheetName() {
		return this.sheetName;
	}

	public Map<String, ColumnRef> refs() {
		return this.refs;
	}

	public Map<String, Unit> units() {
		return this.units;
	}

	public Optional<Unit> unit(String field) {
		return Optional.ofNullable(this.units.get(field));
	}

	/** The unit of the field at {@code position} in {@code sheet}'s fields. */
	Optional<Unit> unit(SheetDef sheet, int position) {
		return (sheet == this.sheet) ? this.unitByPosition.get(position) : unit(sheet.fields().get(position).key());
	}

	/** Whether the field at {@code position} in {@code sheet}'s fields has a column. */
	boolean hasColumn(SheetDef sheet, int position) {
		return (sheet == this.sheet) ? this.columnByPosition[position]
				: this.refs.containsKey(sheet.fields().get(position).key());
	}

}
