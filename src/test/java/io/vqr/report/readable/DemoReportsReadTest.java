package io.vqr.report.readable;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.vqr.cli.CommandLines;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo, read as an official reads its PDFs and workbooks (issue 18): no doubled word,
 * no contradiction between a text and its table or between printed values and their
 * change, no raw code, values with their units, charts whose labels do not overlap, no
 * half-empty page, chapter titles only where they are seen, and a provincial report that
 * compares cities side by side; the 2025 (standard v2) school reports in their eight
 * parts with the five attached tables under the same layout rules. Runs {@code demo}
 * once; with {@code -Dvqr.readable.dir=DIR} it reads the output of an earlier demo
 * instead.
 */
class DemoReportsReadTest {

	/** Y-1, Y and the change of a rate in a comparisons row, after its unit column. */
	private static final Pattern POINTS = Pattern
		.compile("(?<=\\s%\\s)(\\d+(?:\\.\\d+)?)%\\s+(\\d+(?:\\.\\d+)?)%\\s+([+-]\\d+(?:\\.\\d+)?)个百分点");

	/** Y-1, Y and the change of a count or amount, after its unit column. */
	private static final Pattern PERCENT_CHANGE = Pattern.compile(
			"(?<=\\s(?:人|元|个|册|天|学时|项|:1)\\s)(\\d[\\d,]*(?:\\.\\d+)?)\\s+(\\d[\\d,]*(?:\\.\\d+)?)\\s+(增长|下降)(\\d+\\.\\d)%");

	private static final Pattern UNCHANGED = Pattern
		.compile("(?<=\\s%\\s)(\\d+(?:\\.\\d+)?)%\\s+(\\d+(?:\\.\\d+)?)%\\s+持平");

	private static final Map<Path, String> TEXTS = new HashMap<>();

	@TempDir
	static Path dir;

	private static Path reports;

	/** The reports of the demo's v2 year. */
	private static Path partsReports;

	@BeforeAll
	static void demo() {
		String given = System.getProperty("vqr.readable.dir");
		Path out = (given != null) ? Path.of(given) : dir.resolve("demo");
		if (given == null) {
			StringWriter log = new StringWriter();
			var commandLine = CommandLines.create();
			commandLine.setOut(new PrintWriter(log, true));
			commandLine.setErr(new PrintWriter(log, true));
			assertThat(commandLine.execute("demo", "--out", out.toString())).as(log.toString()).isZero();
		}
		reports = out.resolve("reports/2024");
		partsReports = out.resolve("reports/2025");
	}

	/** The eight parts of a v2 year's school report (2025, standard-v2.md). */
	private static final List<String> PARTS = List.of("一、基本情况", "二、人才培养", "三、产教融合", "四、服务贡献", "五、文化传承", "六、国际合作",
			"七、发展保障", "八、面临挑战");

	/**
	 * The five attached tables of a v2 year's school report, in the PDF and the workbook.
	 */
	private static final List<String> TABLES = List.of("人才培养质量计分卡", "教学资源表", "国际影响表", "服务贡献表", "落实政策表");

	@Test
	void everyV2SchoolReportHasTheEightPartsOnceAndTheFiveTables() throws IOException {
		int cases = 0;
		for (Path file : pdfs(partsReports.resolve("schools"))) {
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
				String flat = text(file).replaceAll("\\s+", "");
				for (int i = 0; i < TABLES.size(); i++) {
					assertThat(flat).as(name).contains("附表" + (i + 1) + TABLES.get(i));
				}
				cases += Pattern.compile("案例\\d+").matcher(flat).results().count();
			}
			Path xlsx = file.resolveSibling(file.getFileName().toString().replace(".pdf", ".xlsx"));
			try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
				for (String table : TABLES) {
					assertThat(workbook.getSheet(table)).as(xlsx.getFileName() + " " + table).isNotNull();
				}
			}
		}
		assertThat(cases).as("cases in the 2025 school reports").isPositive();
	}

	@Test
	void v2SchoolReportsHaveNoOverlapsNorHalfEmptyPages() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : pdfs(partsReports.resolve("schools"))) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					problems.addAll(PdfLayout.overlaps(pdf, page, 3));
					// the cover, the contents and the last page may end early
					if (page >= 3 && page < pdf.getNumberOfPages() && PdfLayout.filled(pdf, page) < 0.6) {
						problems.add(file.getFileName() + " page " + page + " filled to "
								+ Math.round(PdfLayout.filled(pdf, page) * 100) + "%");
					}
				}
			}
		}
		// the provincial report of 2025 carries the v2 indicators in its tables too
		for (Path file : pdfs(partsReports.resolve("province"))) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					problems.addAll(PdfLayout.overlaps(pdf, page, 3));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static List<Path> pdfs(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> pdfs = files.filter((file) -> file.toString().endsWith(".pdf")).sorted().toList();
			assertThat(pdfs).as(folder.toString()).isNotEmpty();
			return pdfs;
		}
	}

	@Test
	void schoolReportsNameTheSchoolTypeOnce() throws IOException {
		Pattern first = Pattern.compile("是位于(\\S+?)的(\\S+?)。");
		for (Path pdf : schoolPdfs()) {
			Matcher sentence = first.matcher(text(pdf).replaceAll("\\s+", ""));
			assertThat(sentence.find()).as(pdf.getFileName().toString()).isTrue();
			assertThat(sentence.group(2)).as(pdf.getFileName().toString())
				.matches("(公办|民办)\\S+(学校|学院|大学)")
				.doesNotContainPattern("(学校|学院|大学)学校");
		}
	}

	@Test
	void statusTotalsAddUpAndAgreeWithTheText() throws IOException {
		String text = text(provincePdf());
		Matcher sentence = Pattern.compile("应报送学校(\\d+)所，已通过(\\d+)所（其中有警告(\\d+)所），未通过(\\d+)所，未报送(\\d+)所")
			.matcher(text.replaceAll("\\s+", ""));
		assertThat(sentence.find()).as(text).isTrue();
		int expected = Integer.parseInt(sentence.group(1));
		int accepted = Integer.parseInt(sentence.group(2));
		int warned = Integer.parseInt(sentence.group(3));
		int rejected = Integer.parseInt(sentence.group(4));
		int notSubmitted = Integer.parseInt(sentence.group(5));
		assertThat(accepted + rejected + notSubmitted).isEqualTo(expected);
		Matcher total = Pattern.compile("合计\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+%")
			.matcher(text);
		int totals = 0;
		while (total.find()) {
			totals++;
			assertThat(List.of(total.group(1), total.group(2), total.group(3), total.group(4), total.group(5)))
				.as(total.group())
				.containsExactly(String.valueOf(expected), String.valueOf(accepted), String.valueOf(warned),
						String.valueOf(rejected), String.valueOf(notSubmitted));
		}
		assertThat(totals).as("合计 rows of the two status tables").isEqualTo(2);
		// a school whose type or city is found nowhere is named, never a group
		assertThat(text).doesNotContain("未知");
		// a rejected school counts in its own city, from its file (广州 has rejected
		// samples)
		Matcher guangzhou = Pattern.compile("广州市\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+%")
			.matcher(text);
		assertThat(guangzhou.find()).isTrue();
		assertThat(Integer.parseInt(guangzhou.group(4))).as(guangzhou.group()).isPositive();
		// each school's file outcome with its review state (no review yet: 未报送)
		assertThat(text).contains("审核状态").containsPattern("\\d{10}\\s+\\S+.*\\s未通过\\s+未报送");
		// and its outcome on one line, not broken in a narrow column
		assertThat(text).containsPattern("\\d{10}\\s+\\S+.*\\s通过（有警告）\\s+\\S+");
	}

	@Test
	void aChangeIsTheDifferenceOfThePrintedValues() throws IOException {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		List<Path> pdfs = new ArrayList<>(schoolPdfs());
		pdfs.add(provincePdf());
		pdfs.addAll(cityPdfs());
		for (Path pdf : pdfs) {
			String text = text(pdf);
			Matcher points = POINTS.matcher(text);
			while (points.find()) {
				checked++;
				double change = Double.parseDouble(points.group(2)) - Double.parseDouble(points.group(1));
				if (Math.abs(change - Double.parseDouble(points.group(3))) > 0.001) {
					wrong.add(pdf.getFileName() + ": " + points.group());
				}
			}
			Matcher unchanged = UNCHANGED.matcher(text);
			while (unchanged.find()) {
				if (!unchanged.group(1).equals(unchanged.group(2))) {
					wrong.add(pdf.getFileName() + ": " + unchanged.group());
				}
			}
			Matcher percent = PERCENT_CHANGE.matcher(text);
			while (percent.find()) {
				double before = Double.parseDouble(percent.group(1).replace(",", ""));
				double after = Double.parseDouble(percent.group(2).replace(",", ""));
				if (before == 0) {
					continue;
				}
				double change = Math.round(Math.abs(after - before) / before * 1000) / 10.0;
				String direction = (after > before) ? "增长" : "下降";
				if (!direction.equals(percent.group(3))
						|| Math.abs(change - Double.parseDouble(percent.group(4))) > 0.001) {
					wrong.add(pdf.getFileName() + ": " + percent.group());
				}
			}
		}
		assertThat(checked).isPositive();
		assertThat(wrong).isEmpty();
	}

	@Test
	void noRawCodeWhereANameExistsAndValuesCarryTheirUnits() throws IOException {
		for (Path pdf : schoolPdfs()) {
			String text = text(pdf);
			String name = pdf.getFileName().toString();
			assertThat(text).as(name).doesNotContainPattern("技工类（\\d+类）").doesNotContain("上年—", "，—）");
			// 五、办学条件: the value with its unit, like the threshold beside it
			assertThat(text).as(name).containsPattern("生师比\\s+\\d+(\\.\\d)?:1\\s+≤\\d+:1");
			assertThat(text).as(name).doesNotContainPattern("生师比\\s+\\d+(\\.\\d)?\\s+≤");
		}
		assertThat(schoolPdfs().stream().map(DemoReportsReadTest::textOrEmpty).anyMatch((t) -> t.contains("技工类·")))
			.as("a 技工 school's majors under their named category")
			.isTrue();
	}

	@Test
	void headersAndDivisionNamesAreNotBrokenMidWord() throws IOException {
		for (Path pdf : schoolPdfs()) {
			String text = text(pdf);
			String name = pdf.getFileName().toString();
			assertThat(text).as(name).contains("去向落实率", "专业对口率", "在校生");
			String appendix = text.substring(text.lastIndexOf("附表3"));
			for (String line : appendix.split("\\R")) {
				if (line.matches("^\\d{6}\\s.*")) {
					assertThat(line).as(name).containsPattern("(大类|技工类·\\S+类|技工类·省级特色专业|其他)\\s+\\d");
				}
			}
		}
	}

	@Test
	void theCoverBandRunsToThePageEdges() throws IOException {
		for (Path file : List.of(schoolPdfs().get(0), provincePdf())) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				double width = pdf.getPage(0).getMediaBox().getWidth();
				double height = pdf.getPage(0).getMediaBox().getHeight();
				// the band: a filled rectangle at the top of the cover
				List<Rectangle2D> bands = PdfLayout.filledRectangles(pdf, 1)
					.stream()
					.filter((r) -> r.getMaxY() >= height - 1 && r.getHeight() < 60)
					.toList();
				assertThat(bands).as(file.getFileName().toString()).isNotEmpty();
				assertThat(bands).as(file.getFileName().toString())
					.anySatisfy((band) -> assertThat(band.getMinX() <= 0.5 && band.getMaxX() >= width - 0.5).isTrue());
			}
		}
	}

	@Test
	void chapterTitlesAreOnlyWhereTheyAreSeen() throws IOException {
		for (Path file : List.of(schoolPdfs().get(0), provincePdf())) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				Map<String, Integer> pagesWithTitle = new HashMap<>();
				for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
					for (String line : PdfLayout.pageText(pdf, page).split("\\R")) {
						if (line.matches("^[一二三四五六七八]、\\S+$")) {
							pagesWithTitle.merge(line, 1, Integer::sum);
						}
					}
				}
				assertThat(pagesWithTitle).as(file.getFileName().toString()).isNotEmpty();
				assertThat(pagesWithTitle).as(file.getFileName().toString())
					.allSatisfy((title, pages) -> assertThat(pages).as(title).isEqualTo(1));
			}
		}
	}

	@Test
	void noTextOverlapsOtherTextOnAnyPage() throws IOException {
		List<String> overlaps = new ArrayList<>();
		List<Path> files = new ArrayList<>(Boolean.getBoolean("vqr.readable.all") ? schoolPdfs()
				: List.of(schoolWithMostIndustries(), provincePdf()));
		files.addAll(cityPdfs());
		for (Path file : files) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					overlaps.addAll(PdfLayout.overlaps(pdf, page, 3));
				}
			}
		}
		assertThat(overlaps).isEmpty();
	}

	@Test
	void noPageIsLeftHalfEmptyBeforeTheEnd() throws IOException {
		List<String> halfEmpty = new ArrayList<>();
		List<Path> files = new ArrayList<>(List.of(schoolPdfs().get(0), schoolWithMostIndustries(), provincePdf()));
		files.addAll(cityPdfs());
		for (Path file : files) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				// the cover, the contents and the last page may end early
				for (int page = 3; page < pdf.getNumberOfPages(); page++) {
					double filled = PdfLayout.filled(pdf, page);
					if (filled < 0.6) {
						halfEmpty
							.add(file.getFileName() + " page " + page + " filled to " + Math.round(filled * 100) + "%");
					}
				}
			}
		}
		assertThat(halfEmpty).isEmpty();
	}

	@Test
	void provincialReportComparesCitiesSideBySide() throws IOException {
		String text = text(provincePdf());
		String flat = text.replaceAll("\\s+", "");
		// the second mention: the first is the table of contents
		int overview = flat.indexOf("一、总体概况", flat.indexOf("一、总体概况") + 1);
		int status = flat.indexOf("二、数据报送情况", overview);
		assertThat(overview).isPositive();
		assertThat(status).isGreaterThan(overview);
		String opening = flat.substring(overview, status);
		assertThat(opening).contains("全省纳入统计的职业院校共", "毕业去向落实率为", "最高的是", "最低的是");
		// one matrix: the cities as columns with the province, not one table per city
		assertThat(text).containsPattern("指标\\s+单位(\\s+\\S+市){3,}\\s+全省\\s+全省较上年");
		assertThat(text).doesNotContainPattern("\\S+市（\\d+所）");
		assertThat(text).contains("各地市毕业去向落实率", "各地市双师型教师占专业课教师比例", "橙色竖线为全省");
		assertThat(text).contains("学校间差异", "排名", "预警名单");
		// the ranking's value column is headed by a word that fits, not a name broken
		// over lines
		assertThat(text).containsPattern("名次\\s+学校代码\\s+学校名称\\s+办学类型\\s+地市\\s+(比例|数值（:1）)\\R");
	}

	@Test
	void cityReportsCompareTheCityWithTheProvinceAndListItsSchools() throws IOException {
		int withFigures = 0;
		for (Path pdf : cityPdfs()) {
			String flat = text(pdf).replaceAll("\\s+", "");
			String name = pdf.getFileName().toString();
			assertThat(flat).as(name).contains("中等职业教育质量报告", "一、总体概况", "二、数据报送与审核情况", "应报送质量年报数据的中等职业学校共");
			if (flat.contains("三、主要指标与全省比较")) {
				withFigures++;
				assertThat(flat).as(name).contains("全省中职", "与全省比较", "四、各校主要指标", "五、预警名单");
				// the table of schools ends with the city's pooled row
				assertThat(flat).as(name).contains(name.split("_")[1] + "（汇总）");
			}
			else {
				assertThat(flat).as(name).contains("尚无通过审核的数据");
			}
		}
		assertThat(withFigures).isPositive();
	}

	@Test
	void aHigherVocationalSchoolsMajorsSheetUsesItsOwnCatalogue() throws IOException {
		Map<String, String> higher = divisionCodes("高职专科");
		int checked = 0;
		for (Path pdf : schoolPdfs()) {
			if (!text(pdf).contains("办学类型 高职专科")) {
				continue;
			}
			Path xlsx = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".xlsx"));
			try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
				Sheet sheet = workbook.getSheet("专业设置");
				DataFormatter format = new DataFormatter();
				for (Row row : sheet) {
					String code = format.formatCellValue(row.getCell(0));
					String name = format.formatCellValue(row.getCell(1));
					if (higher.containsKey(name)) {
						checked++;
						assertThat(code).as(xlsx.getFileName() + " " + name).isEqualTo(higher.get(name));
					}
				}
			}
		}
		assertThat(checked).isPositive();
	}

	private static Map<String, String> divisionCodes(String level) throws IOException {
		Map<String, String> codes = new HashMap<>();
		try (InputStream in = DemoReportsReadTest.class.getResourceAsStream("/reference/majors-2021.csv")) {
			String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String line : csv.split("\\R")) {
				String[] cells = line.split(",");
				if (cells.length >= 7 && cells[0].equals(level)) {
					codes.put(cells[6], cells[5]);
				}
			}
		}
		return codes;
	}

	private static List<Path> schoolPdfs() throws IOException {
		try (Stream<Path> files = Files.list(reports.resolve("schools"))) {
			List<Path> pdfs = files.filter((file) -> file.toString().endsWith(".pdf")).sorted().toList();
			assertThat(pdfs).isNotEmpty();
			return pdfs;
		}
	}

	/** The city reports (中职地市级年报): at least one city of the demo has 中职 schools. */
	private static List<Path> cityPdfs() throws IOException {
		try (Stream<Path> files = Files.list(reports.resolve("city"))) {
			List<Path> pdfs = files.filter((file) -> file.toString().endsWith(".pdf")).sorted().toList();
			assertThat(pdfs).isNotEmpty();
			return pdfs;
		}
	}

	private static Path provincePdf() throws IOException {
		try (Stream<Path> files = Files.list(reports.resolve("province"))) {
			return files.filter((file) -> file.toString().endsWith(".pdf")).findFirst().orElseThrow();
		}
	}

	/** The school whose industry chart has the most sections (the longest labels). */
	private static Path schoolWithMostIndustries() throws IOException {
		Path most = null;
		int bars = -1;
		for (Path pdf : schoolPdfs()) {
			String text = text(pdf);
			int count = 0;
			for (String section : List.of("制造业", "信息传输、软件和信息技术服务业", "批发和零售业", "交通运输、仓储和邮政业", "住宿和餐饮业", "科学研究和技术服务业",
					"文化、体育和娱乐业", "卫生和社会工作", "教育", "建筑业")) {
				if (text.contains(section)) {
					count++;
				}
			}
			if (count > bars) {
				bars = count;
				most = pdf;
			}
		}
		return most;
	}

	private static String text(Path file) throws IOException {
		String text = TEXTS.get(file);
		if (text == null) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				text = PdfLayout.text(pdf);
			}
			TEXTS.put(file, text);
		}
		return text;
	}

	private static String textOrEmpty(Path file) {
		try {
			return text(file);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
