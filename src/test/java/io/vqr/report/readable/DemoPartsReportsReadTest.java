package io.vqr.report.readable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.vqr.cli.CommandLines;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo of a year read with standard v2 (2025), its school reports read as an official
 * reads them, with the layout rules of {@link DemoReportsReadTest}: the eight parts once
 * each, no text over other text, no page left half empty before the end, every case title
 * of the school's file in the PDF, the five attached tables in the PDF and the workbook.
 * Runs {@code demo --year 2025} once; with {@code -Dvqr.readable.dir2025=DIR} it reads
 * the output of an earlier one instead.
 */
class DemoPartsReportsReadTest {

	private static final List<String> PARTS = List.of("一、基本情况", "二、人才培养", "三、产教融合", "四、服务贡献", "五、文化传承", "六、国际合作",
			"七、发展保障", "八、面临挑战");

	private static final List<String> TABLES = List.of("人才培养质量计分卡", "教学资源表", "国际影响表", "服务贡献表", "落实政策表");

	@TempDir
	static Path dir;

	private static Path reports;

	@BeforeAll
	static void demo() {
		String given = System.getProperty("vqr.readable.dir2025");
		Path out = (given != null) ? Path.of(given) : dir.resolve("demo");
		if (given == null) {
			StringWriter log = new StringWriter();
			var commandLine = CommandLines.create();
			commandLine.setOut(new PrintWriter(log, true));
			commandLine.setErr(new PrintWriter(log, true));
			assertThat(commandLine.execute("demo", "--year", "2025", "--out", out.toString())).as(log.toString())
				.isZero();
		}
		reports = out.resolve("reports/2025");
	}

	@Test
	void everySchoolReportHasTheEightPartsOnceAndTheFiveTables() throws IOException {
		int cases = 0;
		for (Path file : schoolPdfs()) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				Map<String, Integer> pagesWithTitle = new HashMap<>();
				for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
					for (String line : PdfLayout.pageText(pdf, page).split("\\R")) {
						if (line.matches("^[一二三四五六七八]、\\S+$")) {
							pagesWithTitle.merge(line, 1, Integer::sum);
						}
					}
				}
				String name = file.getFileName().toString();
				assertThat(pagesWithTitle.keySet()).as(name).containsExactlyInAnyOrderElementsOf(PARTS);
				assertThat(pagesWithTitle).as(name)
					.allSatisfy((title, pages) -> assertThat(pages).as(title).isEqualTo(1));
				String text = PdfLayout.text(pdf).replaceAll("\\s+", "");
				for (int i = 0; i < TABLES.size(); i++) {
					assertThat(text).as(name).contains("附表" + (i + 1) + TABLES.get(i));
				}
				cases += (int) text.chars().filter((c) -> c == '案').count();
			}
			Path xlsx = file.resolveSibling(file.getFileName().toString().replace(".pdf", ".xlsx"));
			try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
				for (String table : TABLES) {
					assertThat(workbook.getSheet(table)).as(xlsx.getFileName() + " " + table).isNotNull();
				}
			}
		}
		assertThat(cases).as("cases in the demo's reports").isPositive();
	}

	@Test
	void noTextOverlapsAndNoPageIsLeftHalfEmpty() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : schoolPdfs()) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					problems.addAll(PdfLayout.overlaps(pdf, page, 3));
					// the cover, the contents and the last page may end early
					if (page >= 3 && page < pdf.getNumberOfPages()) {
						double filled = PdfLayout.filled(pdf, page);
						if (filled < 0.6) {
							problems.add(file.getFileName() + " page " + page + " filled to " + Math.round(filled * 100)
									+ "%");
						}
					}
				}
			}
		}
		// the provincial report carries the v2 indicators in its tables too
		try (Stream<Path> files = Files.list(reports.resolve("province"))) {
			Path province = files.filter((file) -> file.toString().endsWith(".pdf")).findFirst().orElseThrow();
			try (PDDocument pdf = Loader.loadPDF(province.toFile())) {
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					problems.addAll(PdfLayout.overlaps(pdf, page, 3));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static List<Path> schoolPdfs() throws IOException {
		try (Stream<Path> files = Files.list(reports.resolve("schools"))) {
			List<Path> pdfs = files.filter((file) -> file.toString().endsWith(".pdf")).sorted().toList();
			assertThat(pdfs).isNotEmpty();
			return pdfs;
		}
	}

}
