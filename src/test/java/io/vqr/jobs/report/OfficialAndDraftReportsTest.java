package io.vqr.jobs.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.review.ReviewMode;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.cli.CommandLines;
import io.vqr.indicators.DataView;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestParameters;
import io.vqr.ops.delivery.RenderedReports;
import io.vqr.report.export.ExportFormat;
import io.vqr.report.export.IndicatorExport;
import io.vqr.report.output.ReportFiles;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;
import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What counts as official (review-workflow.md), end to end on workbooks ingested by the
 * real ingest job: two years of six schools, 2023 all approved, 2024 three approved and
 * three still in review (states set with SQL, as the review commands will). Official
 * reports and exports hold exactly the approved school-years; drafts hold every file
 * under review, go to their own folder, say 草稿 on every page and sheet and are never
 * delivered; a year with files but no approval gets the provincial status only; a year
 * without files is refused with exit 2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialAndDraftReportsTest {

	static final int YEAR = 2024;

	static final String MARK = "草稿：数据尚未审核";

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	String url;

	Path out;

	List<String> approved;

	List<String> inReview;

	@BeforeAll
	void ingestReviewAndReport() throws Exception {
		this.url = TestDatabase.newDatabase("official");
		this.warehouse = Warehouse.open(DatabaseOptions.external(this.url, "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "official-test-secret-0123456789"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		SampleCorpus.Options options = SampleCorpus.Options.defaults().withSizeScale(0.12).withDefects(false);
		for (int year : new int[] { YEAR - 1, YEAR }) {
			Path inbox = dir.resolve("inbox-" + year);
			new SampleCorpus().generate(inbox, 6, year, 21, options);
			Files.delete(inbox.resolve(SampleCorpus.MANIFEST));
			Job ingest = this.warehouse.context().getBean("ingestJob", Job.class);
			assertThat(this.warehouse.bean(JobRunner.class)
				.run(ingest, IngestParameters.identifying(year, inbox),
						IngestParameters.other(dir.resolve("feedback"), null, ReviewMode.AUTO))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		// Every file passed: it is under review; 2023's and half of 2024's are approved.
		this.jdbc.update("""
				insert into school_year (year, school_code, state, review_submission_id)
				select year, school_code, 'APPROVED', submission_id from current_submission
				on conflict (year, school_code) do nothing
				""");
		List<String> all = this.jdbc.queryForList(
				"select trim(school_code) from current_submission where year = ? order by 1", String.class, YEAR);
		assertThat(all).hasSize(6);
		this.approved = all.subList(0, 3);
		this.inReview = all.subList(3, 6);
		String[] states = { "TO_EXPLAIN", "CERTIFIED", "RETURNED" };
		for (int i = 0; i < 3; i++) {
			this.jdbc.update("update school_year set state = ? where year = ? and school_code = ?", states[i], YEAR,
					this.inReview.get(i));
			this.jdbc.update("delete from current_submission where year = ? and school_code = ?", YEAR,
					this.inReview.get(i));
		}
		this.out = dir.resolve("reports");
		report(YEAR, DataView.OFFICIAL);
		report(YEAR, DataView.DRAFT);
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void officialReportsHoldExactlyTheApprovedSchoolYears() throws IOException {
		Path yearDir = this.out.resolve(Integer.toString(YEAR));
		JsonNode index = new ObjectMapper().readTree(yearDir.resolve("reports.json").toFile());
		Set<String> schools = new TreeSet<>();
		index.forEach((entry) -> {
			assertThat(entry.path("draft").asBoolean()).isFalse();
			if (entry.path("kind").asText().equals("school")) {
				schools.add(entry.path("schoolCode").asText());
			}
		});
		assertThat(schools).containsExactlyElementsOf(this.approved);
		try (Stream<Path> files = Files.list(yearDir.resolve("schools"))) {
			assertThat(files.map((file) -> file.getFileName().toString().substring(0, 10)).distinct().sorted())
				.containsExactlyElementsOf(this.approved);
		}
		String province = pdfText(only(yearDir.resolve("province"), ".pdf"));
		assertThat(province).contains("纳入统计学校", "3所", "三、全省及各地市、各类型学校指标")
			// 2023 had six schools, 2024 has three official ones: Y-1 rests on those
			// three
			.contains("上年数据及变化按两年均有数据的3所学校计算。", "同口径", "全部学校")
			.contains("月收入统计不含被“月收入异常”（W-INCOME-RANGE）标记且学校未作说明的数值")
			.doesNotContain(MARK);
		// a school without an official file is in the status section, never in the
		// figures
		String figures = province.substring(province.lastIndexOf("三、全省及各地市、各类型学校指标"));
		for (String school : this.inReview) {
			assertThat(figures).doesNotContain(school);
		}
		assertThat(figures).contains(this.approved.get(0));
	}

	@Test
	void officialExportsHoldExactlyTheApprovedSchoolYears() throws IOException {
		Path csv = dir.resolve("official.csv");
		this.warehouse.bean(IndicatorExport.class).write(YEAR, csv);
		assertThat(csv(csv).stream().map((r) -> r.get("school_code")).distinct().sorted())
			.containsExactlyElementsOf(this.approved);
		assertThat(csv(csv).get(0).isMapped(IndicatorExport.REVIEW_STATE)).isFalse();
		Path xlsx = dir.resolve("official.xlsx");
		this.warehouse.bean(IndicatorExport.class).write(YEAR, xlsx, DataView.OFFICIAL, ExportFormat.XLSX);
		Set<String> codes = new TreeSet<>();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
		}
		assertThat(codes).containsExactlyElementsOf(this.approved);
	}

	@Test
	void draftExportHoldsEveryFileUnderReviewWithItsState() throws IOException {
		Path csv = dir.resolve("draft.csv");
		this.warehouse.bean(IndicatorExport.class).write(YEAR, csv, DataView.DRAFT, ExportFormat.CSV);
		Map<String, String> states = new java.util.TreeMap<>();
		for (CSVRecord record : csv(csv)) {
			states.put(record.get("school_code"), record.get(IndicatorExport.REVIEW_STATE));
		}
		assertThat(states).containsOnlyKeys(concat(this.approved, this.inReview))
			.containsEntry(this.approved.get(0), "APPROVED")
			.containsEntry(this.inReview.get(0), "TO_EXPLAIN")
			.containsEntry(this.inReview.get(1), "CERTIFIED")
			.containsEntry(this.inReview.get(2), "RETURNED");
	}

	@Test
	void draftsGoToTheirOwnFolderAndSayDraftOnEveryPageAndSheet() throws IOException {
		Path draftDir = this.out.resolve(YEAR + "/draft");
		JsonNode index = new ObjectMapper().readTree(draftDir.resolve("reports.json").toFile());
		Set<String> schools = new TreeSet<>();
		index.forEach((entry) -> {
			assertThat(entry.path("draft").asBoolean()).isTrue();
			if (entry.path("kind").asText().equals("school")) {
				schools.add(entry.path("schoolCode").asText());
			}
		});
		assertThat(schools).containsExactlyElementsOf(concat(this.approved, this.inReview));
		List<Path> files;
		try (Stream<Path> walk = Files.walk(draftDir)) {
			files = walk.filter((file) -> file.toString().endsWith(".pdf") || file.toString().endsWith(".xlsx"))
				.toList();
		}
		assertThat(files.stream().filter((file) -> !file.getParent().getFileName().toString().equals("city")))
			.hasSize(2 * 7);
		// the city reports of the cities with 中职 schools, drafts too
		assertThat(files).anyMatch((file) -> file.getParent().getFileName().toString().equals("city"));
		assertThat(index).anyMatch((entry) -> entry.path("kind").asText().equals("city"));
		for (Path file : files) {
			assertThat(file.getFileName().toString()).contains("（草稿）");
			if (file.toString().endsWith(".pdf")) {
				try (PDDocument document = Loader.loadPDF(file.toFile())) {
					assertThat(document.getNumberOfPages()).isGreaterThan(1);
					PDFTextStripper stripper = new PDFTextStripper();
					for (int page = 1; page <= document.getNumberOfPages(); page++) {
						stripper.setStartPage(page);
						stripper.setEndPage(page);
						assertThat(stripper.getText(document)).as(file.getFileName() + " page " + page).contains(MARK);
					}
				}
			}
			else {
				try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
					assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
					for (Sheet sheet : workbook) {
						assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
							.as(file.getFileName() + " sheet " + sheet.getSheetName())
							.startsWith("【" + MARK + "】");
						assertThat(sheet.getHeader().getCenter()).isEqualTo(MARK);
					}
				}
			}
		}
		// a school in review has its draft, from its file under review
		String inReview = this.inReview.get(0);
		try (Stream<Path> list = Files.list(draftDir.resolve("schools"))) {
			assertThat(list.map((file) -> file.getFileName().toString())).anyMatch((name) -> name.startsWith(inReview));
		}
	}

	@Test
	void deliveryNeverSeesADraft() throws IOException {
		Path yearDir = this.out.resolve(Integer.toString(YEAR));
		RenderedReports official = RenderedReports.read(this.out, YEAR);
		assertThat(official.entries()).isNotEmpty().noneMatch(RenderedReports.Entry::draft);
		assertThat(official.entries().stream().flatMap((entry) -> entry.files().stream()))
			.noneMatch((file) -> file.startsWith("draft"));
		// An index that names drafts (edited by hand, or a draft index copied over the
		// official one) delivers none of them.
		Path forged = dir.resolve("forged");
		Path forgedYear = Files.createDirectories(forged.resolve(Integer.toString(YEAR)));
		String draftIndex = Files.readString(yearDir.resolve("draft/reports.json"))
			.replace("\"draft\" : true", "\"draft\" : false")
			.replace("\"schools/", "\"draft/schools/")
			.replace("\"province/", "\"draft/province/")
			.replace("\"city/", "\"draft/city/");
		Files.writeString(forgedYear.resolve("reports.json"), draftIndex);
		RenderedReports read = RenderedReports.read(forged, YEAR);
		assertThat(read.entries()).isEmpty();
		assertThatThrownBy(() -> read.resolve("draft/province/x.pdf"))
			.hasMessageContaining("drafts are never delivered");
	}

	@Test
	void aYearWithFilesButNothingApprovedGetsTheProvincialStatusOnly() throws Exception {
		int year = YEAR + 1;
		long submission = this.jdbc.queryForObject(
				"""
						insert into submission (year, school_code, school_name, file_name, sha256, size_bytes, version, status,
						                        processed_at)
						select ?, school_code, school_name, 'next.xlsx', repeat('a', 64), 1000, 1, 'ACCEPTED_WITH_WARNINGS', now()
						  from submission where year = ? and school_code = ? limit 1
						returning submission_id
						""",
				Long.class, year, YEAR, this.approved.get(0));
		this.jdbc.update("insert into school_year (year, school_code, state, review_submission_id) "
				+ "values (?, ?, 'TO_EXPLAIN', ?)", year, this.approved.get(0), submission);
		Path statusOut = dir.resolve("status-only");
		report(year, DataView.OFFICIAL, statusOut);
		Path yearDir = statusOut.resolve(Integer.toString(year));
		assertThat(yearDir.resolve("schools")).doesNotExist();
		Path pdf = only(yearDir.resolve("province"), ".pdf");
		assertThat(pdf.getFileName().toString()).isEqualTo("广东省_" + year + "年度职业教育质量报告.pdf");
		String text = pdfText(pdf);
		assertThat(text).contains("广东省", year + "年度尚无学校的数据通过审核", "一、数据报送情况")
			.doesNotContain("一、总体概况", "三、全省及各地市、各类型学校指标", "学校排名");
		Path xlsx = only(yearDir.resolve("province"), ".xlsx");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			// the 目录 and the status sheets only
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + 3);
		}
	}

	@Test
	void aYearWithoutAnyFileIsRefusedWithExitTwoNamingTheYearsWithData() {
		StringWriter err = new StringWriter();
		CommandLine cli = CommandLines.create();
		cli.setOut(new PrintWriter(new StringWriter(), true));
		cli.setErr(new PrintWriter(err, true));
		String[] database = { "--db-url", this.url, "--db-user", "postgres", "--data-dir",
				dir.resolve("data").toString() };
		assertThat(cli.execute(args(database, "report", "--year", "2030", "--out", dir.resolve("none").toString())))
			.isEqualTo(CommandLines.USAGE);
		assertThat(err.toString()).contains("2030年度没有任何学校报送的文件", "2023年、2024年");
		assertThat(dir.resolve("none")).doesNotExist();
		assertThat(cli.execute(args(database, "export", "--year", "2030", "--out", dir.resolve("none.csv").toString())))
			.isEqualTo(CommandLines.USAGE);
		assertThat(dir.resolve("none.csv")).doesNotExist();
	}

	@Test
	void askingForTheOfficialReportOfASchoolInReviewSaysThereIsNone() throws IOException {
		StringWriter err = new StringWriter();
		CommandLine cli = CommandLines.create();
		cli.setOut(new PrintWriter(new StringWriter(), true));
		cli.setErr(new PrintWriter(err, true));
		String[] database = { "--db-url", this.url, "--db-user", "postgres", "--data-dir",
				dir.resolve("data").toString() };
		String school = this.inReview.get(0);
		Path one = dir.resolve("one-in-review");
		assertThat(cli.execute(args(database, "report", "--year", Integer.toString(YEAR), "--out", one.toString(),
				"--school", school, "--format", "pdf")))
			.isZero();
		assertThat(err.toString()).contains("以下学校2024年度没有已审核的数据，不生成正式报告（可加 --draft 生成草稿）：" + school);
		try (Stream<Path> files = Files.walk(one)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".pdf"))).isEmpty();
		}
	}

	private void report(int year, DataView view) throws Exception {
		report(year, view, this.out);
	}

	private void report(int year, DataView view, Path to) throws Exception {
		Job report = this.warehouse.context().getBean("reportJob", Job.class);
		assertThat(this.warehouse.bean(JobRunner.class)
			.run(report, ReportParameters.of(year, to, List.of(), ReportFiles.FORMATS, view), new JobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private static Path only(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> found = files.filter((file) -> file.getFileName().toString().endsWith(suffix)).toList();
			assertThat(found).hasSize(1);
			return found.get(0);
		}
	}

	private static String[] args(String[] database, String... command) {
		return Stream.concat(Stream.of(command), Stream.of(database)).toArray(String[]::new);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).sorted().toList();
	}

	private static String pdfText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.skip(1);
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
