package io.vqr.report.readable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vqr.indicators.DataView;
import io.vqr.indicators.V2ProvinceFixture;
import io.vqr.indicators.WarehouseFixture;
import io.vqr.report.TemplateFiles;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.pdf.PdfReportRenderer;
import org.apache.pdfbox.Loader;
import io.vqr.report.xlsx.XlsxReportRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.vqr.indicators.V2ProvinceFixture.A;
import static io.vqr.indicators.V2ProvinceFixture.B;
import static io.vqr.indicators.V2ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school report of a year read with standard v2, rendered from an approved 2025
 * school-year and read back as an official reads it: the eight parts in order, each case
 * boxed under its part with its text printed as text, the five attached tables; the
 * layout rules of the v1 report; a v1 year still in v1's outline; and parts renamed and
 * reordered by editing the outline in a templates folder, without rebuilding.
 */
class PartsReportTest {

	private static final List<String> PARTS = List.of("一、基本情况", "二、人才培养", "三、产教融合", "四、服务贡献", "五、文化传承", "六、国际合作",
			"七、发展保障", "八、面临挑战");

	private static final List<String> TABLES = List.of("附表1 人才培养质量计分卡", "附表2 教学资源表", "附表3 国际影响表", "附表4 服务贡献表",
			"附表5 落实政策表");

	private static final TemplateFiles SHIPPED = new TemplateFiles(null, Path.of("templates"));

	private static WarehouseFixture db;

	private static final Map<String, byte[]> PDFS = new HashMap<>();

	@TempDir
	static Path dir;

	@BeforeAll
	static void warehouse() {
		db = V2ProvinceFixture.create("v2report");
	}

	@Test
	void theEightPartsInOrderWithTheirCasesAndTheFiveTables() throws IOException {
		String text = flat(pdf(A, YEAR, SHIPPED));
		// the second mention of each title: the first is the table of contents
		int at = text.indexOf("附表5落实政策表");
		for (String part : PARTS) {
			int found = text.indexOf(flat(part), at);
			assertThat(found).as(part + " after the contents, in order").isGreaterThan(at);
			at = found;
		}
		for (String table : TABLES) {
			int found = text.indexOf(flat(table), at);
			assertThat(found).as(table).isGreaterThan(at);
			at = found;
		}
		// each case after its own part's title and before the next part's
		assertCaseIn(text, "岗课赛证融通培养数控技能人才", "二、人才培养", "三、产教融合");
		assertCaseIn(text, flat(V2ProvinceFixture.MARKUP_TITLE), "三、产教融合", "四、服务贡献");
		assertCaseIn(text, V2ProvinceFixture.LONG_TITLE, "四、服务贡献", "五、文化传承");
		assertCaseIn(text, "非遗广彩进校园", "五、文化传承", "六、国际合作");
		assertCaseIn(text, "鲁班工坊走出去", "六、国际合作", "七、发展保障");
		// numbered through the report; the school's markup printed as text
		assertThat(text).contains("案例1岗课赛证", "案例3" + V2ProvinceFixture.LONG_TITLE, "案例5鲁班工坊",
				"<script>alert(1)</script>学校与企业共建产业学院");
		// paragraphs kept: each of the three starts a line of its own
		String lines = text(pdf(A, YEAR, SHIPPED));
		assertThat(lines).containsPattern("(?m)^\\s*学校以岗位能力为导向，第2段").containsPattern("(?m)^\\s*学校以岗位能力为导向，第3段");
	}

	@Test
	void attachedTablesShowYMinusOneOnlyWhereV1HadTheFigure() throws IOException {
		String text = text(pdf(A, YEAR, SHIPPED));
		String appendix = text.substring(text.lastIndexOf("附表1"));
		// v1 had 毕业去向落实率 in 2024 (1 of 2 placed): 50.0%; 2025: 3 of 3
		assertThat(appendix).containsPattern("毕业去向落实率\\s+%\\s+50\\.0%\\s+100\\.0%");
		// v1 had no 证书 column, survey or 服务贡献: the dash, never 0
		assertThat(appendix).containsPattern("毕业生双证书获取率\\s+%\\s+—\\s+66\\.7%");
		assertThat(appendix).containsPattern("母校满意度\\s+%\\s+—\\s+90\\.0%");
		assertThat(appendix).containsPattern("校园网主干最大带宽\\s+Mbps\\s+—\\s+1,000");
		assertThat(appendix).containsPattern("横向技术服务到款额\\s+万元\\s+—\\s+100\\.00");
		assertThat(appendix).containsPattern("开发并被国\\(境\\)外采用的课程标准数\\s+个\\s+—\\s+2");
		assertThat(appendix).containsPattern("教职工额定编制数\\s+人\\s+—\\s+60");
	}

	@Test
	void aPartWithoutFiguresOrCasesSaysSo() throws IOException {
		String text = flat(pdf(B, YEAR, SHIPPED));
		int culture = text.indexOf("五、文化传承", text.indexOf("附表5落实政策表"));
		assertThat(text.substring(culture)).startsWith("五、文化传承学校本年度未报送文化传承方面的典型案例。");
		assertThat(text).doesNotContain("案例1");
	}

	@Test
	void theLayoutRulesOfTheReportHold() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(pdf(A, YEAR, SHIPPED))) {
			List<String> problems = new ArrayList<>();
			Map<String, Integer> pagesWithTitle = new HashMap<>();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				problems.addAll(PdfLayout.overlaps(pdf, page, 3));
				if (page >= 3) {
					for (String line : PdfLayout.pageText(pdf, page).split("\\R")) {
						if (line.matches("^[一二三四五六七八]、\\S+$")) {
							pagesWithTitle.merge(line, 1, Integer::sum);
						}
					}
				}
				if (page >= 3 && page < pdf.getNumberOfPages() && PdfLayout.filled(pdf, page) < 0.6) {
					problems.add("page " + page + " half empty");
				}
			}
			assertThat(problems).isEmpty();
			assertThat(pagesWithTitle.keySet()).containsAll(PARTS);
			assertThat(pagesWithTitle).allSatisfy((title, pages) -> assertThat(pages).as(title).isEqualTo(1));
		}
	}

	@Test
	void theWorkbookHasTheFiveTablesAsSheetsOfTheSameNames() throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx(A, YEAR)))) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsSubsequence("人才培养质量计分卡", "教学资源表", "国际影响表", "服务贡献表", "落实政策表")
				.contains("典型案例", "协同育人");
			Map<String, String> scorecard = rows(workbook.getSheet("人才培养质量计分卡"));
			// 指标 | 单位 | Y-1 | Y: v1 had no 证书 column, so Y-1 is the dash
			assertThat(scorecard.get("毕业生双证书获取率")).isEqualTo("% | — | 66.7%");
			assertThat(scorecard.get("毕业去向落实率")).isEqualTo("% | 50.0% | 100.0%");
			assertThat(rows(workbook.getSheet("服务贡献表")).get("横向技术服务到款额")).isEqualTo("万元 | — | 100.00");
			// the header row and the eight 国际合作 figures
			assertThat(rows(workbook.getSheet("国际影响表"))).hasSize(1 + 8);
			Sheet cases = workbook.getSheet("典型案例");
			String all = rows(cases).toString();
			assertThat(all).contains(V2ProvinceFixture.MARKUP_TITLE, "鲁班工坊走出去");
			// a long case's row is no higher than Excel allows (409 points)
			for (Row row : cases) {
				assertThat(row.getHeightInPoints()).isLessThanOrEqualTo(409);
			}
			// a case title that reads like a formula stays text, quoted
			Cell formula = find(cases, V2ProvinceFixture.FORMULA_TITLE);
			assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
		}
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx(A, YEAR - 1)))) {
			assertThat(workbook.getSheet("人才培养质量计分卡")).isNull();
			assertThat(workbook.getSheet("计分卡")).isNotNull();
		}
	}

	@Test
	void aDraftShowsTheCasesOfTheFileUnderReviewAndTheOfficialReportNever() throws IOException {
		String school = "4144000103";
		String name = "韶关待审职业技术学校";
		long id = db.submission(YEAR, school, name, "ACCEPTED", 1, false);
		db.profile(id, YEAR, school, name, "中等职业学校", "公办", "440203", 80, 100, 5000, 15000.0);
		db.v2Profile(id, 3000, 500, 10, 60, 3000.0, 40, 100, 2, null, null, null, null);
		db.major(id, "710201", "计算机应用", 50, 50, 50, 150, null, 1);
		db.graduate(id, "710201", "10", "440203", "C", "民营企业", true, 4000, true);
		db.teacher(id, "专任教师", true, true, "中级", "本科", "学士", 10, 20);
		db.service(id, 1, 0, 0, 0, 0, 0, 0, 0, 0);
		db.international(id, 0, 0, 0, 0, 0, 0, 0, 0);
		db.caseStudy(id, "服务贡献", "送技下乡服务乡村振兴", V2ProvinceFixture.paragraphs("学校组织教师送技下乡", 2));
		db.jdbc.update("insert into school_year (year, school_code, state, review_submission_id) values (?, ?, ?, ?)",
				YEAR, school, "TO_CERTIFY", id);
		ReportModelBuilder models = new ReportModelBuilder(db.jdbc, SHIPPED,
				Clock.fixed(Instant.parse("2026-03-31T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
		assertThat(models.schoolsWithCurrentData(YEAR)).doesNotContain(school);
		SchoolReport draft = models.school(YEAR, school, DataView.DRAFT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfReportRenderer(SHIPPED).renderSchool(draft, out);
		String text = flat(out.toByteArray());
		assertCaseIn(text, "送技下乡服务乡村振兴", "四、服务贡献", "五、文化传承");
		// the official report of a school with an approved file has only that file's
		// cases
		assertThat(models.school(YEAR, B).parts().cases()).isEmpty();
	}

	@Test
	void aV1YearKeepsV1sOutline() throws IOException {
		String text = flat(pdf(A, YEAR - 1, SHIPPED));
		assertThat(text).contains("一、学校概况", "二、学生发展", "三、教育教学", "四、服务贡献", "五、办学条件与政策落实", "六、面临挑战与改进", "附表3开设专业一览");
		// nor a v2 indicator, not even its 合格线 (生均教学行政用房面积)
		assertThat(text).doesNotContain("五、文化传承", "人才培养质量计分卡", "双证书", "案例1", "生均教学行政用房面积");
	}

	@Test
	void aDataOfficeRenamesAndReordersPartsInTheTemplatesFolder() throws IOException {
		Path folder = dir.resolve("templates");
		Files.createDirectories(folder.resolve("report"));
		String outline = Files.readString(Path.of("templates", "report", "school-v2.yaml"));
		String edited = outline.replace("  - key: integration\n    title: 产教融合\n", "")
			.replace("  - key: service\n    title: 服务贡献\n",
					"  - key: service\n    title: 服务贡献\n  - key: integration\n    title: 产教融合\n")
			.replace("title: 文化传承", "title: 文化传承与创新")
			.replace("title: 教学资源表", "title: 办学资源表");
		assertThat(edited).isNotEqualTo(outline);
		Files.writeString(folder.resolve("report/school-v2.yaml"), edited);
		String text = flat(pdf(A, YEAR, new TemplateFiles(folder, Path.of("templates"))));
		int at = text.indexOf("附表5落实政策表");
		for (String part : List.of("三、服务贡献", "四、产教融合", "五、文化传承与创新", "附表2办学资源表")) {
			int found = text.indexOf(part, at);
			assertThat(found).as(part).isGreaterThan(at);
			at = found;
		}
		// the case follows its part wherever the part goes
		assertCaseIn(text, flat(V2ProvinceFixture.MARKUP_TITLE), "四、产教融合", "五、文化传承与创新");
		assertThat(text).doesNotContain("三、产教融合");
	}

	private static void assertCaseIn(String text, String title, String part, String next) {
		int start = text.indexOf(part, text.indexOf("附表5落实政策表"));
		int end = text.indexOf(next, start);
		int found = text.indexOf(title, start);
		assertThat(start).as(part).isPositive();
		assertThat(found).as(title + " under " + part).isGreaterThan(start).isLessThan(end);
	}

	private static byte[] pdf(String school, int year, TemplateFiles templates) throws IOException {
		String key = school + year + templates.describe("report/school-v2.yaml");
		byte[] bytes = PDFS.get(key);
		if (bytes == null) {
			ReportModelBuilder models = new ReportModelBuilder(db.jdbc, templates,
					Clock.fixed(Instant.parse("2026-03-31T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
			SchoolReport report = models.school(year, school);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new PdfReportRenderer(templates).renderSchool(report, out);
			bytes = out.toByteArray();
			// -Dvqr.readable.out=DIR keeps the PDFs to look at
			String keep = System.getProperty("vqr.readable.out");
			Files.write(((keep != null) ? Files.createDirectories(Path.of(keep)) : dir)
				.resolve(school + "-" + year + "-" + PDFS.size() + ".pdf"), bytes);
			PDFS.put(key, bytes);
		}
		return bytes;
	}

	private static byte[] xlsx(String school, int year) throws IOException {
		ReportModelBuilder models = new ReportModelBuilder(db.jdbc, SHIPPED,
				Clock.fixed(Instant.parse("2026-03-31T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxReportRenderer(SHIPPED).renderSchool(models.school(year, school), out);
		return out.toByteArray();
	}

	/** Each row's first cell → the others, as Excel shows them, joined by " | ". */
	private static Map<String, String> rows(Sheet sheet) {
		DataFormatter format = new DataFormatter();
		Map<String, String> rows = new java.util.LinkedHashMap<>();
		for (Row row : sheet) {
			if (row.getLastCellNum() < 2) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (int c = 1; c < row.getLastCellNum(); c++) {
				cells.add(format.formatCellValue(row.getCell(c)));
			}
			rows.put(format.formatCellValue(row.getCell(0)), String.join(" | ", cells));
		}
		return rows;
	}

	private static Cell find(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError(text + " not in " + sheet.getSheetName());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return PdfLayout.text(document);
		}
	}

	private static String flat(byte[] pdf) throws IOException {
		return flat(text(pdf));
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

}
