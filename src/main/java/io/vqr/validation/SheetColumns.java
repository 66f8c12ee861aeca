package io.vqr.validation;

import java.util.Map;
import java.util.Optional;

import io.vqr.standard.Unit;

/**
 * Where each field of a sheet was found (from its header row, or the labels of a form)
 * and the unit its header named. Fields absent from the map have no column in the
 * school's file.
 */
public record SheetColumns(String sheetName, Map<String, ColumnRef> refs, Map<String, Unit> units) {

	public SheetColumns {
		refs = Map.copyOf(refs);
		units = Map.copyOf(units);
	}

	public Optional<Unit> unit(String field) {
		return Optional.ofNullable(this.units.get(field));
	}

}
