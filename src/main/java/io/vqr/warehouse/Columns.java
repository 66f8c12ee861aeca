package io.vqr.warehouse;

import java.util.ArrayList;
import java.util.List;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;

/**
 * The warehouse columns of a sheet, derived from the standard: {@code submission_id},
 * {@code sheet_row}, then one column per field named by its key, except that an ID number
 * becomes {@code <key>_hash}, {@code <key>_masked} and {@code <key>_key} (the hash's
 * first 64 bits, what lookups by ID use). The Flyway migration spells the same columns
 * out; MigrationsTest keeps the two in step.
 */
public final class Columns {

	private Columns() {
	}

	public static String factTable(SheetDef sheet) {
		return "fact_" + sheet.key();
	}

	/** Column names in the order {@link FactCopyWriter} writes them. */
	public static List<String> of(SheetDef sheet) {
		List<String> columns = new ArrayList<>();
		columns.add("submission_id");
		columns.add("sheet_row");
		for (FieldDef field : sheet.fields()) {
			if (field.type() == FieldType.ID_NUMBER) {
				columns.add(field.key() + "_hash");
				columns.add(field.key() + "_masked");
				columns.add(field.key() + "_key");
			}
			else {
				columns.add(field.key());
			}
		}
		return columns;
	}

	public static String list(SheetDef sheet) {
		return String.join(", ", of(sheet));
	}

}
