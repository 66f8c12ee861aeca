package io.vqr.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawCell.CellKind;
import io.vqr.workbook.RawRow;
import io.vqr.workbook.RowHandler;
import io.vqr.workbook.SheetInfo;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the feedback workbook of a small, hand-made submission with hand-made findings
 * and reads it back as a school's Excel would.
 */
class FeedbackWorkbookWriterTest {

	private static final String RAW_ID = "44011120060315123X";

	private static final String MASKED_ID = "440111********123X";

	private static final String RAW_ID_2 = "440111200507201234";

	private static final String GRADUATES = "毕业生去向";

	private static final String MAJORS = "专业与招生";

	private static final String TEACHERS = "教师";

	@TempDir
	Path dir;

	private Path submission;

	@BeforeEach
	void writeSubmission() throws IOException {
		this.submission = this.dir.resolve("4144012345_2024.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet profile = workbook.createSheet("基本信息");
			row(profile, 0, "学校代码", "4144012345");
			row(profile, 1, "学校名称", "示例职业技术学校");
			Sheet graduates = workbook.createSheet(GRADUATES);
			row(graduates, 0, "学号", "姓名", "身份证号", "性别", "专业代码", "备注");
			row(graduates, 1, "2021001", "张三", RAW_ID, "男", "0127");
			row(graduates, 2, "2021002", "李四", RAW_ID_2, "M", "0127");
			row(graduates, 3, "2021002", "王五", "", "女", "0127");
			row(graduates, 4, "2021004", "", "", "女", "0127");
			Sheet majors = workbook.createSheet(MAJORS);
			row(majors, 0, "专业代码", "专业名称", "学制", "招生计划数", "录取数", "报到数");
			row(majors, 1, "0127", "电工", 3, 100, 90, 95);
			row(majors, 2, "460104", "机电一体化技术", 3, 50, 70, 60);
			Sheet teachers = workbook.createSheet(TEACHERS);
			row(teachers, 0, "工号", "姓名", "身份证号", "性别", "出生日期");
			row(teachers, 1, "T001", "赵老师", 440111195001011234d, "男", LocalDate.of(1940, 5, 6));
			Sheet notes = workbook.createSheet("备注");
			row(notes, 0, "说明");
			try (OutputStream out = Files.newOutputStream(this.submission)) {
				workbook.write(out);
			}
		}
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			Cell cell = row.createCell(i);
			if (value instanceof String text) {
				if (!text.isEmpty()) {
					cell.setCellValue(text);
				}
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				var style = sheet.getWorkbook().createCellStyle();
				style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
				cell.setCellStyle(style);
			}
		}
	}

	/** The findings in an order unlike the workbook's, to see them sorted. */
	private static List<Finding> findings() {
		return List.of(
				Finding.ofCell(Rule.W_AGE, TEACHERS, 2, "E", "出生日期", "1940-05-06",
						Rule.W_AGE.message("1940-05-06", 84, "2024-09-30")),
				Finding.ofSheet(Rule.I_EXTRA_SHEET, "备注", Rule.I_EXTRA_SHEET.message("备注")),
				Finding.ofCell(Rule.X_REGISTERED_GT_ADMITTED, MAJORS, 2, "F", "报到数", "95",
						Rule.X_REGISTERED_GT_ADMITTED.message(95, 90)),
				Finding.ofSheet(Rule.R_COLUMN_MISSING, MAJORS, Rule.R_COLUMN_MISSING.message(MAJORS, "在校生数")),
				Finding.ofCell(Rule.W_ADMITTED_GT_PLAN, MAJORS, 3, "E", "录取数", "70",
						Rule.W_ADMITTED_GT_PLAN.message(70, 50)),
				Finding.ofCell(Rule.R_REQUIRED, GRADUATES, 5, "B", "姓名", "", Rule.R_REQUIRED.message("姓名", "")),
				Finding.ofCell(Rule.R_CODE, GRADUATES, 3, "D", "性别", "M", Rule.R_CODE.message("性别", "M", "性别", "男、女")),
				Finding.ofCell(Rule.W_GENDER_ID, GRADUATES, 3, "D", "性别", "M", Rule.W_GENDER_ID.message("M", "男")),
				Finding.ofCell(Rule.R_ID_INVALID, GRADUATES, 2, "C", "身份证号", MASKED_ID,
						Rule.R_ID_INVALID.message(MASKED_ID, "校验位错误")),
				new Finding(Rule.R_DUPLICATE, GRADUATES, 4, "", "", "", "第 4 行与第 3 行重复（学号 2021002）。"),
				Finding.ofCell(Rule.I_EXTRA_COLUMN, GRADUATES, 1, "F", "备注", "备注", Rule.I_EXTRA_COLUMN.message("备注")),
				Finding.ofFile(Rule.W_FILE_NAME,
						Rule.W_FILE_NAME.message("2023", "统计年度 2024", "4144012345_2024.xlsx")));
	}

	private static FeedbackSummary summary(List<Finding> findings) {
		Map<Severity, Integer> counts = FeedbackSummary.countBySeverity(findings);
		return new FeedbackSummary("4144012345_2024.xlsx", "4144012345", "示例职业技术学校", 2024, FeedbackStatus.of(counts),
				null, LocalDateTime.of(2025, 3, 1, 10, 20), counts,
				List.of(new FeedbackSummary.SheetRows("基本信息", 2, 0), new FeedbackSummary.SheetRows(GRADUATES, 4, 0),
						new FeedbackSummary.SheetRows(MAJORS, 2, 0), new FeedbackSummary.SheetRows(TEACHERS, 1, 0)));
	}

	private Path writeFeedback(FeedbackWorkbookWriter writer, List<Finding> findings, List<String> sheetsRead)
			throws IOException {
		Path out = this.dir.resolve("out").resolve(FeedbackWorkbookWriter.feedbackFileName(this.submission.toString()));
		try (PoiWorkbookReader reader = new PoiWorkbookReader(this.submission)) {
			writer.write(summary(findings), findings, reader, out);
			sheetsRead.addAll(reader.sheetsRead);
		}
		return out;
	}

	@Test
	void resultSheetComesFirstWithVerdictCountsAndFindingsInWorkbookOrder() throws IOException {
		List<String> sheetsRead = new ArrayList<>();
		Path out = writeFeedback(new FeedbackWorkbookWriter(), findings(), sheetsRead);
		assertThat(out.getFileName().toString()).isEqualTo("4144012345_2024_校验结果.xlsx");
		try (XSSFWorkbook feedback = open(out)) {
			assertThat(sheetNames(feedback)).containsExactly("校验结果", GRADUATES, MAJORS, TEACHERS);
			assertThat(sheetsRead).containsExactly(GRADUATES, MAJORS, TEACHERS);
			XSSFSheet result = feedback.getSheet("校验结果");
			assertThat(text(result, "A1")).isEqualTo("示例职业技术学校 2024年度质量数据校验结果");
			XSSFCell verdict = cellAt(result, "C2");
			assertThat(verdict.getStringCellValue()).isEqualTo("未通过");
			assertThat(fill(verdict)).isEqualTo(FeedbackStyles.BAD_FILL);
			Row counts = result.getRow(2);
			assertThat(counts.getCell(2).getStringCellValue()).isEqualTo(Severity.ERROR.label());
			assertThat(counts.getCell(3).getNumericCellValue()).isEqualTo(6);
			assertThat(counts.getCell(4).getStringCellValue()).isEqualTo(Severity.WARNING.label());
			assertThat(counts.getCell(5).getNumericCellValue()).isEqualTo(4);
			assertThat(counts.getCell(6).getStringCellValue()).isEqualTo(Severity.INFO.label());
			assertThat(counts.getCell(7).getNumericCellValue()).isEqualTo(2);
			assertThat(allText(result)).contains("错误（红色）：必须修改后重新提交；警告（黄色）：请核实，如数据无误可不修改")
				.contains("「毕业生去向」读取 4 行，入库 0 行");

			int header = headerRow(result);
			assertThat(rowTexts(result.getRow(header))).containsExactlyElementsOf(ResultSheetWriter.COLUMNS);
			assertThat(result.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
			assertThat(result.getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo("A" + (header + 1) + ":J" + (header + 13));
			List<String> listed = new ArrayList<>();
			for (int i = 1; i <= 12; i++) {
				Row row = result.getRow(header + i);
				assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i);
				listed.add(row.getCell(2).getStringCellValue() + "@" + row.getCell(4).getStringCellValue() + "!"
						+ row.getCell(6).getStringCellValue() + cellText(row.getCell(5)));
			}
			assertThat(listed).containsExactly("W-FILE-NAME@!", "I-EXTRA-COLUMN@毕业生去向!F1", "R-ID-INVALID@毕业生去向!C2",
					"R-CODE@毕业生去向!D3", "W-GENDER-ID@毕业生去向!D3", "R-DUPLICATE@毕业生去向!4", "R-REQUIRED@毕业生去向!B5",
					"R-COLUMN-MISSING@专业与招生!", "X-REGISTERED-GT-ADMITTED@专业与招生!F2", "W-ADMITTED-GT-PLAN@专业与招生!E3",
					"W-AGE@教师!E2", "I-EXTRA-SHEET@备注!");
			assertThat((Object) result.getRow(header + 13)).isNull();

			Row idRow = result.getRow(header + 3);
			assertThat(idRow.getCell(1).getStringCellValue()).isEqualTo("错误");
			assertThat(fill(idRow.getCell(1))).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(idRow.getCell(3).getStringCellValue()).isEqualTo(Rule.R_ID_INVALID.title());
			assertThat(idRow.getCell(7).getStringCellValue()).isEqualTo("身份证号");
			assertThat(idRow.getCell(8).getStringCellValue()).isEqualTo(MASKED_ID);
			assertThat(idRow.getCell(9).getStringCellValue()).isEqualTo(Rule.R_ID_INVALID.message(MASKED_ID, "校验位错误"));
			assertThat(fill(result.getRow(header + 5).getCell(1))).isEqualTo(FeedbackStyles.WARNING_FILL);
			assertThat(result.getRow(header + 12).getCell(1).getStringCellValue()).isEqualTo("提示");
		}
	}

	@Test
	void copiesMarkOffendingCellsAndKeepTheOtherValuesAsTheyWere() throws IOException {
		Path out = writeFeedback(new FeedbackWorkbookWriter(), findings(), new ArrayList<>());
		try (XSSFWorkbook feedback = open(out)) {
			XSSFSheet graduates = feedback.getSheet(GRADUATES);
			XSSFCell id = cellAt(graduates, "C2");
			assertThat(id.getStringCellValue()).isEqualTo(MASKED_ID);
			assertThat(fill(id)).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(comment(id)).startsWith(SheetCopier.COMMENT_AUTHOR)
				.contains("R-ID-INVALID")
				.contains(Rule.R_ID_INVALID.message(MASKED_ID, "校验位错误"));

			XSSFCell gender = cellAt(graduates, "D3");
			assertThat(gender.getStringCellValue()).isEqualTo("M");
			assertThat(fill(gender)).as("the worst severity's fill").isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(comment(gender)).contains("R-CODE", Rule.R_CODE.message("性别", "M", "性别", "男、女"))
				.contains("W-GENDER-ID", Rule.W_GENDER_ID.message("M", "男"));

			assertThat(fill(cellAt(graduates, "A4"))).as("a whole-row finding marks the first cell")
				.isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(comment(cellAt(graduates, "A4"))).contains("R-DUPLICATE");
			XSSFCell emptyName = cellAt(graduates, "B5");
			assertThat(emptyName.getCellType()).isEqualTo(CellType.BLANK);
			assertThat(fill(emptyName)).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(comment(emptyName)).contains("R-REQUIRED");
			assertThat(fill(cellAt(graduates, "F1"))).isEqualTo(FeedbackStyles.INFO_FILL);

			XSSFCell untouched = cellAt(graduates, "A3");
			assertThat(untouched.getStringCellValue()).isEqualTo("2021002");
			assertThat(fill(untouched)).isNull();
			assertThat(untouched.getCellComment()).isNull();
			assertThat(cellAt(graduates, "E2").getStringCellValue()).isEqualTo("0127");
			assertThat(cellAt(graduates, "C3").getStringCellValue()).as("an ID column is masked without a finding")
				.isEqualTo("440111********1234");

			XSSFSheet majors = feedback.getSheet(MAJORS);
			assertThat(fill(cellAt(majors, "F2"))).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(cellAt(majors, "F2").getNumericCellValue()).isEqualTo(95);
			assertThat(fill(cellAt(majors, "E3"))).isEqualTo(FeedbackStyles.WARNING_FILL);
			assertThat(comment(cellAt(majors, "E3"))).contains("W-ADMITTED-GT-PLAN");
			XSSFCell code = cellAt(majors, "A2");
			assertThat(code.getCellType()).isEqualTo(CellType.STRING);
			assertThat(code.getStringCellValue()).isEqualTo("0127");
			XSSFCell duration = cellAt(majors, "C2");
			assertThat(duration.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(duration.getNumericCellValue()).isEqualTo(3);

			XSSFSheet teachers = feedback.getSheet(TEACHERS);
			XSSFCell birth = cellAt(teachers, "E2");
			assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
			assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1940, 5, 6));
			assertThat(fill(birth)).isEqualTo(FeedbackStyles.WARNING_FILL);
			assertThat(cellAt(teachers, "C2").getStringCellValue()).as("an ID stored as a number is masked too")
				.isEqualTo("440111********1260");
		}
	}

	@Test
	void linksLeadFromEachLocatedFindingToItsCell() throws IOException {
		Path out = writeFeedback(new FeedbackWorkbookWriter(), findings(), new ArrayList<>());
		try (XSSFWorkbook feedback = open(out)) {
			XSSFSheet result = feedback.getSheet("校验结果");
			int header = headerRow(result);
			List<String> links = new ArrayList<>();
			for (int i = 1; i <= 12; i++) {
				var link = result.getRow(header + i).getCell(4).getHyperlink();
				links.add((link != null) ? link.getAddress() : "");
			}
			assertThat(links).containsExactly("", "'毕业生去向'!F1", "'毕业生去向'!C2", "'毕业生去向'!D3", "'毕业生去向'!D3", "'毕业生去向'!A4",
					"'毕业生去向'!B5", "", "'专业与招生'!F2", "'专业与招生'!E3", "'教师'!E2", "");
		}
	}

	@Test
	void theFullIdNumberAppearsNowhereAndTheMaskedOneExactlyAsGiven() throws IOException {
		Path out = writeFeedback(new FeedbackWorkbookWriter(), findings(), new ArrayList<>());
		try (XSSFWorkbook feedback = open(out)) {
			StringBuilder everything = new StringBuilder();
			for (Sheet sheet : feedback) {
				everything.append(allText(sheet));
				for (Comment comment : ((XSSFSheet) sheet).getCellComments().values()) {
					everything.append(comment.getString().getString()).append('\n');
				}
			}
			assertThat(everything.toString()).doesNotContain(RAW_ID)
				.doesNotContain(RAW_ID_2)
				.doesNotContain("4401112006")
				.doesNotContain("440111195001011")
				.contains(MASKED_ID);
		}
	}

	@Test
	void commentsAndLinksStopAtTheCapWhileEveryOffendingCellIsStillFilled() throws IOException {
		Path out = writeFeedback(new FeedbackWorkbookWriter(2), findings(), new ArrayList<>());
		try (XSSFWorkbook feedback = open(out)) {
			XSSFSheet graduates = feedback.getSheet(GRADUATES);
			assertThat(graduates.getCellComments().keySet()).containsExactlyInAnyOrder(new CellAddress("F1"),
					new CellAddress("C2"));
			assertThat(feedback.getSheet(MAJORS).getCellComments()).isEmpty();
			assertThat(fill(cellAt(graduates, "B5"))).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(fill(cellAt(feedback.getSheet(MAJORS), "E3"))).isEqualTo(FeedbackStyles.WARNING_FILL);
			XSSFSheet result = feedback.getSheet("校验结果");
			assertThat(allText(result)).contains("仅前 2 个问题单元格附有批注和跳转链接");
			assertThat(result.getHyperlinkList()).hasSize(2);
		}
	}

	@Test
	void anUnreadableFileGetsOnlyTheResultSheet() throws IOException {
		Finding unreadable = Finding.ofFile(Rule.F_UNREADABLE, Rule.F_UNREADABLE.message("文件为空"));
		Map<Severity, Integer> counts = FeedbackSummary.countBySeverity(List.of(unreadable));
		FeedbackSummary summary = new FeedbackSummary("空文件.xlsx", null, null, 2024, FeedbackStatus.of(counts), null,
				LocalDateTime.of(2025, 3, 1, 10, 20), counts, List.of());
		Path out = this.dir.resolve(FeedbackWorkbookWriter.feedbackFileName("空文件.xlsx"));
		new FeedbackWorkbookWriter().writeWithoutOriginal(summary, List.of(unreadable), out);
		try (XSSFWorkbook feedback = open(out)) {
			assertThat(sheetNames(feedback)).containsExactly("校验结果");
			XSSFSheet result = feedback.getSheet("校验结果");
			assertThat(text(result, "A1")).isEqualTo("（学校未识别） 2024年度质量数据校验结果");
			assertThat(text(result, "C2")).isEqualTo("未通过");
			int header = headerRow(result);
			Row row = result.getRow(header + 1);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("F-UNREADABLE");
			assertThat(row.getCell(9).getStringCellValue()).isEqualTo(Rule.F_UNREADABLE.message("文件为空"));
			assertThat((Object) result.getRow(header + 2)).isNull();
			assertThat(allText(result)).contains("未读取到数据行").doesNotContain("工作表副本");
		}
	}

	@Test
	void aCleanFileGetsAGreenVerdictAndNoCopies() throws IOException {
		List<String> sheetsRead = new ArrayList<>();
		Path out = writeFeedback(new FeedbackWorkbookWriter(), List.of(), sheetsRead);
		try (XSSFWorkbook feedback = open(out)) {
			assertThat(sheetNames(feedback)).containsExactly("校验结果");
			assertThat(sheetsRead).isEmpty();
			XSSFCell verdict = cellAt(feedback.getSheet("校验结果"), "C2");
			assertThat(verdict.getStringCellValue()).isEqualTo("已通过");
			assertThat(fill(verdict)).isEqualTo(FeedbackStyles.GOOD_FILL);
		}
	}

	@Test
	void aSheetWithOnlyInfoFindingsIsListedButNotCopied() throws IOException {
		List<String> sheetsRead = new ArrayList<>();
		Finding extraColumn = Finding.ofCell(Rule.I_EXTRA_COLUMN, "毕业生去向", 1, "H", "备注", "备注",
				Rule.I_EXTRA_COLUMN.message("备注"));
		Path out = writeFeedback(new FeedbackWorkbookWriter(), List.of(extraColumn), sheetsRead);
		try (XSSFWorkbook feedback = open(out)) {
			assertThat(sheetNames(feedback)).containsExactly("校验结果");
			assertThat(sheetsRead).isEmpty();
			StringBuilder listed = new StringBuilder();
			feedback.getSheet("校验结果").forEach((row) -> row.forEach((cell) -> listed.append(cell).append('|')));
			assertThat(listed.toString()).contains("I-EXTRA-COLUMN", "备注");
		}
	}

	@Test
	void aSheetNamedLikeTheResultSheetIsCopiedUnderAnotherName() throws IOException {
		Path file = this.dir.resolve("odd.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			row(workbook.createSheet("校验结果"), 0, "x");
			try (OutputStream stream = Files.newOutputStream(file)) {
				workbook.write(stream);
			}
		}
		Finding finding = Finding.ofCell(Rule.R_TYPE, "校验结果", 1, "A", "x", "x", "消息");
		Map<Severity, Integer> counts = FeedbackSummary.countBySeverity(List.of(finding));
		FeedbackSummary summary = new FeedbackSummary("odd.xlsx", "", "", 2024, FeedbackStatus.of(counts), null,
				LocalDateTime.of(2025, 3, 1, 10, 20), counts, List.of());
		Path out = this.dir.resolve("odd_校验结果.xlsx");
		try (PoiWorkbookReader reader = new PoiWorkbookReader(file)) {
			new FeedbackWorkbookWriter().write(summary, List.of(finding), reader, out);
		}
		try (XSSFWorkbook feedback = open(out)) {
			assertThat(sheetNames(feedback)).containsExactly("校验结果", "校验结果（原表）");
			XSSFSheet result = feedback.getSheet("校验结果");
			assertThat(result.getRow(headerRow(result) + 1).getCell(4).getHyperlink().getAddress())
				.isEqualTo("'校验结果（原表）'!A1");
		}
	}

	@Test
	void aFindingOnARowTheReaderSkippedIsStillMarked() throws IOException {
		Finding onBlankRow = Finding.ofCell(Rule.R_REQUIRED, GRADUATES, 8, "B", "姓名", "", "「姓名」不能为空。");
		Finding beforeIt = Finding.ofCell(Rule.R_REQUIRED, GRADUATES, 5, "B", "姓名", "", "「姓名」不能为空。");
		List<Finding> findings = List.of(onBlankRow, beforeIt);
		Path out = writeFeedback(new FeedbackWorkbookWriter(), findings, new ArrayList<>());
		try (XSSFWorkbook feedback = open(out)) {
			XSSFSheet graduates = feedback.getSheet(GRADUATES);
			assertThat(fill(cellAt(graduates, "B8"))).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(comment(cellAt(graduates, "B8"))).contains("R-REQUIRED");
			assertThat(fill(cellAt(graduates, "B5"))).isEqualTo(FeedbackStyles.ERROR_FILL);
			assertThat(cellAt(graduates, "D5").getStringCellValue()).isEqualTo("女");
		}
	}

	@Test
	void aLongSheetIsCopiedWholeAcrossTheRowsWrittenOutEarly() throws IOException {
		Path file = this.dir.resolve("long.xlsx");
		int lastRow = 3_000;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(GRADUATES);
			row(sheet, 0, "学号", "姓名", "月收入");
			for (int i = 1; i < lastRow; i++) {
				row(sheet, i, "S" + i, "学生" + i, 3000 + i);
			}
			try (OutputStream stream = Files.newOutputStream(file)) {
				workbook.write(stream);
			}
		}
		List<Finding> findings = List.of(Finding.ofCell(Rule.R_REQUIRED, GRADUATES, 2, "B", "姓名", "学生1", "消息一"),
				Finding.ofCell(Rule.W_ADMITTED_GT_PLAN, GRADUATES, 2_900, "C", "月收入", "5899", "消息二"));
		Map<Severity, Integer> counts = FeedbackSummary.countBySeverity(findings);
		FeedbackSummary summary = new FeedbackSummary("long.xlsx", "", "", 2024, FeedbackStatus.of(counts), null,
				LocalDateTime.of(2025, 3, 1, 10, 20), counts, List.of());
		Path out = this.dir.resolve("long_校验结果.xlsx");
		try (PoiWorkbookReader reader = new PoiWorkbookReader(file)) {
			new FeedbackWorkbookWriter().write(summary, findings, reader, out);
		}
		try (XSSFWorkbook feedback = open(out)) {
			XSSFSheet copy = feedback.getSheet(GRADUATES);
			assertThat(copy.getLastRowNum()).isEqualTo(lastRow - 1);
			assertThat(cellAt(copy, "A3000").getStringCellValue()).isEqualTo("S2999");
			XSSFCell late = cellAt(copy, "C2900");
			assertThat(late.getNumericCellValue()).isEqualTo(5899);
			assertThat(fill(late)).isEqualTo(FeedbackStyles.WARNING_FILL);
			assertThat(comment(late)).contains("消息二");
			assertThat(copy.getColumnWidth(1)).as("widths measured on the first rows")
				.isGreaterThan(copy.getColumnWidth(3));
			XSSFSheet result = feedback.getSheet("校验结果");
			assertThat(result.getRow(headerRow(result) + 2).getCell(4).getHyperlink().getAddress())
				.isEqualTo("'毕业生去向'!C2900");
		}
	}

	@Test
	void aSheetThatFailsToReadIsLeftOutAndSaidSo() throws IOException {
		Path out = this.dir.resolve("failing_校验结果.xlsx");
		List<Finding> findings = findings();
		try (PoiWorkbookReader poi = new PoiWorkbookReader(this.submission)) {
			WorkbookReader failingMajors = new WorkbookReader() {

				@Override
				public List<SheetInfo> sheets() {
					return poi.sheets();
				}

				@Override
				public void readSheet(SheetInfo sheet, RowHandler handler) throws WorkbookException, IOException {
					if (sheet.name().equals(MAJORS)) {
						handler.row(new RawRow(1,
								List.of(new RawCell(0, CellKind.STRING, "专业代码", null, null, false, false)), false));
						throw new WorkbookException(Rule.F_TOO_LARGE, "工作表行数超过 200000");
					}
					poi.readSheet(sheet, handler);
				}

				@Override
				public void close() {
				}

			};
			new FeedbackWorkbookWriter().write(summary(findings), findings, failingMajors, out);
		}
		try (XSSFWorkbook feedback = open(out)) {
			assertThat(sheetNames(feedback)).containsExactly("校验结果", GRADUATES, TEACHERS);
			XSSFSheet result = feedback.getSheet("校验结果");
			assertThat(allText(result)).contains("工作表「专业与招生」读取时出错（工作表行数超过 200000），未附副本");
			int header = headerRow(result);
			assertThat(result.getRow(header + 9).getCell(2).getStringCellValue()).isEqualTo("X-REGISTERED-GT-ADMITTED");
			assertThat(result.getRow(header + 9).getCell(4).getHyperlink()).isNull();
			assertThat(result.getRow(header + 11).getCell(4).getHyperlink().getAddress()).isEqualTo("'教师'!E2");
		}
	}

	@Test
	void feedbackFileNameKeepsTheBaseName() {
		assertThat(FeedbackWorkbookWriter.feedbackFileName("4144012345_2024.xlsx"))
			.isEqualTo("4144012345_2024_校验结果.xlsx");
		assertThat(FeedbackWorkbookWriter.feedbackFileName("/inbox/2024/某学校.数据.xls")).isEqualTo("某学校.数据_校验结果.xlsx");
		assertThat(FeedbackWorkbookWriter.feedbackFileName("C:\\上报\\学校数据")).isEqualTo("学校数据_校验结果.xlsx");
	}

	@Test
	void aFeedbackNameTooLongForAFileNameIsCutAndKeptApart() {
		// 237 bytes: with _校验结果.xlsx, 255, the most a name may have.
		String fits = "某".repeat(79) + ".xlsx";
		assertThat(FeedbackWorkbookWriter.feedbackFileName(fits)).isEqualTo("某".repeat(79) + "_校验结果.xlsx");
		String first = "某".repeat(80) + "甲.xlsx";
		String second = "某".repeat(80) + "乙.xlsx";
		String firstFeedback = FeedbackWorkbookWriter.feedbackFileName(first);
		String secondFeedback = FeedbackWorkbookWriter.feedbackFileName(second);
		for (String feedback : List.of(firstFeedback, secondFeedback)) {
			assertThat(feedback.getBytes(StandardCharsets.UTF_8).length).isBetween(250, 255);
			assertThat(feedback).startsWith("某".repeat(70)).matches(".*~[0-9a-f]{8}_校验结果\\.xlsx");
		}
		assertThat(firstFeedback).isNotEqualTo(secondFeedback);
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static int headerRow(Sheet sheet) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("序号")) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no header row");
	}

	private static XSSFCell cellAt(XSSFSheet sheet, String address) {
		CellAddress at = new CellAddress(address);
		Row row = sheet.getRow(at.getRow());
		assertThat((Object) row).as(address).isNotNull();
		Cell cell = row.getCell(at.getColumn());
		assertThat(cell).as(address).isNotNull();
		return (XSSFCell) cell;
	}

	private static String text(XSSFSheet sheet, String address) {
		return cellAt(sheet, address).getStringCellValue();
	}

	private static String comment(XSSFCell cell) {
		assertThat(cell.getCellComment()).as(cell.getAddress().formatAsString()).isNotNull();
		return cell.getCellComment().getString().getString();
	}

	/** The RGB hex of a cell's solid fill, or null without one. */
	private static String fill(Cell cell) {
		XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
		return (color != null) ? color.getARGBHex().substring(2) : null;
	}

	private static List<String> rowTexts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cellText(cell)));
		return texts;
	}

	private static String cellText(Cell cell) {
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
			default -> "";
		};
	}

	private static String allText(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				text.append(cellText(cell)).append('\n');
			}
		}
		return text.toString();
	}

}
