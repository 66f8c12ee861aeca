package io.vqr.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One field of the standard: everything the template, the reader, the validation, the
 * warehouse and the docs need to know about it. The key is also the warehouse column
 * name.
 *
 * @param key snake_case name, also the warehouse column
 * @param label the header or label as the template writes it, without unit
 * @param aliases other headers or labels that mean this field
 * @param type how the value is read
 * @param unit the unit values are stored in; a header naming another unit of the same
 * dimension is converted
 * @param codeList for {@link FieldType#CODE}: the key of the list in {@link CodeLists}
 * @param requirement when the field must be filled
 * @param min hard lower bound (R-RANGE), or null
 * @param max hard upper bound (R-RANGE), or null
 * @param defaultValue stored when the cell is empty, or null
 * @param note the rule as 填报说明 prints it (Chinese)
 * @param example a valid example value for the template and the docs
 */
public record FieldDef(String key, String label, List<String> aliases, FieldType type, Unit unit, String codeList,
		Requirement requirement, BigDecimal min, BigDecimal max, String defaultValue, String note, String example) {

	public FieldDef {
		aliases = List.copyOf(aliases);
	}

	/**
	 * The header the template writes: label plus unit in full-width brackets, e.g.
	 * {@code 月收入（元）}.
	 */
	public String header() {
		return (this.unit == null || this.unit == Unit.FRACTION) ? this.label
				: this.label + "（" + this.unit.symbol() + "）";
	}

	/** Every spelling that names this field, label first. */
	public List<String> names() {
		List<String> names = new ArrayList<>(1 + this.aliases.size());
		names.add(this.label);
		names.addAll(this.aliases);
		return names;
	}

	public Optional<BigDecimal> minimum() {
		return Optional.ofNullable(this.min);
	}

	public Optional<BigDecimal> maximum() {
		return Optional.ofNullable(this.max);
	}

	/** The hard range in words, e.g. {@code 2–6} or {@code ≥ 0}, or empty. */
	public String rangeText() {
		if (this.min != null && this.max != null) {
			return this.min.toPlainString() + "–" + this.max.toPlainString();
		}
		if (this.min != null) {
			return "≥ " + this.min.toPlainString();
		}
		if (this.max != null) {
			return "≤ " + this.max.toPlainString();
		}
		return "";
	}

	static Builder builder(String key, String label, FieldType type) {
		return new Builder(key, label, type);
	}

	static final class Builder {

		private final String key;

		private final String label;

		private final FieldType type;

		private final List<String> aliases = new ArrayList<>();

		private Unit unit;

		private String codeList;

		private Requirement requirement = Requirement.REQUIRED;

		private BigDecimal min;

		private BigDecimal max;

		private String defaultValue;

		private String note = "";

		private String example = "";

		private Builder(String key, String label, FieldType type) {
			this.key = key;
			this.label = label;
			this.type = type;
		}

		Builder aliases(String... aliases) {
			this.aliases.addAll(List.of(aliases));
			return this;
		}

		Builder unit(Unit unit) {
			this.unit = unit;
			return this;
		}

		Builder codes(String codeList) {
			this.codeList = codeList;
			return this;
		}

		Builder optional() {
			this.requirement = Requirement.OPTIONAL;
			return this;
		}

		Builder requiredIfColumn() {
			this.requirement = Requirement.IF_COLUMN;
			return this;
		}

		Builder requiredWhen(String field, String... codes) {
			this.requirement = Requirement.when(field, codes);
			return this;
		}

		Builder range(long min, Long max) {
			this.min = BigDecimal.valueOf(min);
			this.max = (max != null) ? BigDecimal.valueOf(max) : null;
			return this;
		}

		Builder range(Bounds bounds) {
			return range(bounds.min(), bounds.max());
		}

		Builder nonNegative() {
			return range(0, null);
		}

		Builder defaultValue(String value) {
			this.defaultValue = value;
			return this;
		}

		Builder note(String note) {
			this.note = note;
			return this;
		}

		Builder example(String example) {
			this.example = example;
			return this;
		}

		FieldDef build() {
			return new FieldDef(this.key, this.label, this.aliases, this.type, this.unit, this.codeList,
					this.requirement, this.min, this.max, this.defaultValue, this.note, this.example);
		}

	}

}
