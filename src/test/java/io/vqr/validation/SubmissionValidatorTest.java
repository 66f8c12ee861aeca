package io.vqr.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.findings.Finding;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;
import io.vqr.workbook.ReadLimits;

import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that need a whole file: the graduates of each major against its 毕业生数, an
 * empty 毕业生去向, a 基本信息 without the 学校代码 label; on real workbooks.
 */
class SubmissionValidatorTest {

	@TempDir
	Path dir;

	private final SubmissionValidator validator = new SubmissionValidator(new ValueParser(), ReadLimits.defaults());

	/** A workbook's sheets: key → records, each field key → text. */
	private final Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();

	private final List<String> leftOutLabels = new ArrayList<>();

	SubmissionValidatorTest() {
		this.sheets.put(SubmissionStandard.PROFILE, List.of(Records.profile()));
		this.sheets.put(SubmissionStandard.MAJORS, List.of(Records.major()));
		this.sheets.put(SubmissionStandard.GRADUATES, graduates(90));
		this.sheets.put(SubmissionStandard.TEACHERS, List.of(Records.teacher()));
	}

	private static List<Map<String, String>> graduates(int count) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(with(Records.graduate(), "student_no", "S" + i, "id_number",
					Records.id(java.time.LocalDate.of(2003, 1, 1).plusDays(i / 50), true, i % 50)));
		}
		return rows;
	}

	private List<Finding> validate() throws IOException {
		Path file = this.dir.resolve("4144012345_2024.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			this.sheets.forEach((key, rows) -> write(workbook, SubmissionStandard.v1().sheet(key), rows));
			workbook.write(out);
		}
		return this.validator.validate(file, file.getFileName().toString(), Records.YEAR, TypedRowSink.DISCARD)
			.findings();
	}

	private void write(XSSFWorkbook workbook, SheetDef definition, List<Map<String, String>> rows) {
		Sheet sheet = workbook.createSheet(definition.name());
		if (definition.layout() == SheetDef.Layout.FORM) {
			int r = 0;
			for (FieldDef field : definition.fields()) {
				String text = rows.get(0).get(field.key());
				if (text != null && !this.leftOutLabels.contains(field.key())) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(field.header());
					row.createCell(1).setCellValue(text);
				}
			}
			return;
		}
		Row header = sheet.createRow(0);
		List<FieldDef> fields = definition.fields();
		for (int c = 0; c < fields.size(); c++) {
			header.createCell(c).setCellValue(fields.get(c).header());
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < fields.size(); c++) {
				String text = rows.get(r).get(fields.get(c).key());
				if (text != null) {
					row.createCell(c).setCellValue(text);
				}
			}
		}
	}

	private static List<Rule> rules(List<Finding> findings) {
		return findings.stream().map(Finding::rule).toList();
	}

	@Test
	void theCleanWorkbookHasNoFinding() throws IOException {
		assertThat(validate()).isEmpty();
	}

	@Test
	@TestsRule(Rule.W_GRADUATES_MISMATCH)
	void eachMajorsGraduatesEqualItsRows() throws IOException {
		this.sheets.put(SubmissionStandard.MAJORS, List.of(with(Records.major(), "graduates", "89")));
		assertThat(validate()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.W_GRADUATES_MISMATCH);
			assertThat(finding.excelRow()).isEqualTo(2);
			assertThat(finding.header()).isEqualTo("毕业生数");
			assertThat(finding.message()).isEqualTo("专业 710201 的毕业生数填写为 89，「毕业生去向」中该专业有 90 人。请核对。");
		});
		this.sheets.put(SubmissionStandard.MAJORS, List.of(with(Records.major(), "graduates", "91")));
		assertThat(rules(validate())).containsExactly(Rule.W_GRADUATES_MISMATCH);
	}

	@Test
	@TestsRule(Rule.W_GRADUATES_MISMATCH)
	void aMajorWithoutGraduatesDeclaresNone() throws IOException {
		Map<String, String> second = with(Records.major(), "major_code", Records.OTHER_MAJOR, "major_name", "计算机网络技术",
				"graduates", "0");
		this.sheets.put(SubmissionStandard.MAJORS, List.of(Records.major(), second));
		assertThat(validate()).isEmpty();
		this.sheets.put(SubmissionStandard.MAJORS, List.of(Records.major(), with(second, "graduates", "1")));
		assertThat(validate()).singleElement()
			.satisfies(
					(finding) -> assertThat(finding.message()).contains("专业 710202 的毕业生数填写为 1").contains("该专业有 0 人"));
	}

	@Test
	@TestsRule({ Rule.I_NO_GRADUATES, Rule.W_GRADUATES_MISMATCH })
	void anEmptyGraduatesSheetIsNotedAndEachMajorsGraduatesCompared() throws IOException {
		this.sheets.put(SubmissionStandard.GRADUATES, List.of());
		this.sheets.put(SubmissionStandard.MAJORS, List.of(with(Records.major(), "graduates", "0")));
		assertThat(validate()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.I_NO_GRADUATES);
			assertThat(finding.sheet()).isEqualTo("毕业生去向");
		});
		this.sheets.put(SubmissionStandard.MAJORS, List.of(Records.major()));
		assertThat(rules(validate())).containsExactlyInAnyOrder(Rule.I_NO_GRADUATES, Rule.W_GRADUATES_MISMATCH);
	}

	@Test
	@TestsRule(Rule.I_NO_GRADUATES)
	void oneGraduateIsNotAnEmptySheet() throws IOException {
		this.sheets.put(SubmissionStandard.GRADUATES, graduates(1));
		this.sheets.put(SubmissionStandard.MAJORS, List.of(with(Records.major(), "graduates", "1")));
		assertThat(validate()).isEmpty();
	}

	@Test
	@TestsRule(Rule.F_SCHOOL_UNKNOWN)
	void aProfileWithoutTheSchoolCodeLabelIsAnUnknownSchool() throws IOException {
		this.leftOutLabels.add("school_code");
		// the missing label is also a missing field of the form
		assertThat(validate()).extracting(Finding::rule).containsExactly(Rule.R_COLUMN_MISSING, Rule.F_SCHOOL_UNKNOWN);
		this.leftOutLabels.clear();
		this.sheets.put(SubmissionStandard.PROFILE, List.of(with(Records.profile(), "school_code", "414401234")));
		assertThat(validate()).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).startsWith("学校代码“414401234”不是10位数字。"));
	}

}
