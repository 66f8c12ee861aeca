package io.vqr.jobs.ingest;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.review.ReviewMode;
import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;
import io.vqr.warehouse.SubmissionRegistry;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One warehouse holding 2024 (standard v1) and 2025 (standard v2): a 2025 workbook lands
 * every new field and row, a 2024 workbook is still read and loaded as v1, a 2025 file
 * made from last year's template is rejected for the sheets it lacks, and a case text
 * with a phone number is rejected without its feedback repeating the number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandardV2IngestTest {

	private static final long SEED = 25L;

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	SampleSchool v1School;

	SampleSchool v2School;

	SampleSchool v2Messy;

	@BeforeAll
	void ingestBothYears() throws Exception {
		this.warehouse = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("standardv2"), "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "standard-v2-test-secret-0123456"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		SubmissionWriter writer = new SubmissionWriter();
		this.v1School = SampleSchools.generate(SEED, 1, 2024, 0.1);
		Path inbox2024 = Files.createDirectories(dir.resolve("inbox-2024"));
		writer.write(this.v1School, Form.MESSY_XLSX, inbox2024.resolve(this.v1School.code() + "_2024.xlsx"));
		ingest(2024, inbox2024);
		this.v2School = schoolWith(2025,
				(school) -> school.v2().cases().size() >= 2
						&& school.majors().stream().anyMatch((major) -> major.apprentices() != null)
						&& school.graduates().stream().anyMatch((graduate) -> graduate.certificate() != null));
		this.v2Messy = SampleSchools.generate(SEED, 1, 2025, 0.1);
		Path inbox2025 = Files.createDirectories(dir.resolve("inbox-2025"));
		writer.write(this.v2School, Form.CLEAN_XLSX, inbox2025.resolve(this.v2School.code() + "_2025.xlsx"));
		writer.write(this.v2Messy, Form.MESSY_XLS, inbox2025.resolve(this.v2Messy.code() + "_2025.xls"));
		// last year's template filled in for 2025: no 服务贡献, 国际合作
		SampleSchool lastYears = SampleSchools.generate(SEED, 2, 2024, 0.1);
		writer.write(lastYears, Form.CLEAN_XLSX, inbox2025.resolve("旧模板_" + lastYears.code() + ".xlsx"));
		writer.write(withPhoneInACase(SampleSchools.generate(SEED, 3, 2025, 0.1)), Form.CLEAN_XLSX,
				inbox2025.resolve("含手机号_2025.xlsx"));
		ingest(2025, inbox2025);
	}

	@AfterAll
	void close() throws Exception {
		this.warehouse.close();
	}

	private static SampleSchool schoolWith(int year, java.util.function.Predicate<SampleSchool> wanted) {
		for (int index = 4; index < 200; index++) {
			SampleSchool school = SampleSchools.generate(SEED, index, year, 0.1);
			if (wanted.test(school)) {
				return school;
			}
		}
		throw new IllegalStateException("no sample school fits");
	}

	private static SampleSchool withPhoneInACase(SampleSchool school) {
		List<SampleSchool.CaseRow> cases = new ArrayList<>(school.v2().cases());
		String body = "学校与企业共建实训基地，学生在真实岗位上完成项目训练。".repeat(5) + "\n咨询电话 139 2345 6789，欢迎来校参观。";
		cases.add(0, new SampleSchool.CaseRow("产教融合", "校企共建实训基地", body));
		SampleSchool.V2 v2 = new SampleSchool.V2(school.v2().profileExtras(), school.v2().service(),
				school.v2().international(), cases.subList(0, Math.min(cases.size(), 3)));
		return new SampleSchool(school.index(), school.year(), school.profile(), school.majors(), school.graduates(),
				school.teachers(), school.partnerships(), v2);
	}

	private void ingest(int year, Path inbox) throws Exception {
		var execution = this.warehouse.bean(IngestLauncher.class)
			.run(year, inbox, dir.resolve("feedback-" + year), null, ReviewMode.AUTO);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private long current(int year, String code) {
		return this.jdbc.queryForObject(
				"select submission_id from current_submission where year = ? and school_code = ?", Long.class, year,
				code);
	}

	private Map<String, Object> row(String table, long submission) {
		return this.jdbc.queryForMap("select * from " + table + " where submission_id = ?", submission);
	}

	@Test
	void a2025WorkbookLandsEveryNewFieldAndRow() {
		for (SampleSchool school : List.of(this.v2School, this.v2Messy)) {
			long id = current(2025, school.code());
			assertThat(
					this.jdbc.queryForObject("select status from submission where submission_id = ?", String.class, id))
				.isEqualTo("ACCEPTED");
			Map<String, Object> profile = row("fact_profile", id);
			SampleSchool.FieldValues extras = school.v2().profileExtras();
			extras.values()
				.forEach((key, expected) -> assertSameValue(school.code() + " " + key, profile.get(key), expected));
			Map<String, Object> service = row("fact_service", id);
			school.v2().service().values().forEach((key, expected) -> assertSameValue(key, service.get(key), expected));
			Map<String, Object> international = row("fact_international", id);
			school.v2()
				.international()
				.values()
				.forEach((key, expected) -> assertSameValue(key, international.get(key), expected));
			List<Map<String, Object>> cases = this.jdbc.queryForList(
					"select part, title, body from fact_cases where submission_id = ? order by sheet_row", id);
			assertThat(cases).hasSize(school.v2().cases().size());
			for (int c = 0; c < cases.size(); c++) {
				SampleSchool.CaseRow expected = school.v2().cases().get(c);
				assertThat(cases.get(c)).containsEntry("part", expected.part())
					.containsEntry("title", expected.title())
					.containsEntry("body", expected.body());
				assertThat((String) cases.get(c).get("body")).contains("\n");
			}
			Integer apprentices = this.jdbc
				.queryForObject("select sum(apprentices) from fact_majors where submission_id = ?", Integer.class, id);
			Integer expectedApprentices = school.majors()
				.stream()
				.filter((major) -> major.apprentices() != null)
				.mapToInt(SampleSchool.MajorRow::apprentices)
				.reduce(Integer::sum)
				.stream()
				.boxed()
				.findFirst()
				.orElse(null);
			assertThat(apprentices).isEqualTo(expectedApprentices);
			assertThat(this.jdbc.queryForObject(
					"select count(*) filter (where certificate) from fact_graduates where submission_id = ?",
					Integer.class, id))
				.isEqualTo(
						(int) school.graduates().stream().filter((g) -> Boolean.TRUE.equals(g.certificate())).count());
			Map<String, Long> loaded = SubmissionRegistry.rowCounts(this.jdbc
				.queryForObject("select rows_loaded::text from submission where submission_id = ?", String.class, id));
			assertThat(loaded).containsEntry("服务贡献", 1L).containsEntry("国际合作", 1L).containsEntry("基本信息", 1L);
		}
		assertThat(this.v2School.v2().cases()).hasSizeGreaterThanOrEqualTo(2);
	}

	private static void assertSameValue(String what, Object stored, Object expected) {
		if (expected == null) {
			assertThat(stored).as(what).isNull();
		}
		else if (expected instanceof BigDecimal decimal) {
			assertThat((BigDecimal) stored).as(what).isEqualByComparingTo(decimal);
		}
		else {
			assertThat(((Number) stored).longValue()).as(what).isEqualTo(((Number) expected).longValue());
		}
	}

	@Test
	void a2024WorkbookIsStillReadAndLoadedAsV1() {
		long id = current(2024, this.v1School.code());
		assertThat(this.jdbc.queryForObject("select status from submission where submission_id = ?", String.class, id))
			.isEqualTo("ACCEPTED");
		Map<String, Object> profile = row("fact_profile", id);
		assertThat(((Number) profile.get("books")).intValue()).isEqualTo(this.v1School.profile().books());
		for (String v2Column : List.of("building_area", "bandwidth", "courses", "staff_quota", "alumni_survey_n")) {
			assertThat(profile.get(v2Column)).as(v2Column).isNull();
		}
		for (String table : List.of("fact_service", "fact_international", "fact_cases")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where submission_id = ?",
					Integer.class, id))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from fact_graduates where submission_id = ? and certificate is not null",
				Integer.class, id))
			.isZero();
		Map<String, Long> read = SubmissionRegistry.rowCounts(this.jdbc
			.queryForObject("select rows_read::text from submission where submission_id = ?", String.class, id));
		assertThat(read.keySet())
			.containsExactlyElementsOf(SubmissionStandard.v1()
				.sheets()
				.stream()
				.filter((sheet) -> read.containsKey(sheet.name()))
				.map(io.vqr.standard.SheetDef::name)
				.toList())
			.doesNotContain("服务贡献", "国际合作", "典型案例");
		assertThat(this.jdbc.queryForObject("select count(*) from finding where submission_id = ?", Integer.class, id))
			.as("the messy 2024 file has only notes")
			.isEqualTo(this.jdbc.queryForObject(
					"select count(*) from finding where submission_id = ? and severity = 'INFO'", Integer.class, id));
	}

	@Test
	void a2025FileFromLastYearsTemplateIsRejectedForTheSheetsItLacks() {
		long id = this.jdbc.queryForObject(
				"select submission_id from submission where year = 2025 and file_name like '旧模板%'", Long.class);
		assertThat(this.jdbc.queryForObject("select status from submission where submission_id = ?", String.class, id))
			.isEqualTo("REJECTED");
		List<Map<String, Object>> missing = this.jdbc.queryForList(
				"select sheet, message from finding where submission_id = ? and rule_id = 'F-SHEET-MISSING' order by sheet",
				id);
		assertThat(missing).extracting((finding) -> finding.get("sheet")).containsExactlyInAnyOrder("服务贡献", "国际合作");
		assertThat(missing).extracting((finding) -> (String) finding.get("message"))
			.allMatch((message) -> message.contains("自 2025 年度起（采集标准 v2）须填写此工作表"));
		for (String table : List.of("fact_profile", "fact_majors", "fact_graduates")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where submission_id = ?",
					Integer.class, id))
				.isZero();
		}
	}

	@Test
	void aPhoneNumberInACaseIsRejectedAndNeverRepeated() throws Exception {
		long id = this.jdbc.queryForObject(
				"select submission_id from submission where year = 2025 and file_name = '含手机号_2025.xlsx'", Long.class);
		assertThat(this.jdbc.queryForObject("select status from submission where submission_id = ?", String.class, id))
			.isEqualTo("REJECTED");
		List<Map<String, Object>> findings = this.jdbc
			.queryForList("select rule_id, sheet, value_masked, message from finding where submission_id = ?", id);
		assertThat(findings).extracting((finding) -> finding.get("rule_id")).containsExactly("R-CASE-PII");
		assertThat(findings.get(0).get("sheet")).isEqualTo("典型案例");
		assertThat(findings.toString()).doesNotContain("2345 6789").doesNotContain("23456789").contains("139****6789");
		Path feedback;
		try (var files = Files.list(dir.resolve("feedback-2025"))) {
			feedback = files.filter((file) -> file.getFileName().toString().startsWith("含手机号"))
				.findFirst()
				.orElseThrow();
		}
		StringBuilder text = new StringBuilder();
		try (Workbook workbook = WorkbookFactory.create(feedback.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\n');
					}
				}
			}
		}
		assertThat(text).contains("R-CASE-PII").contains("139****6789").doesNotContain("2345 6789");
	}

}
