package io.vqr.jobs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.indicators.DataView;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.jobs.JobRunner;
import io.vqr.jobs.ingest.IngestParameters;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.ReportCity;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.output.ReportFiles;
import io.vqr.review.ReviewMode;
import io.vqr.sample.SampleCorpus;
import io.vqr.test.TestDatabase;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The city reports (中职地市级年报) end to end on ingested sample data of two years: every city
 * with a 中职 school (one only on the roster: its status alone) gets its PDF and workbook,
 * no other city does, the pooled values are those computed by hand from the facts, the
 * PDF names the city's schools and no ID number reaches any file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityReportJobTest {

	static final int YEAR = 2024;

	static final String SECONDARY = "中等职业学校";

	/** A city no sample school is in, with one 中职 school on the roster only. */
	static final String ROSTER_ONLY_CITY = "4453";

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	Path out;

	@BeforeAll
	void ingestAndReport() throws Exception {
		this.warehouse = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("cityreport"), "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "city-report-test-secret-0123456789"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		SampleCorpus.Options options = SampleCorpus.Options.defaults().withSizeScale(0.12).withDefects(false);
		for (int year : new int[] { YEAR - 1, YEAR }) {
			Path inbox = dir.resolve("inbox-" + year);
			new SampleCorpus().generate(inbox, 14, year, 7, options);
			Files.delete(inbox.resolve(SampleCorpus.MANIFEST));
			Job ingest = this.warehouse.context().getBean("ingestJob", Job.class);
			assertThat(this.warehouse.bean(JobRunner.class)
				.run(ingest, IngestParameters.identifying(year, inbox),
						IngestParameters.other(dir.resolve("feedback"), null, ReviewMode.AUTO))
				.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
		this.jdbc.update("insert into school_roster (year, school_code, school_name, school_type, region_code)"
				+ " values (?, '4144539999', '云浮名册中等职业学校', ?, '445302')", YEAR, SECONDARY);
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
	void everyCityWithSecondarySchoolsGetsBothFilesAndNoOtherCityDoes() throws IOException {
		Set<String> withSecondary = cities(true);
		withSecondary.add(ROSTER_ONLY_CITY);
		Set<String> others = cities(false);
		others.removeAll(withSecondary);
		assertThat(withSecondary).hasSizeGreaterThan(2);
		assertThat(others).as("cities whose schools are all of other types").isNotEmpty();

		Path cityDir = this.out.resolve(YEAR + "/city");
		Set<String> pdfs = new TreeSet<>();
		Set<String> workbooks = new TreeSet<>();
		try (Stream<Path> files = Files.list(cityDir)) {
			files.map((file) -> file.getFileName().toString()).forEach((name) -> {
				assertThat(name).matches("\\d{4}_\\S+市_" + YEAR + "年度中等职业教育质量报告\\.(pdf|xlsx)");
				(name.endsWith(".pdf") ? pdfs : workbooks).add(name.substring(0, 4));
			});
		}
		assertThat(pdfs).isEqualTo(withSecondary);
		assertThat(workbooks).isEqualTo(withSecondary);

		JsonNode index = new ObjectMapper().readTree(this.out.resolve(YEAR + "/reports.json").toFile());
		Set<String> indexed = new TreeSet<>();
		for (JsonNode entry : index) {
			if (entry.path("kind").asText().equals("city")) {
				indexed.add(entry.path("cityCode").asText());
				assertThat(entry.path("files")).hasSize(2);
				assertThat(entry.path("schoolType").asText()).isEqualTo(SECONDARY);
				for (JsonNode file : entry.path("files")) {
					assertThat(this.out.resolve(YEAR + "/" + file.asText())).isRegularFile();
				}
			}
		}
		assertThat(indexed).isEqualTo(withSecondary);
	}

	@Test
	void pooledValuesAreThoseComputedFromTheFacts() throws IOException {
		String city = this.jdbc.queryForObject("""
				select left(p.region_code, 4) from current_submission cs
				  join fact_profile p on p.submission_id = cs.submission_id
				 where cs.year = ? and p.school_type = ?
				 group by 1 order by count(*) desc, 1 limit 1
				""", String.class, YEAR, SECONDARY);
		String secondaryOfCity = """
				select cs.submission_id from current_submission cs
				  join fact_profile p on p.submission_id = cs.submission_id
				 where cs.year = %d and p.school_type = '%s' and left(p.region_code, 4) = '%s'
				""".formatted(YEAR, SECONDARY, city);
		long students = this.jdbc.queryForObject(
				"select sum(enrolled) from fact_majors where submission_id in (" + secondaryOfCity + ")", Long.class);
		Map<String, Object> graduates = this.jdbc.queryForMap(
				"""
						select count(*) as graduates,
						       count(*) filter (where destination between '10' and '14' or destination in ('20', '21')) as placed
						  from fact_graduates where submission_id in (%s)
						"""
					.formatted(secondaryOfCity));
		Map<String, Object> teachers = this.jdbc.queryForMap("""
				select count(*) filter (where category = '专任教师' and specialty_course) as specialty,
				       count(*) filter (where category = '专任教师' and specialty_course and dual_qualified) as dual
				  from fact_teachers where submission_id in (%s)
				""".formatted(secondaryOfCity));
		double equipment = this.jdbc
			.queryForObject("select sum(equipment_value) * 10000 from fact_profile where submission_id in ("
					+ secondaryOfCity + ")", Double.class);
		int schools = this.jdbc.queryForObject("select count(*) from (" + secondaryOfCity + ") s", Integer.class);
		// the province's 中职 students, for the share the report prints
		long provinceStudents = this.jdbc.queryForObject("""
				select sum(m.enrolled) from current_submission cs
				  join fact_profile p on p.submission_id = cs.submission_id
				  join fact_majors m on m.submission_id = cs.submission_id
				 where cs.year = ? and p.school_type = ?
				""", Long.class, YEAR, SECONDARY);

		ReportModelBuilder models = this.warehouse.bean(ReportModelBuilder.class);
		ReportCity key = models.cities(YEAR, DataView.OFFICIAL)
			.stream()
			.filter((c) -> c.prefix().equals(city))
			.findFirst()
			.orElseThrow();
		CityReport report = models.city(YEAR, key, DataView.OFFICIAL);
		assertThat(report.city().schools()).isEqualTo(schools).isGreaterThan(1);
		assertThat(report.schools()).hasSize(schools);
		assertThat(value(report, Indicator.STUDENTS)).isEqualTo(students);
		assertThat(value(report, Indicator.GRADUATES)).isEqualTo(((Number) graduates.get("graduates")).doubleValue());
		double placement = ((Number) graduates.get("placed")).doubleValue()
				/ ((Number) graduates.get("graduates")).doubleValue();
		assertThat(value(report, Indicator.PLACEMENT_RATE)).isCloseTo(placement, within(1e-9));
		double dual = ((Number) teachers.get("dual")).doubleValue()
				/ ((Number) teachers.get("specialty")).doubleValue();
		assertThat(value(report, Indicator.DUAL_QUALIFIED_RATE)).isCloseTo(dual, within(1e-9));
		assertThat(value(report, Indicator.EQUIPMENT_PER_STUDENT)).isCloseTo(equipment / students, within(1e-6));
		// pooled, not the mean of the schools' rates
		double meanOfRates = report.schools()
			.stream()
			.mapToDouble((s) -> s.allValues().get(Indicator.PLACEMENT_RATE.ordinal()).value())
			.average()
			.orElseThrow();
		assertThat(Math.abs(meanOfRates - placement)).as("the sample should tell pooling from averaging")
			.isGreaterThan(1e-6);
		assertThat(report.province().indicator(Indicator.STUDENTS).current().value()).isEqualTo(provinceStudents);

		String text = pdfText(pdf(city));
		assertThat(text).contains(String.format("%,d", students))
			.contains(percent(placement))
			.contains(percent(dual))
			.contains("占全省" + percent((double) students / provinceStudents));
	}

	@Test
	void thePdfNamesTheCitysSchoolsAndNoIdNumberReachesAnyFile() throws Exception {
		List<Map<String, Object>> secondary = this.jdbc.queryForList("""
				select left(p.region_code, 4) as city, p.school_code, p.school_name from current_submission cs
				  join fact_profile p on p.submission_id = cs.submission_id
				 where cs.year = ? and p.school_type = ?
				""", YEAR, SECONDARY);
		Map<String, List<String>> byCity = secondary.stream()
			.collect(Collectors.groupingBy((row) -> (String) row.get("city"),
					Collectors.mapping((row) -> (String) row.get("school_name"), Collectors.toList())));
		List<String> others = this.jdbc.queryForList("""
				select p.school_name from current_submission cs
				  join fact_profile p on p.submission_id = cs.submission_id
				 where cs.year = ? and p.school_type <> ?
				""", String.class, YEAR, SECONDARY);
		for (Map.Entry<String, List<String>> city : byCity.entrySet()) {
			String text = pdfText(pdf(city.getKey())).replaceAll("\\s+", "");
			for (String school : city.getValue()) {
				assertThat(text).as(city.getKey()).contains(school);
			}
			assertThat(text).contains("一、总体概况", "二、数据报送与审核情况", "三、主要指标与全省比较", "四、各校主要指标", "五、预警名单");
			for (String other : others) {
				assertThat(text).as("a school of another type in " + city.getKey()).doesNotContain(other);
			}
		}
		try (Stream<Path> files = Files.list(this.out.resolve(YEAR + "/city"))) {
			for (Path file : files.toList()) {
				String content = file.toString().endsWith(".pdf") ? pdfText(file) : workbookText(file);
				assertThat(ReportJobTest.ID_NUMBER.matcher(content).find()).as(file.getFileName().toString()).isFalse();
			}
		}
	}

	@Test
	void aCityWhoseSchoolsHaveNoApprovedFigureGetsItsStatusAlone() throws Exception {
		String text = pdfText(pdf(ROSTER_ONLY_CITY)).replaceAll("\\s+", "");
		assertThat(text).contains("云浮市", "云浮名册中等职业学校", "未报送", "尚无通过审核的数据").doesNotContain("三、主要指标与全省比较", "预警名单");
		Path workbook = pdf(ROSTER_ONLY_CITY)
			.resolveSibling(pdf(ROSTER_ONLY_CITY).getFileName().toString().replace(".pdf", ".xlsx"));
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			assertThat(book.getSheet("主要指标与全省比较")).isNull();
			assertThat(book.getSheet("报送与审核情况")).isNotNull();
		}
	}

	@Test
	void theWorkbookHasEveryIndicatorOfTheYearForEverySchool() throws Exception {
		String city = this.jdbc.queryForObject("""
				select left(p.region_code, 4) from current_submission cs
				  join fact_profile p on p.submission_id = cs.submission_id
				 where cs.year = ? and p.school_type = ? order by 1 limit 1
				""", String.class, YEAR, SECONDARY);
		Path pdf = pdf(city);
		Path workbook = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".xlsx"));
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			Sheet schools = book.getSheet("各校指标");
			StringBuilder sheet = new StringBuilder();
			for (Row row : schools) {
				for (Cell cell : row) {
					sheet.append(cell.toString()).append('|');
				}
			}
			for (Indicator indicator : Indicator.values()) {
				if (IndicatorCatalog.inYear(indicator, YEAR)) {
					assertThat(sheet.toString()).contains(indicator.title());
				}
				else {
					// a v2 indicator in a year read with v1: no empty column for it
					assertThat(sheet.toString()).doesNotContain(indicator.title());
				}
			}
			Sheet indicators = book.getSheet("主要指标与全省比较");
			assertThat(workbookText(workbook)).contains("全省中职", "与全省比较");
			// a year read with v1 has no v2 indicator to compare (absent, not a row of
			// dashes)
			assertThat(indicators.getLastRowNum()).isGreaterThanOrEqualTo(IndicatorCatalog.forYear(YEAR).size());
		}
	}

	/** City prefixes of the year's schools, of 中职 or of every other type. */
	private Set<String> cities(boolean secondary) {
		return new TreeSet<>(this.jdbc.queryForList("""
				select distinct left(p.region_code, 4) from submission s
				  join fact_profile p on p.submission_id = s.submission_id
				 where s.year = ? and (p.school_type = ?) = ?
				""", String.class, YEAR, SECONDARY, secondary));
	}

	private static double value(CityReport report, Indicator indicator) {
		return report.city().indicator(indicator).current().value();
	}

	private static String percent(double fraction) {
		return new java.math.BigDecimal(fraction * 100).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
	}

	private Path pdf(String city) throws IOException {
		try (Stream<Path> files = Files.list(this.out.resolve(YEAR + "/city"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith(city + "_"))
				.filter((file) -> file.toString().endsWith(".pdf"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no city report of " + city));
		}
	}

	private static String pdfText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String workbookText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\t');
					}
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

}
