package io.vqr.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;

/**
 * Numbers a school report prints as submitted, beside the indicators: v2's new 基本信息
 * fields and every field of its 服务贡献 and 国际合作 sheets (the attached tables of
 * standard-v2.md list them). Read for every school of Y and Y-1 in one query; a year read
 * with v1 has none of them (absent, printed as the dash, never 0).
 */
public final class SubmittedFigures {

	/** The sheets whose numbers are figures, in the order the query joins them. */
	private static final List<String> SHEETS = List.of(SubmissionStandard.PROFILE, SubmissionStandard.SERVICE,
			SubmissionStandard.INTERNATIONAL);

	/** The fields by key, each with the sheet it is on. */
	private static final Map<String, Located> FIELDS = fields();

	private SubmittedFigures() {
	}

	/** A field of the standard and the sheet it is on. */
	record Located(String sheet, FieldDef field) {

	}

	/** The field of that key among the figures a report may print, if it is one. */
	public static Optional<FieldDef> field(String key) {
		return Optional.ofNullable(FIELDS.get(key)).map(Located::field);
	}

	/** The keys of every figure, in the standard's order. */
	public static List<String> keys() {
		return List.copyOf(FIELDS.keySet());
	}

	/** The keys of one sheet's figures (服务贡献, 国际合作), in the standard's order. */
	public static List<String> keys(String sheet) {
		return FIELDS.values()
			.stream()
			.filter((located) -> located.sheet().equals(sheet))
			.map((located) -> located.field().key())
			.toList();
	}

	/**
	 * Per school and year of the view: {@code year, school_code} and one column per
	 * figure, named by its key. Binds: Y, Y-1.
	 */
	static String sql() {
		String columns = FIELDS.values()
			.stream()
			.map((located) -> alias(located.sheet()) + "." + located.field().key())
			.collect(Collectors.joining(", "));
		return """
				select v.year, trim(v.school_code) as school_code, %s
				  from %s v
				  join fact_profile p on p.submission_id = v.submission_id
				  left join fact_service s on s.submission_id = v.submission_id
				  left join fact_international i on i.submission_id = v.submission_id
				 where v.year in (?, ?)
				""".formatted(columns, IndicatorSql.VIEW);
	}

	private static String alias(String sheet) {
		return switch (sheet) {
			case SubmissionStandard.PROFILE -> "p";
			case SubmissionStandard.SERVICE -> "s";
			case SubmissionStandard.INTERNATIONAL -> "i";
			default -> throw new IllegalStateException("no table for sheet " + sheet);
		};
	}

	private static Map<String, Located> fields() {
		SubmissionStandard v1 = SubmissionStandard.v1();
		Map<String, Located> fields = new LinkedHashMap<>();
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			if (standard == v1) {
				continue;
			}
			for (String sheetKey : SHEETS) {
				if (!standard.hasSheet(sheetKey)) {
					continue;
				}
				SheetDef sheet = standard.sheet(sheetKey);
				List<FieldDef> added = new ArrayList<>(sheet.fields());
				if (v1.hasSheet(sheetKey)) {
					// v1's own profile fields are indicators' inputs or SchoolInfo
					// already
					added.removeIf((field) -> v1.sheet(sheetKey).field(field.key()).isPresent());
				}
				for (FieldDef field : added) {
					if (field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL) {
						fields.putIfAbsent(field.key(), new Located(sheetKey, field));
					}
				}
			}
		}
		return fields;
	}

}
