package io.vqr.jobs.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
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
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestParameters;
import io.vqr.report.export.IndicatorExport;
import io.vqr.report.model.ReportFormats;
import io.vqr.report.output.ReportFiles;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report job end to end on ingested sample data (two years, so changes against Y-1
 * exist): every school with current data gets its PDF and workbook, the province gets its
 * report, reports.json lists them, the numbers in a PDF are the exported indicators, and
 * no ID number reaches any output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobTest {

	static final int YEAR = 2024;

	/**
	 * 18 characters standing alone: not the digits of a longer number or of a decimal
	 * fraction.
	 */
	static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d.])\\d{17}[\\dXx](?![\\d])");

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	Path out;

	List<String> schools;

	@BeforeAll
	void ingestAndReport() throws Exception {
		this.warehouse = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("report"), "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "report-test-secret-0123456789"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		SampleCorpus.Options options = SampleCorpus.Options.defaults().withSizeScale(0.15).withDefects(false);
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
		this.schools = this.jdbc.queryForList(
				"select trim(school_code) from current_submission where year = ? order by 1", String.class, YEAR);
		this.out = dir.resolve("reports");
		Job report = this.warehouse.context().getBean("reportJob", Job.class);
		assertThat(this.warehouse.bean(JobRunner.class)
			.run(report, ReportParameters.of(YEAR, this.out, List.of(), ReportFiles.FORMATS), new JobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void everySchoolAndTheProvinceGetPdfAndWorkbookListedInTheIndex() throws IOException {
		Path yearDir = this.out.resolve(Integer.toString(YEAR));
		JsonNode index = new ObjectMapper().readTree(yearDir.resolve("reports.json").toFile());
		Map<String, JsonNode> bySchool = new HashMap<>();
		index.forEach((entry) -> bySchool.put(entry.path("kind").asText() + ":" + entry.path("schoolCode").asText(""),
				entry));
		assertThat(this.schools).hasSize(6);
		for (String school : this.schools) {
			JsonNode entry = bySchool.get("school:" + school);
			assertThat(entry).as(school).isNotNull();
			assertThat(entry.path("files")).hasSize(2);
			for (JsonNode file : entry.path("files")) {
				assertThat(yearDir.resolve(file.asText())).isNotEmptyFile();
			}
		}
		assertThat(bySchool).containsKey("province:");
		try (Stream<Path> files = Files.list(yearDir.resolve("province"))) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("广东省_2024年度职业教育质量报告.pdf", "广东省_2024年度职业教育质量报告.xlsx");
		}
		try (Stream<Path> files = Files.walk(yearDir)) {
			assertThat(files.filter((file) -> file.getFileName().toString().endsWith(".part"))).isEmpty();
		}
	}

	@Test
	void aSchoolPdfShowsTheExportedIndicatorsAndItsChangeAgainstLastYear() throws Exception {
		String school = this.schools.get(0);
		Map<String, CSVRecord> indicators = exported(school);
		String text = pdfText(schoolFile(school, "pdf"));
		String name = indicators.get("placement_rate").get("school_name");
		assertThat(text).contains(name, "2024年度职业教育质量报告", "一、学校概况", "二、学生发展", "六、面临挑战与改进");
		double placement = Double.parseDouble(indicators.get("placement_rate").get("value"));
		assertThat(text).contains(ReportFormats.percent(placement));
		assertThat(text).contains(String.format("%,d", Long.parseLong(indicators.get("students").get("value"))));
		assertThat(text).containsPattern("(个百分点|增长|下降)");
		assertThat(text).containsPattern("第 \\d+ 页 共 \\d+ 页");
	}

	@Test
	void noIdNumberInAnyPdfOrWorkbook() throws Exception {
		try (Stream<Path> files = Files.walk(this.out.resolve(Integer.toString(YEAR)))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".pdf")) {
					assertThat(ID_NUMBER.matcher(pdfText(file)).find()).as(name).isFalse();
				}
				else if (name.endsWith(".xlsx")) {
					assertThat(ID_NUMBER.matcher(workbookText(file)).find()).as(name).isFalse();
				}
			}
		}
	}

	@Test
	void reportingOneSchoolRendersOnlyItAndNoProvincialReport() throws Exception {
		Path only = dir.resolve("one");
		String school = this.schools.get(1);
		Job report = this.warehouse.context().getBean("reportJob", Job.class);
		assertThat(this.warehouse.bean(JobRunner.class)
			.run(report, ReportParameters.of(YEAR, only, List.of(school), java.util.Set.of(ReportFiles.PDF)),
					new JobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		try (Stream<Path> files = Files.walk(only)) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder(schoolFile(school, "pdf").getFileName().toString(), "reports.json");
		}
	}

	private Map<String, CSVRecord> exported(String school) throws IOException {
		Path csv = dir.resolve("export.csv");
		this.warehouse.bean(IndicatorExport.class).write(YEAR, csv);
		Map<String, CSVRecord> indicators = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				if (row.get("school_code").equals(school)) {
					indicators.put(row.get("indicator"), row);
				}
			}
		}
		return indicators;
	}

	private Path schoolFile(String school, String format) throws IOException {
		try (Stream<Path> files = Files.list(this.out.resolve(YEAR + "/schools"))) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith(school + "_")
						&& file.getFileName().toString().endsWith("." + format))
				.findFirst()
				.orElseThrow();
		}
	}

	private static String pdfText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String workbookText(Path file) throws IOException {
		Path copy = Files.copy(file, dir.resolve("read.xlsx"), StandardCopyOption.REPLACE_EXISTING);
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(copy.toFile())) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\n');
					}
				}
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
		return text.toString();
	}

}
