package io.vqr.standard;

import java.util.List;
import java.util.Optional;

/**
 * One sheet of the submission workbook.
 *
 * @param key snake_case name; the warehouse fact table is {@code fact_<key>}
 * @param name the sheet name as the template writes it
 * @param aliases other sheet names that mean this sheet
 * @param layout a label/value form or a table with one row per record
 * @param required whether a submission without it is rejected (F-SHEET-MISSING)
 * @param fields the fields in template column order
 * @param headerGroups parent headers over consecutive fields (two-row headers), e.g. 招生情况
 * @param description what one row is, for 填报说明 and the docs
 */
public record SheetDef(String key, String name, List<String> aliases, Layout layout, boolean required,
		List<FieldDef> fields, List<HeaderGroup> headerGroups, String description) {

	public SheetDef {
		aliases = List.copyOf(aliases);
		fields = List.copyOf(fields);
		headerGroups = List.copyOf(headerGroups);
	}

	public enum Layout {

		/** Labels and values anywhere in the first 40 rows (基本信息). */
		FORM,

		/** A header row and one row per record. */
		TABLE

	}

	/**
	 * A merged parent header over consecutive fields; a header {@code parent+child} also
	 * names the child (招生计划数 = 招生情况/计划数).
	 */
	public record HeaderGroup(String title, List<String> fieldKeys) {

		public HeaderGroup {
			fieldKeys = List.copyOf(fieldKeys);
		}

	}

	public Optional<FieldDef> field(String key) {
		return this.fields.stream().filter((field) -> field.key().equals(key)).findFirst();
	}

	public Optional<HeaderGroup> groupOf(String fieldKey) {
		return this.headerGroups.stream().filter((group) -> group.fieldKeys().contains(fieldKey)).findFirst();
	}

	/** Every name this sheet may go by, the standard name first. */
	public List<String> names() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.name), this.aliases.stream()).toList();
	}

}
