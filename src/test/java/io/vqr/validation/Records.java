package io.vqr.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vqr.findings.Finding;
import io.vqr.normalize.IdNumber;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.RawCell;

/**
 * Records of one sheet validated the way a workbook's rows are, from cell texts by field
 * key: every field has a column, and the findings are collected. The clean records here
 * raise no finding, so a test changes one cell and sees that cell's rule alone.
 */
final class Records {

	static final int YEAR = 2024;

	/** A year of standard v2. */
	static final int V2_YEAR = 2025;

	/** A 中职 major of the 2021 catalog. */
	static final String MAJOR = "710201";

	static final String MAJOR_NAME = "计算机应用";

	/** Another 中职 major of the catalog, which the school does not offer. */
	static final String OTHER_MAJOR = "710202";

	private static final ValueParser PARSER = new ValueParser();

	private final SheetDef sheet;

	private final SubmissionContext submission;

	private final SheetColumns columns;

	private final RecordValidator validator = new RecordValidator(PARSER);

	private final List<Finding> findings = new ArrayList<>();

	private int nextRow = 2;

	Records(String sheetKey, SubmissionContext submission) {
		this(SubmissionStandard.v1(), sheetKey, submission, java.util.Set.of());
	}

	/**
	 * Records of a sheet of {@code standard} whose file has every column but those left
	 * out.
	 */
	Records(SubmissionStandard standard, String sheetKey, SubmissionContext submission,
			java.util.Set<String> columnsLeftOut) {
		this.sheet = standard.sheet(sheetKey);
		this.submission = submission;
		Map<String, ColumnRef> refs = new LinkedHashMap<>();
		List<FieldDef> fields = this.sheet.fields();
		for (int i = 0; i < fields.size(); i++) {
			if (columnsLeftOut.contains(fields.get(i).key())) {
				continue;
			}
			refs.put(fields.get(i).key(), new ColumnRef(this.sheet.name(), RawCell.columnLetter(i),
					fields.get(i).header(), (this.sheet.layout() == SheetDef.Layout.FORM) ? i + 2 : 0));
		}
		this.columns = new SheetColumns(this.sheet, this.sheet.name(), refs, Map.of());
	}

	/** Records of a sheet of a 中等职业学校 that offers {@link #MAJOR}, for {@link #YEAR}. */
	static Records of(String sheetKey) {
		return new Records(sheetKey, offering(MAJOR));
	}

	/**
	 * Records of a v2 sheet ({@link #V2_YEAR}) of a 中等职业学校 that offers {@link #MAJOR}.
	 */
	static Records v2(String sheetKey, String... columnsLeftOut) {
		SubmissionContext submission = new SubmissionContext(V2_YEAR);
		submission.school(SchoolContext.of(schoolType("中等职业学校")));
		submission.offer(MAJOR);
		return new Records(SubmissionStandard.v2(), sheetKey, submission, java.util.Set.of(columnsLeftOut));
	}

	/** v2's clean 基本信息: v1's and every new field, the optional survey pairs filled. */
	static Map<String, String> profileV2() {
		return with(profile(), "year", Integer.toString(V2_YEAR), "building_area", "86500", "bandwidth", "10000",
				"enterprise_equipment_value", "320", "courses", "286", "special_funding_per_student", "4200",
				"staff_quota", "260", "parttime_hours", "5600", "parttime_pay", "84", "alumni_survey_n", "320",
				"alumni_satisfied", "298", "employer_survey_n", "45", "employer_satisfied", "43");
	}

	/** A clean 典型案例 row: a title and a body of {@code bodyLength} characters. */
	static Map<String, String> caseRow(String part, int bodyLength) {
		return cells("part", part, "title", "校企共建智能制造产业学院", "body", body(bodyLength));
	}

	/** A case text of exactly {@code length} countable characters in two paragraphs. */
	static String body(int length) {
		String sentence = "学校与本地龙头企业共建产业学院，共同制定人才培养方案，企业工程师驻校授课。";
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append(sentence);
		}
		text.setLength(length);
		int half = length / 2;
		return text.substring(0, half) + "\n" + text.substring(half);
	}

	static SubmissionContext offering(String... majors) {
		SubmissionContext submission = new SubmissionContext(YEAR);
		submission.school(SchoolContext.of(schoolType("中等职业学校")));
		for (String major : majors) {
			submission.offer(major);
		}
		return submission;
	}

	static CodeEntry schoolType(String name) {
		return CodeLists.get(CodeLists.SCHOOL_TYPE)
			.entries()
			.stream()
			.filter((entry) -> entry.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/** Validates one record; a null text leaves its cell empty. */
	RowContext check(Map<String, String> texts) {
		int row = this.nextRow++;
		List<FieldDef> fields = this.sheet.fields();
		return this.validator.validate(row, (key) -> {
			String text = texts.get(key);
			int column = fields.indexOf(this.sheet.field(key).orElseThrow());
			return (text != null) ? new RawCell(column, RawCell.CellKind.STRING, text, null, null, false, false) : null;
		}, this.columns, this.submission, this.findings::add);
	}

	List<Finding> findings() {
		return this.findings;
	}

	List<Rule> rules() {
		return this.findings.stream().map(Finding::rule).toList();
	}

	/** The rules of one record, validated alone on a fresh sheet. */
	static List<Rule> rulesOf(String sheetKey, Map<String, String> texts) {
		Records records = of(sheetKey);
		records.check(texts);
		return records.rules();
	}

	/**
	 * A copy of {@code base} with cells changed: key, text pairs; a null text empties the
	 * cell.
	 */
	static Map<String, String> with(Map<String, String> base, String... keysAndTexts) {
		Map<String, String> copy = new LinkedHashMap<>(base);
		for (int i = 0; i < keysAndTexts.length; i += 2) {
			copy.put(keysAndTexts[i], keysAndTexts[i + 1]);
		}
		return copy;
	}

	static Map<String, String> profile() {
		return cells("school_code", "4144012345", "school_name", "广州市示例职业技术学校", "school_type", "中等职业学校", "ownership",
				"公办", "region_code", "440111", "year", Integer.toString(YEAR), "equipment_value", "3560.5",
				"workstations", "2400", "books", "185000", "funding_per_student", "15800");
	}

	static Map<String, String> major() {
		return cells("major_code", MAJOR, "major_name", MAJOR_NAME, "duration", "3", "plan", "100", "admitted", "100",
				"registered", "95", "enrolled", "300", "through_track", "60", "graduates", "90");
	}

	/** An employed graduate (毕业去向 10) with a plausible income. */
	static Map<String, String> graduate() {
		return cells("student_no", "2021010101", "name", "张三", "id_number", id(LocalDate.of(2003, 3, 15), true, 1),
				"gender", "男", "major_code", MAJOR, "destination", "10", "employer", "广州示例科技有限公司", "employer_region",
				"440106", "employer_industry", "I", "related", "是", "monthly_income", "4500");
	}

	static Map<String, String> teacher() {
		return cells("staff_no", "T0001", "name", "李四", "id_number", id(LocalDate.of(1985, 3, 15), false, 1), "gender",
				"女", "birth_date", "1985-03-15", "category", "专任教师", "specialty_course", "是", "dual_qualified", "是",
				"title", "中级", "education", "本科");
	}

	/**
	 * A valid ID number (广州市白云区) of someone born on {@code birth}; {@code sequence}
	 * (0–99) tells people of the same birth apart.
	 */
	static String id(LocalDate birth, boolean male, int sequence) {
		String first17 = "440111" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d", sequence)
				+ (male ? "1" : "2");
		return first17 + IdNumber.checkCharacter(first17);
	}

	private static Map<String, String> cells(String... keysAndTexts) {
		return with(Map.of(), keysAndTexts);
	}

}
