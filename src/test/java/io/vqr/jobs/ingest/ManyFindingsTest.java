package io.vqr.jobs.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.findings.FindingCollector;
import io.vqr.review.ReviewMode;
import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;
import io.vqr.validation.SubmissionValidator;
import io.vqr.validation.TypedRowSink;
import io.vqr.workbook.WorkbookFiles;
import io.vqr.workbook.WorkbookReader;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 20, case 6: a file's findings go to the database as they are found, every one of
 * them, while the ingest holds no more than the first thousand of each rule (for the
 * feedback workbook) and one batch; the feedback lists a thousand per rule and counts the
 * rest. Before, every finding was held until the file was done: two files with 1.2
 * million findings each ran a 512 MB heap out of memory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyFindingsTest {

	static final int YEAR = 2024;

	@TempDir
	static Path dir;

	Warehouse warehouse;

	JdbcTemplate jdbc;

	@BeforeAll
	void open() throws IOException {
		String url = TestDatabase.newDatabase("manyfindings");
		this.warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "many-findings-test-secret-012345", "vqr.workers", 1));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
	}

	@AfterAll
	void close() throws IOException {
		this.warehouse.close();
	}

	@Test
	void everyFindingIsStoredWhileOnlyAThousandPerRuleAndABatchAreHeld() throws Exception {
		SampleSchool school = SampleSchools.generate(21, 0, YEAR, 0.1);
		byte[] clean = new SubmissionWriter().toBytes(school, Form.CLEAN_XLSX);
		// Every graduate 400 times over: each copy repeats a 学号 and an ID number.
		byte[] repeated = repeatRows(clean, SubmissionStandard.v1().sheet(SubmissionStandard.GRADUATES).name(), 400);
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		String name = school.code() + "_" + YEAR + ".xlsx";
		Files.write(inbox.resolve(name), repeated);

		// What the file holds, counted by validating it with every finding in memory.
		Map<String, Integer> expected = new HashMap<>();
		FindingCollector all = FindingCollector.keepingAll();
		try (WorkbookReader reader = WorkbookFiles.open(inbox.resolve(name),
				this.warehouse.bean(io.vqr.workbook.ReadLimits.class))) {
			this.warehouse.bean(SubmissionValidator.class).validate(reader, name, YEAR, TypedRowSink.DISCARD, all);
		}
		all.countsByRule().forEach((rule, count) -> expected.put(rule.id(), count));
		int total = all.total();
		assertThat(total).as("findings in the file").isGreaterThan(50_000);
		List<Rule> manyOf = all.countsByRule()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > FeedbackWorkbookWriter.LISTED_PER_RULE)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(manyOf).isNotEmpty();

		assertTimeoutPreemptively(Duration.ofMinutes(5), () -> this.warehouse.bean(IngestLauncher.class)
			.run(YEAR, inbox, dir.resolve("feedback"), null, ReviewMode.AUTO));
		long id = this.jdbc.queryForObject("select submission_id from submission where file_name = ?", Long.class,
				name);

		// All stored, rule by rule, numbered without a gap.
		Map<String, Integer> stored = new HashMap<>();
		this.jdbc.query("select rule_id, count(*) from finding where submission_id = ? group by rule_id", (row) -> {
			stored.put(row.getString(1), row.getInt(2));
		}, id);
		assertThat(stored).isEqualTo(expected);
		assertThat(this.jdbc.queryForObject("select max(seq) from finding where submission_id = ?", Integer.class, id))
			.isEqualTo(total);
		assertThat(this.jdbc.queryForObject(
				"select error_count + warning_count + info_count from submission " + "where submission_id = ?",
				Integer.class, id))
			.isEqualTo(total);

		// Held: never more than the first thousand of each rule found and one batch.
		ProcessedSubmission file = this.warehouse.bean(SubmissionProcessor.class)
			.process(reclaim(id), dir.resolve("feedback"), ReviewMode.AUTO);
		assertThat(file.mostFindingsHeld()).as("findings held at once, of " + total)
			.isPositive()
			.isLessThanOrEqualTo(FeedbackWorkbookWriter.LISTED_PER_RULE * expected.size() + 5_000)
			.isLessThan(total / 5);
		assertThat(this.jdbc.queryForObject("select count(*) from finding where submission_id = ?", Integer.class, id))
			.as("processed again: the same findings, once")
			.isEqualTo(total);

		// The feedback lists a thousand of each rule, and counts the rest in one row.
		Map<String, Integer> listed = new HashMap<>();
		Map<String, String> remainders = new HashMap<>();
		try (InputStream in = Files.newInputStream(file.feedbackFile());
				ReadableWorkbook feedback = new ReadableWorkbook(in)) {
			Sheet result = feedback.findSheet(FeedbackWorkbookWriter.RESULT_SHEET).orElseThrow();
			boolean inTable = false;
			for (Row row : (Iterable<Row>) result.openStream()::iterator) {
				String first = text(row, 0);
				String rule = text(row, 2);
				if (!inTable) {
					inTable = "序号".equals(first);
					continue;
				}
				if (first.isEmpty()) {
					remainders.put(rule, text(row, 9));
				}
				else {
					listed.merge(rule, 1, Integer::sum);
				}
			}
		}
		for (Map.Entry<String, Integer> rule : expected.entrySet()) {
			int count = rule.getValue();
			assertThat(listed.get(rule.getKey())).as(rule.getKey())
				.isEqualTo(Math.min(count, FeedbackWorkbookWriter.LISTED_PER_RULE));
			if (count > FeedbackWorkbookWriter.LISTED_PER_RULE) {
				assertThat(remainders.get(rule.getKey())).as(rule.getKey())
					.startsWith("同一规则另有 " + (count - FeedbackWorkbookWriter.LISTED_PER_RULE) + " 个问题未逐条列出");
			}
			else {
				assertThat(remainders).doesNotContainKey(rule.getKey());
			}
		}
	}

	private static String text(Row row, int column) {
		return (column < row.getCellCount() && row.getCell(column) != null) ? row.getCell(column).getText() : "";
	}

	/** Takes a processed file again, as a run that finds it failed would. */
	private io.vqr.warehouse.SubmissionRegistry.Claim reclaim(long id) {
		this.jdbc.update("update submission set status = 'FAILED', failed_at = now() - interval '1 minute', "
				+ "failure = 'processed again by the test' where submission_id = ?", id);
		return this.warehouse.bean(io.vqr.warehouse.SubmissionRegistry.class)
			.claim(id, this.warehouse.bean(Claimant.class).id(), Duration.ofMinutes(10), null)
			.orElseThrow();
	}

	/**
	 * The workbook with each data row of a sheet repeated {@code times} times below it.
	 */
	static byte[] repeatRows(byte[] xlsx, String sheetName, int times) throws IOException {
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
			String path = sheetPath(in, sheetName);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream out = new ZipOutputStream(bytes)) {
				for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					byte[] content = in.getInputStream(entry).readAllBytes();
					if (entry.getName().equals(path)) {
						content = repeat(new String(content, StandardCharsets.UTF_8), times)
							.getBytes(StandardCharsets.UTF_8);
					}
					out.write(content);
					out.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
	}

	private static String sheetPath(ZipFile zip, String sheetName) throws IOException {
		String workbook = text(zip, "xl/workbook.xml");
		Matcher sheet = Pattern.compile("<sheet [^>]*name=\"" + sheetName + "\"[^>]*r:id=\"([^\"]+)\"")
			.matcher(workbook);
		assertThat(sheet.find()).as(workbook).isTrue();
		Matcher target = Pattern.compile("Id=\"" + sheet.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"")
			.matcher(text(zip, "xl/_rels/workbook.xml.rels"));
		assertThat(target.find()).isTrue();
		return "xl/" + target.group(1);
	}

	private static String text(ZipFile zip, String name) throws IOException {
		return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
	}

	private static final Pattern ROW = Pattern.compile("<row [^>]*r=\"(\\d+)\"[^>]*>.*?</row>", Pattern.DOTALL);

	private static String repeat(String sheet, int times) {
		Matcher row = ROW.matcher(sheet);
		List<String> rows = new ArrayList<>();
		int start = -1;
		int end = -1;
		while (row.find()) {
			if (start < 0) {
				start = row.start();
			}
			end = row.end();
			rows.add(row.group());
		}
		StringBuilder out = new StringBuilder(sheet.substring(0, start));
		out.append(rows.get(0));
		int next = 2;
		for (int copy = 0; copy <= times; copy++) {
			for (String data : rows.subList(1, rows.size())) {
				int number = next++;
				out.append(data.replaceAll("(<row [^>]*r=\")\\d+\"", "$1" + number + "\"")
					.replaceAll("(<c [^>]*r=\"[A-Z]+)\\d+\"", "$1" + number + "\""));
			}
		}
		return out.append(sheet.substring(end)).toString().replaceAll("<dimension ref=\"[^\"]*\"/>", "");
	}

}
