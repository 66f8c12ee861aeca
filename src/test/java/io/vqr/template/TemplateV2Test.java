package io.vqr.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.findings.Finding;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.validation.SubmissionValidator;
import io.vqr.validation.TypedRowSink;
import io.vqr.validation.ValidationOutcome;
import io.vqr.workbook.ReadLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template follows the year: 2025's has v2's sheets, fields and rules, and the reader
 * finds every one of its sheets, columns and labels again; 2024's is v1's as before.
 */
class TemplateV2Test {

	@TempDir
	Path dir;

	private final SubmissionValidator validator = new SubmissionValidator(new ValueParser(), ReadLimits.defaults());

	private Path write(int year) throws IOException {
		Path file = this.dir.resolve("template_" + year + ".xlsx");
		new TemplateWriter().write(year, file);
		return file;
	}

	private static List<String> sheetNames(Path file) throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		}
		return names;
	}

	@Test
	void the2025TemplateHasV2sSheetsInOrder() throws IOException {
		List<String> expected = new ArrayList<>();
		expected.add(SubmissionStandard.INSTRUCTIONS_SHEET);
		SubmissionStandard.v2().sheets().forEach((sheet) -> expected.add(sheet.name()));
		expected.add(SubmissionStandard.CODE_LIST_SHEET);
		assertThat(sheetNames(write(2025))).containsExactlyElementsOf(expected).contains("服务贡献", "国际合作", "典型案例");
		assertThat(sheetNames(write(2024))).doesNotContain("服务贡献", "国际合作", "典型案例");
	}

	@Test
	void theReaderFindsEverySheetColumnAndLabelOfThe2025Template() throws IOException {
		Path file = write(2025);
		ValidationOutcome outcome = this.validator.validateLoose(file, file.getFileName().toString(), null,
				TypedRowSink.DISCARD);
		assertThat(outcome.standard()).as("the template's 统计年度 chooses v2").isEqualTo(SubmissionStandard.v2());
		assertThat(outcome.findings()).extracting(Finding::rule)
			.doesNotContain(Rule.F_SHEET_MISSING, Rule.R_COLUMN_MISSING, Rule.I_EXTRA_COLUMN, Rule.I_EXTRA_SHEET,
					Rule.F_YEAR_MISMATCH);
		for (SheetDef sheet : SubmissionStandard.v2().sheets()) {
			assertThat(outcome.columns().get(sheet.key())).as(sheet.name())
				.containsOnlyKeys(sheet.fields().stream().map(FieldDef::key).toList());
		}
		// an empty template is not a submission: what it lacks is named, field by field
		assertThat(outcome.findings()).extracting(Finding::rule).contains(Rule.R_REQUIRED);
	}

	@Test
	void the2025InstructionsListV2sRulesAndTheCaseParts() throws IOException {
		Path file = write(2025);
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheet(SubmissionStandard.INSTRUCTIONS_SHEET)) {
				for (Cell cell : row) {
					text.append(cell.toString()).append('\n');
				}
			}
			StringBuilder codes = new StringBuilder();
			for (Row row : workbook.getSheet(SubmissionStandard.CODE_LIST_SHEET)) {
				for (Cell cell : row) {
					codes.append(cell.toString()).append('\n');
				}
			}
			assertThat(codes).contains("人才培养", "产教融合", "文化传承", "发展保障");
		}
		for (Rule rule : Rule.of(SubmissionStandard.v2())) {
			assertThat(text).contains(rule.id());
		}
		assertThat(text).contains("缺少必需的工作表（基本信息、专业与招生、毕业生去向、教师、服务贡献、国际合作）。");
		for (String label : Set.of("教学及辅助、行政办公用房面积", "案例正文", "横向技术服务到款额", "全日制国(境)外留学生人数")) {
			assertThat(text).contains(label);
		}
	}

}
