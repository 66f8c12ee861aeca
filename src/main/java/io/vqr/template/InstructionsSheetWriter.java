package io.vqr.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.docs.FieldDescriptions;
import io.vqr.standard.docs.ReportingPeriod;

/**
 * The first sheet, 填报说明: general instructions, the reporting periods, one row per field
 * of every sheet, and the rule catalogue, all from the standard's definitions.
 */
final class InstructionsSheetWriter {

	static final String SHEET_NAME = SubmissionStandard.INSTRUCTIONS_SHEET;

	/** Column titles of the field table; its columns set the sheet's grid. */
	static final List<String> FIELD_COLUMNS = List.of("工作表", "列名（表头）", "类型", "单位", "是否必填", "填写规则", "示例");

	private static final int[] COLUMN_CHARACTERS = { 12, 26, 14, 6, 24, 56, 24 };

	private static final int LAST_COLUMN = COLUMN_CHARACTERS.length - 1;

	private static final float LINE_POINTS = 15f;

	private final TemplateStyles styles;

	private XSSFSheet sheet;

	private int nextRow;

	InstructionsSheetWriter(TemplateStyles styles) {
		this.styles = styles;
	}

	void write(XSSFWorkbook workbook, SubmissionStandard standard, int year) {
		this.sheet = workbook.createSheet(SHEET_NAME);
		this.nextRow = 0;
		for (int column = 0; column < COLUMN_CHARACTERS.length; column++) {
			this.sheet.setColumnWidth(column, ColumnWidths.units(COLUMN_CHARACTERS[column]));
		}
		XSSFRow titleRow = mergedLine(year + "年度职业院校质量数据采集表 填报说明", this.styles.title);
		titleRow.setHeightInPoints(30);
		this.nextRow++;

		sectionTitle("一、总体要求");
		List<String> general = generalInstructions(standard, year);
		for (int i = 0; i < general.size(); i++) {
			paragraph((i + 1) + ". " + general.get(i));
		}
		this.nextRow++;

		sectionTitle("二、统计口径与时点（统计年度 " + year + "）");
		ReportingPeriod.forYear(year).forEach((line) -> paragraph("· " + line));
		this.nextRow++;

		sectionTitle("三、各工作表的填写要求");
		tableRow(FIELD_COLUMNS, this.styles.header);
		for (SheetDef sheetDef : standard.sheets()) {
			for (FieldDef field : sheetDef.fields()) {
				tableRow(List.of(sheetDef.name(), field.header(), field.type().label(), FieldDescriptions.unit(field),
						field.requirement().describe(sheetDef), FieldDescriptions.ruleWithChoices(field),
						field.example()), this.styles.tableCell);
			}
		}
		this.nextRow++;

		sectionTitle("四、校验规则");
		paragraph("提交后系统按以下规则校验，并返回反馈工作簿。" + Severity.ERROR.label() + "：整份提交退回，须更正后重新提交；" + Severity.WARNING.label()
				+ "：提交通过，请确认或更正；" + Severity.INFO.label() + "：仅作记录。");
		ruleRow(List.of("规则编号", "严重程度", "名称", "说明"), this.styles.header);
		for (Rule rule : Rule.of(standard)) {
			ruleRow(List.of(rule.id(), rule.severity().label(), rule.title(), rule.description(standard)),
					this.styles.tableCell);
		}
		this.sheet.setDisplayGridlines(false);
		PageSetup.landscapeOnePageWide(this.sheet);
	}

	private List<String> generalInstructions(SubmissionStandard standard, int year) {
		SheetDef profile = standard.sheet(SubmissionStandard.PROFILE);
		String schoolCodeExample = profile.fields()
			.stream()
			.filter((field) -> field.type() == FieldType.SCHOOL_CODE)
			.map(FieldDef::example)
			.findFirst()
			.orElseThrow();
		List<String> lines = new ArrayList<>();
		lines.add("本工作簿为" + year + "年度职业院校质量数据采集表。每所学校每个年度填报一个工作簿；系统以「" + profile.name()
				+ "」中的学校代码识别学校，不以文件名识别。建议文件名为“<学校代码>_" + year + ".xlsx”，如“" + schoolCodeExample + "_" + year
				+ ".xlsx”。");
		lines.add("工作表：" + String.join("；",
				standard.sheets()
					.stream()
					.map((sheetDef) -> "「" + sheetDef.name() + "」" + (sheetDef.required() ? "（必填）" : "（选填）")
							+ sheetDef.description())
					.toList())
				+ "。");
		lines.add("请勿重命名或删除工作表，请勿修改表头文字。不需要填写的列保留为空即可。");
		lines.add("表头或标签末尾带 " + HeaderText.REQUIRED_MARK + " 的为必填项；“是否必填”一栏写明“……时必填”的，按条件必填。");
		lines.add(textualTypes(standard) + "等代码和证件号码列已设置为文本格式，以保留开头的 0 和身份证号的全部 18 位。"
				+ "从其他表格复制数据时，请使用“选择性粘贴→数值”，以免覆盖文本格式；在其他表格中已按数字保存的身份证号末尾几位已丢失，须重新录入。");
		lines.add("带下拉箭头的列请从下拉列表中选择；数值列只填写数字，不要带单位或文字，人数填写整数。");
		lines.add("每行填写一条记录，从表头下方第一行起连续填写。不要填写合计行，不要保留示例行；不需要的行请删除，不要隐藏（隐藏的行同样会被读取）。");
		lines.add("隐藏的工作表「" + CodeListSheet.SHEET_NAME + "」供下拉列表使用，请勿修改。");
		lines.add("请勿设置打开密码，保存为 .xlsx 格式后提交。系统会返回反馈工作簿，列出需要更正的单元格和原因。");
		return lines;
	}

	/** The names of the identifier types the template formats as text, e.g. 学校代码、身份证号. */
	private static String textualTypes(SubmissionStandard standard) {
		Set<String> names = new LinkedHashSet<>();
		for (SheetDef sheetDef : standard.sheets()) {
			for (FieldDef field : sheetDef.fields()) {
				if (isIdentifier(field.type())) {
					names.add(field.type().label());
				}
			}
		}
		return String.join("、", names);
	}

	private static boolean isIdentifier(FieldType type) {
		return type.isTextual() && !Arrays
			.asList(FieldType.TEXT, FieldType.PARAGRAPHS, FieldType.CODE, FieldType.YES_NO, FieldType.YEAR)
			.contains(type);
	}

	private void sectionTitle(String text) {
		XSSFRow row = mergedLine(text, this.styles.sectionTitle);
		row.setHeightInPoints(22);
	}

	private void paragraph(String text) {
		XSSFRow row = mergedLine(text, this.styles.paragraph);
		int width = 0;
		for (int characters : COLUMN_CHARACTERS) {
			width += characters + 2;
		}
		row.setHeightInPoints(ColumnWidths.lines(text, width * 256) * LINE_POINTS + 3);
	}

	private XSSFRow mergedLine(String text, XSSFCellStyle style) {
		XSSFRow row = this.sheet.createRow(this.nextRow);
		XSSFCell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		this.sheet.addMergedRegion(new CellRangeAddress(this.nextRow, this.nextRow, 0, LAST_COLUMN));
		this.nextRow++;
		return row;
	}

	/**
	 * A row of the field table, one cell per column; the height fits the longest cell.
	 */
	private void tableRow(List<String> cells, XSSFCellStyle style) {
		XSSFRow row = this.sheet.createRow(this.nextRow++);
		int lines = 1;
		for (int column = 0; column < cells.size(); column++) {
			XSSFCell cell = row.createCell(column);
			cell.setCellValue(cells.get(column));
			cell.setCellStyle(style);
			lines = Math.max(lines,
					ColumnWidths.lines(cells.get(column), ColumnWidths.units(COLUMN_CHARACTERS[column])));
		}
		row.setHeightInPoints(lines * LINE_POINTS + 3);
	}

	/**
	 * A row of the rule table on the same grid: id over columns A–B, severity in C, title
	 * over D–E, description over F–G.
	 */
	private void ruleRow(List<String> cells, XSSFCellStyle style) {
		int[][] spans = { { 0, 1 }, { 2, 2 }, { 3, 4 }, { 5, 6 } };
		int rowIndex = this.nextRow++;
		XSSFRow row = this.sheet.createRow(rowIndex);
		int lines = 1;
		for (int i = 0; i < spans.length; i++) {
			int first = spans[i][0];
			int last = spans[i][1];
			int width = 0;
			for (int column = first; column <= last; column++) {
				XSSFCell cell = row.createCell(column);
				cell.setCellStyle(style);
				width += COLUMN_CHARACTERS[column] + 2;
			}
			row.getCell(first).setCellValue(cells.get(i));
			if (last > first) {
				this.sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, last));
			}
			lines = Math.max(lines, ColumnWidths.lines(cells.get(i), width * 256));
		}
		row.setHeightInPoints(lines * LINE_POINTS + 3);
	}

}
