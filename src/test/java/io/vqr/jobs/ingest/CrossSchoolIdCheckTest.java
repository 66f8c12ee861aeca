package io.vqr.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.normalize.IdNumber;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * W-CROSS-SCHOOL-ID when both schools' files come in one run, processed by two workers at
 * the same time: the run's check after the files warns both, with the cell, in the
 * warehouse and in both feedback workbooks; a school whose file came in an earlier run is
 * not warned again, and checking again finds nothing left to do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSchoolIdCheckTest {

	static final int YEAR = 2024;

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	Manifest.Entry copier;

	Manifest.Entry original;

	Manifest.Entry unrelated;

	@BeforeAll
	void ingestBothSchoolsInOneRun() throws Exception {
		String url = TestDatabase.newDatabase("crossschool");
		this.warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "cross-school-test-secret-0123456789", "vqr.workers", "2"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		Path samples = dir.resolve("samples");
		Manifest manifest = new SampleCorpus().generate(samples, 8, YEAR, 7,
				SampleCorpus.Options.defaults().withSizeScale(0.25).withDefectScale(0.1));
		this.copier = manifest.files()
			.stream()
			.filter((entry) -> "W-CROSS-SCHOOL-ID".equals(entry.target()))
			.findFirst()
			.orElseThrow();
		this.original = manifest.files()
			.stream()
			.filter((entry) -> entry.file().equals(this.copier.processAfter().get(0)))
			.findFirst()
			.orElseThrow();
		this.unrelated = manifest.files()
			.stream()
			.filter((entry) -> entry.kind() == Manifest.Kind.GOOD && entry.expectedRules().isEmpty()
					&& !entry.schoolCode().equals(this.original.schoolCode())
					&& !entry.schoolCode().equals(this.copier.schoolCode()))
			.findFirst()
			.orElseThrow();
		ingest("one-run", samples, this.original, this.copier, this.unrelated);
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void bothSchoolsOfOneRunAreWarnedInTheWarehouse() {
		assertThat(status(this.original)).isEqualTo("ACCEPTED_WITH_WARNINGS");
		assertThat(status(this.copier)).isEqualTo("ACCEPTED_WITH_WARNINGS");
		assertThat(status(this.unrelated)).isEqualTo("ACCEPTED");
		assertThat(crossSchoolFindings(this.original)).singleElement()
			.satisfies((finding) -> assertThat(finding).contains(this.copier.schoolCode()));
		assertThat(crossSchoolFindings(this.copier)).singleElement()
			.satisfies((finding) -> assertThat(finding).contains(this.original.schoolCode()));
		assertThat(crossSchoolFindings(this.unrelated)).isEmpty();
		// The counts agree with the findings stored.
		assertThat(this.jdbc.queryForList("""
				select s.file_name from submission s
				 where s.warning_count <> (select count(*) from finding f
				                            where f.submission_id = s.submission_id and f.severity = 'WARNING')
				""", String.class)).isEmpty();
		assertThat(this.jdbc.queryForList("select file_name from submission where not ids_checked", String.class))
			.isEmpty();
	}

	@Test
	void theFindingNamesTheCellOfTheIdInTheSchoolsOwnFile() throws IOException {
		for (Manifest.Entry entry : List.of(this.original, this.copier)) {
			String finding = crossSchoolFindings(entry).get(0);
			String[] where = finding.split("\\|");
			int excelRow = Integer.parseInt(where[1]);
			try (Workbook workbook = WorkbookFactory.create(dir.resolve("inbox-one-run").resolve(entry.file()).toFile(),
					null, true)) {
				Cell cell = workbook.getSheet(where[0])
					.getRow(excelRow - 1)
					.getCell(CellReference.convertColStringToIndex(where[2]));
				String id = new DataFormatter().formatCellValue(cell).trim();
				assertThat(id).as(entry.file()).hasSize(18);
				assertThat(where[3]).as(entry.file()).isEqualTo(IdNumber.mask(id));
			}
		}
	}

	@Test
	void bothFeedbackWorkbooksListTheWarning() throws IOException {
		for (Manifest.Entry entry : List.of(this.original, this.copier)) {
			Path feedback = dir.resolve("feedback").resolve(FeedbackWorkbookWriter.feedbackFileName(entry.file()));
			try (InputStream in = Files.newInputStream(feedback); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				Sheet result = workbook.getSheet(FeedbackWorkbookWriter.RESULT_SHEET);
				assertThat(text(result.getRow(1).getCell(2))).as(entry.file()).isEqualTo("已通过（有警告）");
				List<String> rules = new ArrayList<>();
				for (Row row : result) {
					rules.add(text(row.getCell(2)));
				}
				assertThat(rules).as(entry.file()).contains("W-CROSS-SCHOOL-ID");
			}
		}
	}

	@Test
	void aLaterRunWarnsOnlyItsOwnFilesAndCheckingAgainFindsNothing() throws Exception {
		long before = count("select count(*) from finding where rule_id = 'W-CROSS-SCHOOL-ID'");
		CrossSchoolIdCheck.Result again = this.warehouse.bean(CrossSchoolIdCheck.class).check(YEAR);
		assertThat(again.checked()).isZero();
		assertThat(count("select count(*) from finding where rule_id = 'W-CROSS-SCHOOL-ID'")).isEqualTo(before);

		// The check of a later run sees only what is new: nothing here shares an ID.
		this.jdbc.update("update submission set ids_checked = false where file_name = ?", this.unrelated.file());
		CrossSchoolIdCheck.Result later = this.warehouse.bean(CrossSchoolIdCheck.class).check(YEAR);
		assertThat(later).isEqualTo(new CrossSchoolIdCheck.Result(1, 0, 0));
		assertThat(count("select count(*) from finding where rule_id = 'W-CROSS-SCHOOL-ID'")).isEqualTo(before);

		// Checked again as if new, a warned file keeps one finding per graduate, not two.
		this.jdbc.update("update submission set ids_checked = false where file_name = ?", this.copier.file());
		CrossSchoolIdCheck.Result recheck = this.warehouse.bean(CrossSchoolIdCheck.class).check(YEAR);
		assertThat(recheck)
			.extracting(CrossSchoolIdCheck.Result::checked, CrossSchoolIdCheck.Result::warned,
					CrossSchoolIdCheck.Result::graduates)
			.containsExactly(1, 1, 1);
		assertThat(recheck.warnedFiles()).singleElement()
			.satisfies((warned) -> assertThat(warned.schoolCode()).isEqualTo(this.copier.schoolCode()));
		assertThat(count("select count(*) from finding where rule_id = 'W-CROSS-SCHOOL-ID'")).isEqualTo(before);
	}

	private void ingest(String name, Path samples, Manifest.Entry... entries) throws Exception {
		Path inbox = dir.resolve("inbox-" + name);
		Files.createDirectories(inbox);
		for (Manifest.Entry entry : entries) {
			Files.copy(samples.resolve(entry.file()), inbox.resolve(entry.file()), StandardCopyOption.COPY_ATTRIBUTES);
		}
		var execution = this.warehouse.bean(IngestLauncher.class)
			.run(YEAR, inbox, dir.resolve("feedback"), null, ReviewMode.AUTO);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private String status(Manifest.Entry entry) {
		return this.jdbc.queryForObject("select status from submission where file_name = ?", String.class,
				entry.file());
	}

	/** sheet|row|column|masked value|message of the file's W-CROSS-SCHOOL-ID findings. */
	private List<String> crossSchoolFindings(Manifest.Entry entry) {
		return this.jdbc.queryForList(
				"""
						select f.sheet || '|' || f.excel_row || '|' || f.column_letter || '|' || f.value_masked || '|' || f.message
						  from finding f join submission s on s.submission_id = f.submission_id
						 where s.file_name = ? and f.rule_id = 'W-CROSS-SCHOOL-ID' order by f.seq
						""",
				String.class, entry.file());
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private static String text(Cell cell) {
		return (cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : "";
	}

}
