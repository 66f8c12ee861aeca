package io.vqr.standard;

import java.util.List;

/**
 * Whether a field must be filled: always, never, or when another field of the same row
 * has one of some values (毕业去向 10 or 12 requires 就业单位名称).
 */
public sealed interface Requirement {

	Requirement REQUIRED = new Always();

	Requirement OPTIONAL = new Optional();

	/**
	 * An optional column that, once a sheet has it, every row fills (v2's
	 * 获得职业资格或职业技能等级证书).
	 */
	Requirement IF_COLUMN = new IfColumn();

	/**
	 * Required when {@code field} of the same row (or the same form) has one of
	 * {@code codes}.
	 */
	static Requirement when(String field, String... codes) {
		return new When(field, List.of(codes));
	}

	/** A Chinese phrase for 填报说明 and the docs, e.g. {@code 毕业去向为 10、12 时必填}. */
	String describe(SheetDef sheet);

	/**
	 * Whether the field is required at all in some row, so that its column must be there.
	 */
	default boolean requiredSometimes() {
		return !(this instanceof Optional) && !(this instanceof IfColumn);
	}

	record Always() implements Requirement {
		@Override
		public String describe(SheetDef sheet) {
			return "必填";
		}
	}

	record Optional() implements Requirement {
		@Override
		public String describe(SheetDef sheet) {
			return "选填";
		}
	}

	record IfColumn() implements Requirement {
		@Override
		public String describe(SheetDef sheet) {
			return "选填列；填写此列时每行必填";
		}
	}

	record When(String field, List<String> codes) implements Requirement {

		public When {
			codes = List.copyOf(codes);
		}

		public boolean appliesTo(String code) {
			return code != null && this.codes.contains(code);
		}

		@Override
		public String describe(SheetDef sheet) {
			FieldDef other = sheet.field(this.field).orElseThrow();
			return other.label() + "为 " + String.join("、", this.codes) + " 时必填";
		}

	}

}
