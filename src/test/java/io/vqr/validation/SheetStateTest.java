package io.vqr.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vqr.findings.Finding;
import io.vqr.normalize.IdNumber;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The cross-row checks of a sheet: duplicate keys and ID numbers, totals rows. */
class SheetStateTest {

	/** Validates the records in order, as a sheet's rows stream by. */
	private static List<Finding> sheet(String sheetKey, List<Map<String, String>> rows) {
		Records records = Records.of(sheetKey);
		SheetState state = new SheetState(SubmissionStandard.v1().sheet(sheetKey));
		for (Map<String, String> row : rows) {
			state.accept(records.check(row));
		}
		return records.findings();
	}

	private static Map<String, String> graduate(String studentNo, String id) {
		return with(Records.graduate(), "student_no", studentNo, "id_number", id);
	}

	private static String id(int sequence) {
		return Records.id(LocalDate.of(2003, 3, 15), true, sequence);
	}

	@Test
	@TestsRule(Rule.R_DUPLICATE)
	void eachSheetsKeyOnce() {
		assertThat(sheet(SubmissionStandard.GRADUATES, List.of(graduate("1", id(1)), graduate("2", id(2))))).isEmpty();
		List<Finding> twice = sheet(SubmissionStandard.GRADUATES,
				List.of(graduate("1", id(1)), graduate("2", id(2)), graduate("1", id(3)), graduate("1", id(4))));
		assertThat(twice).extracting(Finding::rule).containsExactly(Rule.R_DUPLICATE, Rule.R_DUPLICATE);
		assertThat(twice).extracting(Finding::excelRow).containsExactly(4, 5);
		assertThat(twice.get(0).message()).isEqualTo("「学号」“1”与第 2 行重复。同一工作表中学号不能重复，请删除重复行或更正。");
		assertThat(twice.get(1).message()).contains("与第 2 行重复");
		// 学号 is text: trimmed, otherwise as written
		assertThat(sheet(SubmissionStandard.GRADUATES, List.of(graduate("A1", id(1)), graduate(" A1 ", id(2)))))
			.extracting(Finding::rule)
			.containsExactly(Rule.R_DUPLICATE);
		assertThat(sheet(SubmissionStandard.GRADUATES, List.of(graduate("A1", id(1)), graduate("A01", id(2)))))
			.isEmpty();
		// rows without a key are each R-REQUIRED, not duplicates of each other
		assertThat(sheet(SubmissionStandard.GRADUATES, List.of(graduate(null, id(1)), graduate(null, id(2)))))
			.extracting(Finding::rule)
			.containsExactly(Rule.R_REQUIRED, Rule.R_REQUIRED);
	}

	@Test
	@TestsRule(Rule.R_DUPLICATE)
	void theMajorsAndTeachersKeys() {
		Map<String, String> major = Records.major();
		assertThat(sheet(SubmissionStandard.MAJORS,
				List.of(major, with(major, "major_code", Records.OTHER_MAJOR, "major_name", "计算机网络技术"))))
			.isEmpty();
		// the K of a 国家控制专业 and the code as a number name the same major
		assertThat(sheet(SubmissionStandard.MAJORS, List.of(major, major))).extracting(Finding::rule)
			.containsExactly(Rule.R_DUPLICATE);
		Map<String, String> teacher = Records.teacher();
		String otherId = Records.id(LocalDate.of(1980, 1, 1), false, 2);
		assertThat(sheet(SubmissionStandard.TEACHERS,
				List.of(teacher, with(teacher, "staff_no", "T0002", "id_number", otherId))))
			.isEmpty();
		assertThat(sheet(SubmissionStandard.TEACHERS, List.of(teacher, with(teacher, "id_number", otherId))))
			.extracting(Finding::rule)
			.containsExactly(Rule.R_DUPLICATE);
	}

	@Test
	@TestsRule(Rule.R_ID_DUPLICATE)
	void eachIdNumberOncePerSheet() {
		String x = null;
		for (int sequence = 0; x == null; sequence++) {
			String candidate = id(sequence);
			x = candidate.endsWith("X") ? candidate : null;
		}
		assertThat(sheet(SubmissionStandard.GRADUATES, List.of(graduate("1", id(1)), graduate("2", id(2))))).isEmpty();
		List<Finding> twice = sheet(SubmissionStandard.GRADUATES, List.of(graduate("1", id(1)), graduate("2", id(1))));
		assertThat(twice).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.R_ID_DUPLICATE);
			assertThat(finding.excelRow()).isEqualTo(3);
			assertThat(finding.message()).isEqualTo("身份证号 " + IdNumber.mask(id(1)) + " 与第 2 行重复。请删除重复行或更正身份证号。")
				.doesNotContain(id(1));
		});
		// a lower-case x is the same number
		assertThat(
				sheet(SubmissionStandard.GRADUATES, List.of(graduate("1", x), graduate("2", x.substring(0, 17) + "x"))))
			.extracting(Finding::rule)
			.containsExactly(Rule.R_ID_DUPLICATE);
		// empty IDs are R-REQUIRED, not duplicates
		assertThat(sheet(SubmissionStandard.GRADUATES, List.of(graduate("1", null), graduate("2", " "))))
			.extracting(Finding::rule)
			.containsExactly(Rule.R_REQUIRED, Rule.R_REQUIRED);
	}

	@Test
	@TestsRule(Rule.W_TOTAL_MISMATCH)
	void aTotalsRowEqualsItsColumnsSums() {
		assertThat(totals(Map.of("enrolled", 500L))).isEmpty();
		assertThat(totals(Map.of("enrolled", 499L))).extracting(Finding::rule).containsExactly(Rule.W_TOTAL_MISMATCH);
		assertThat(totals(Map.of("enrolled", 501L))).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).isEqualTo("合计行的「在校生数」为 501，各明细行之和为 500。请核对合计行或明细行。"));
		// only the numbers a totals row states are compared, each on its own
		assertThat(totals(Map.of("enrolled", 500L, "plan", 200L, "admitted", 201L))).extracting(Finding::column)
			.containsExactly("E");
	}

	@Test
	@TestsRule(Rule.W_TOTAL_MISMATCH)
	void decimalTotalsCompareByValue() {
		SheetDef teachers = SubmissionStandard.v1().sheet(SubmissionStandard.TEACHERS);
		Records records = Records.of(SubmissionStandard.TEACHERS);
		SheetState state = new SheetState(teachers);
		state.accept(records.check(with(Records.teacher(), "training_hours", "72.5")));
		state.accept(records.check(with(Records.teacher(), "staff_no", "T0002", "id_number",
				Records.id(LocalDate.of(1980, 1, 1), false, 2), "training_hours", "10")));
		assertThat(records.findings()).isEmpty();
		assertThat(totals(teachers, state, Map.of("training_hours", new BigDecimal("82.50")))).isEmpty();
		assertThat(totals(teachers, state, Map.of("training_hours", new BigDecimal("82.49")))).extracting(Finding::rule)
			.containsExactly(Rule.W_TOTAL_MISMATCH);
	}

	/**
	 * Two majors with 300 and 200 in school, then a totals row stating {@code numbers}.
	 */
	private static List<Finding> totals(Map<String, Object> numbers) {
		SheetDef majors = SubmissionStandard.v1().sheet(SubmissionStandard.MAJORS);
		Records records = Records.of(SubmissionStandard.MAJORS);
		SheetState state = new SheetState(majors);
		state.accept(records.check(with(Records.major(), "plan", "100", "admitted", "100", "enrolled", "300")));
		state.accept(records.check(with(Records.major(), "major_code", Records.OTHER_MAJOR, "major_name", "计算机网络技术",
				"plan", "100", "admitted", "100", "enrolled", "200")));
		assertThat(records.findings()).isEmpty();
		return totals(majors, state, numbers);
	}

	private static List<Finding> totals(SheetDef sheet, SheetState state, Map<String, Object> numbers) {
		List<Finding> findings = new ArrayList<>();
		Map<String, ColumnRef> refs = new HashMap<>();
		for (int i = 0; i < sheet.fields().size(); i++) {
			refs.put(sheet.fields().get(i).key(), new ColumnRef(sheet.name(), io.vqr.workbook.RawCell.columnLetter(i),
					sheet.fields().get(i).header(), 0));
		}
		RowContext row = new RowContext(sheet, sheet.name(), 9, new HashMap<>(numbers), Set.of(), refs,
				(key) -> String.valueOf(numbers.get(key)), findings::add);
		state.checkTotals(row);
		return findings;
	}

}
