package io.vqr.workbook.layout;

import java.math.BigDecimal;
import java.util.Map;

import io.vqr.findings.Finding;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;
import io.vqr.workbook.RawRow;
import org.junit.jupiter.api.Test;

import static io.vqr.workbook.layout.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

class TableSheetParserTest {

	private static final SheetDef MAJORS = SubmissionStandard.v1().sheet("majors");

	private static final SheetDef GRADUATES = SubmissionStandard.v1().sheet("graduates");

	private final ValueParser values = new ValueParser();

	private final RecordingListener listener = new RecordingListener();

	private SheetCounts read(SheetDef sheet, RawRow... rows) {
		SheetParser parser = SheetParsers.create(sheet, sheet.name(), this.listener, this.values);
		for (RawRow row : rows) {
			assertThat(parser.row(row)).isTrue();
		}
		return parser.finish();
	}

	private Map<String, Integer> columnsByField() {
		Map<String, Integer> columns = new java.util.LinkedHashMap<>();
		this.listener.header().bindings().forEach((binding) -> columns.put(binding.field().key(), binding.column()));
		return columns;
	}

	@Test
	void headerBelowTitleAndNotesWithDecoratedHeaders() {
		SheetCounts counts = read(MAJORS, row(1, "某某学校2024年专业与招生情况表", "^某某学校2024年专业与招生情况表"), row(2, "单位：人"),
				row(3, "填报说明：专业代码按《职业教育专业目录（2021年）》填写"),
				row(4, "序号", "专业代码*", "专业\n名称", "学制（年）", "招生计划数(人)", "录取数：", "实际报到数", "在校生数", "毕业生数", "备注"),
				row(5, "#1", "710201", "计算机应用", "3年", "#120", "#118", "#112", "#340", "#105", "新专业"));
		assertThat(this.listener.header().firstRow()).isEqualTo(4);
		assertThat(this.listener.header().lastRow()).isEqualTo(4);
		assertThat(columnsByField()).containsExactly(entry("major_code", 1), entry("major_name", 2),
				entry("duration", 3), entry("plan", 4), entry("admitted", 5), entry("registered", 6),
				entry("enrolled", 7), entry("graduates", 8));
		ColumnBinding duration = this.listener.header().binding("duration").orElseThrow();
		assertThat(duration.unit()).contains(Unit.YEAR);
		assertThat(duration.headerAsWritten()).isEqualTo("学制（年）");
		assertThat(duration.columnLetter()).isEqualTo("D");
		assertThat(this.listener.header().binding("plan").orElseThrow().unit()).contains(Unit.PERSON);
		// 序号 silently ignored, 备注 reported, the optional 贯通培养 column not missed
		assertThat(this.listener.findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.I_EXTRA_COLUMN);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.excelRow()).isEqualTo(4);
			assertThat(finding.column()).isEqualTo("J");
			assertThat(finding.header()).isEqualTo("备注");
			assertThat(finding.message()).isEqualTo("列「备注」不属于填报标准，已忽略。");
		});
		SheetRecord record = this.listener.records.get(0);
		assertThat(record.excelRow()).isEqualTo(5);
		assertThat(record.cells()).containsOnlyKeys("major_code", "major_name", "duration", "plan", "admitted",
				"registered", "enrolled", "graduates");
		FieldCell plan = record.cell("plan").orElseThrow();
		assertThat(plan.columnLetter()).isEqualTo("E");
		assertThat(plan.header()).isEqualTo("招生计划数(人)");
		assertThat(plan.parse(this.values, SchoolContext.unknown()).as(Long.class)).contains(120L);
		assertThat(record.cell("duration").orElseThrow().parse(this.values, SchoolContext.unknown()).as(Long.class))
			.contains(3L);
		assertThat(record.cell("through_track")).isEmpty();
		assertThat(counts).isEqualTo(new SheetCounts(5, 4, 1, 0, 0, 0, 0, 1));
		assertThat(counts.allRowsAccountedFor()).isTrue();
		assertThat(this.listener.skipped).containsOnlyKeys(1, 2, 3, 4);
	}

	@Test
	void aliasesFullWidthBracketsAndLineBreaks() {
		read(MAJORS, row(1, "专业编码", "专业名称", "学制\r\n（年）", "计划招生数", "实际录取数", "新生报到数", "在校生", "贯通培养在校生数", "毕业生数"),
				row(2, "710201", "计算机应用", "三", "120", "118", "112", "340", "60", "105"));
		assertThat(columnsByField()).containsExactly(entry("major_code", 0), entry("major_name", 1),
				entry("duration", 2), entry("plan", 3), entry("admitted", 4), entry("registered", 5),
				entry("enrolled", 6), entry("through_track", 7), entry("graduates", 8));
		assertThat(this.listener.header().binding("duration").orElseThrow().unit()).contains(Unit.YEAR);
		assertThat(this.listener.findings).isEmpty();
	}

	@Test
	void twoRowHeaderWithMergedParentAndMergedCells() {
		// as the reader delivers merged regions: 招生情况 copied over D–F, the single-column
		// headers merged down over both rows
		read(MAJORS, row(1, "专业与招生情况"), row(2, "专业代码", "专业名称", "学制（年）", "招生情况", "^招生情况", "^招生情况", "在校生数", "毕业生数"),
				row(3, "^专业代码", "^专业名称", "^学制（年）", "计划数", "录取数", "报到数", "^在校生数", "^毕业生数"),
				row(4, "710201", "计算机应用", "3", "120", "118", "112", "340", "105"));
		assertThat(this.listener.header().lastRow()).isEqualTo(3);
		assertThat(columnsByField()).containsEntry("plan", 3)
			.containsEntry("admitted", 4)
			.containsEntry("registered", 5)
			.containsEntry("graduates", 7);
		assertThat(this.listener.findings).isEmpty();
		assertThat(this.listener.records).extracting(SheetRecord::excelRow).containsExactly(4);
	}

	@Test
	void twoRowHeaderWithoutMergedCopies() {
		read(MAJORS, row(1, "专业代码", "专业名称", "学制（年）", "招生情况", null, null, "在校生数", "毕业生数"),
				row(2, null, null, null, "计划数", "录取数", "报到数"),
				row(3, "710201", "计算机应用", "3", "120", "118", "112", "340", "105"));
		SheetHeader header = this.listener.header();
		assertThat(header.firstRow()).isEqualTo(1);
		assertThat(header.lastRow()).isEqualTo(2);
		assertThat(columnsByField()).containsExactly(entry("major_code", 0), entry("major_name", 1),
				entry("duration", 2), entry("plan", 3), entry("admitted", 4), entry("registered", 5),
				entry("enrolled", 6), entry("graduates", 7));
		assertThat(header.binding("plan").orElseThrow().headerAsWritten()).isEqualTo("招生情况/计划数");
		assertThat(header.binding("admitted").orElseThrow().headerAsWritten()).isEqualTo("录取数");
		assertThat(this.listener.records).extracting(SheetRecord::excelRow).containsExactly(3);
		assertThat(this.listener.findings).isEmpty();
	}

	@Test
	void aHeaderMergedAcrossColumnsBindsItsFirstColumn() {
		read(MAJORS, row(1, "专业代码", "专业名称", "^专业名称", "学制", "招生计划数", "录取数", "报到数", "在校生数", "毕业生数"),
				row(2, "710201", "计算机应用", "^计算机应用", "3", "1", "1", "1", "1", "1"));
		assertThat(columnsByField()).containsEntry("major_name", 1).containsEntry("duration", 3);
		assertThat(this.listener.findings).isEmpty();
	}

	@Test
	void parentAndChildInOneCell() {
		read(MAJORS, row(1, "专业代码", "专业名称", "学制", "招生情况计划数", "招生情况录取数", "招生情况报到数", "在校生数", "毕业生数"));
		assertThat(columnsByField()).containsEntry("plan", 3)
			.containsEntry("admitted", 4)
			.containsEntry("registered", 5);
		assertThat(this.listener.findings).isEmpty();
	}

	@Test
	void missingRequiredColumnIsAnError() {
		read(MAJORS, row(1, "专业代码", "专业名称", "招生计划数", "录取数", "报到数", "在校生数", "毕业生数"));
		assertThat(this.listener.findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.R_COLUMN_MISSING);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.sheet()).isEqualTo("专业与招生");
			assertThat(finding.header()).isEqualTo("学制（年）");
			assertThat(finding.message()).isEqualTo("工作表「专业与招生」缺少必填列「学制（年）」。请从填报模板复制该列表头，不要修改表头文字。");
		});
	}

	@Test
	void conditionallyRequiredColumnsMustBeThereTooButOptionalOnesNeedNot() {
		read(GRADUATES, row(1, "学号", "姓名", "身份证号码", "性别", "专业代码", "去向", "单位所在地区代码", "单位行业", "是否专业对口", "升学院校"));
		assertThat(this.listener.findings).extracting(Finding::rule).containsOnly(Rule.R_COLUMN_MISSING);
		assertThat(this.listener.findings).extracting(Finding::header).containsExactly("就业单位名称");
	}

	@Test
	void unknownDuplicateAndSerialNumberColumns() {
		read(GRADUATES, row(1, "序号", "学号", "姓名", "身份证号", "性别", "专业代码", "毕业去向", "就业单位名称", "单位所在地区代码", "单位行业", "是否专业对口",
				"升学院校", "联系电话", "证件号码"));
		assertThat(this.listener.findings).extracting(Finding::rule, Finding::column, Finding::header)
			.containsExactly(tuple(Rule.I_EXTRA_COLUMN, "M", "联系电话"), tuple(Rule.I_EXTRA_COLUMN, "N", "证件号码"));
		assertThat(columnsByField()).containsEntry("id_number", 3).doesNotContainKey("monthly_income");
	}

	@Test
	void totalsExamplesAndBlankRowsAreAccountedFor() {
		SheetCounts counts = read(MAJORS, row(1, "序号", "专业代码", "专业名称", "学制", "招生计划数", "录取数", "报到数", "在校生数", "毕业生数"),
				row(2, "示例", "710201", "计算机应用", "3", "120", "118", "112", "340", "105"),
				row(3, "#1", "710201", "计算机应用", "3", "#100", "#90", "#80", "#300", "#95"), row(4, "   ", "\u3000"),
				row(5, "#2", "#710202", "计算机网络技术", "3", "#50", "#40", "#40", "#120", "#38"), row(6, "#3"),
				row(8, "例", "720101"), row(9, "合计：", null, null, null, "#150", "#130", "1,200人", "#420"),
				row(10, null, "小计", null, null, "#1"));
		assertThat(this.listener.records).extracting(SheetRecord::excelRow).containsExactly(3, 5);
		assertThat(this.listener.skipped).containsEntry(1, SkipReason.LAYOUT)
			.containsEntry(2, SkipReason.EXAMPLE)
			.containsEntry(4, SkipReason.BLANK)
			.containsEntry(6, SkipReason.BLANK)
			.containsEntry(8, SkipReason.EXAMPLE)
			.doesNotContainKeys(3, 5, 9, 10);
		assertThat(this.listener.totals).hasSize(2);
		TotalsRow total = this.listener.totals.get(0);
		assertThat(total.excelRow()).isEqualTo(9);
		assertThat(total.label()).isEqualTo("合计：");
		assertThat(total.numbers()).containsOnly(entry("plan", BigDecimal.valueOf(150)),
				entry("admitted", BigDecimal.valueOf(130)), entry("registered", BigDecimal.valueOf(1200)),
				entry("enrolled", BigDecimal.valueOf(420)));
		assertThat(total.cell("plan").orElseThrow().columnLetter()).isEqualTo("E");
		assertThat(this.listener.totals.get(1).label()).isEqualTo("小计");
		assertThat(counts).isEqualTo(new SheetCounts(9, 1, 2, 2, 2, 2, 0, 2));
		assertThat(counts.allRowsAccountedFor()).isTrue();
	}

	@Test
	void recordsStreamOnceTheHeaderSearchIsOver() {
		SheetParser parser = SheetParsers.create(MAJORS, "专业与招生", this.listener, this.values);
		parser.row(row(1, "专业代码", "专业名称", "学制", "招生计划数", "录取数", "报到数", "在校生数", "毕业生数"));
		for (int r = 2; r <= 15; r++) {
			parser.row(row(r, "710201", "计算机应用", "3", "1", "1", "1", "1", "1"));
		}
		// the first 15 rows are held until the header is certain
		assertThat(this.listener.records).isEmpty();
		parser.row(row(16, "710202", "计算机网络技术", "3", "1", "1", "1", "1", "1"));
		assertThat(this.listener.events).first().isEqualTo("header");
		assertThat(this.listener.records).hasSize(15);
		parser.row(row(17, "710203", "软件与信息服务", "3", "1", "1", "1", "1", "1"));
		assertThat(this.listener.events).last().isEqualTo("record 17");
		assertThat(parser.finish().recordRows()).isEqualTo(16);
	}

	@Test
	void aShortTableIsDeliveredAtFinish() {
		SheetParser parser = SheetParsers.create(MAJORS, "专业与招生", this.listener, this.values);
		parser.row(row(1, "专业代码", "专业名称", "学制", "招生计划数", "录取数", "报到数", "在校生数", "毕业生数"));
		parser.row(row(2, "710201", "计算机应用", "3", "1", "1", "1", "1", "1"));
		assertThat(this.listener.records).isEmpty();
		parser.finish();
		assertThat(this.listener.records).hasSize(1);
	}

	@Test
	void headerBelowRowFifteenIsNotFound() {
		RawRow[] rows = new RawRow[17];
		for (int r = 1; r <= 15; r++) {
			rows[r - 1] = row(r, "填报说明第" + r + "条");
		}
		rows[15] = row(16, "专业代码", "专业名称", "学制", "招生计划数", "录取数", "报到数", "在校生数", "毕业生数");
		rows[16] = row(17, "710201", "计算机应用", "3", "1", "1", "1", "1", "1");
		SheetCounts counts = read(MAJORS, rows);
		assertThat(this.listener.headers).isEmpty();
		assertThat(this.listener.records).isEmpty();
		assertThat(this.listener.findings).extracting(Finding::rule).containsOnly(Rule.R_COLUMN_MISSING).hasSize(8);
		assertThat(counts.rowsWithoutHeader()).isEqualTo(17);
		assertThat(counts.allRowsAccountedFor()).isTrue();
	}

	@Test
	void anEmptySheetHasNoHeaderFindings() {
		SheetCounts counts = read(GRADUATES, row(3, " "));
		assertThat(this.listener.findings).isEmpty();
		assertThat(counts).isEqualTo(new SheetCounts(1, 0, 0, 1, 0, 0, 0, 0));
		assertThat(read(SubmissionStandard.v1().sheet("partnerships")).rowsRead()).isZero();
	}

	@Test
	void aHeaderOnlySheetHasNoRecords() {
		SheetCounts counts = read(GRADUATES,
				row(1, "学号", "姓名", "身份证号", "性别", "专业代码", "毕业去向", "就业单位名称", "单位所在地区代码", "单位行业", "是否专业对口", "升学院校"));
		assertThat(this.listener.findings).isEmpty();
		assertThat(counts.records()).isZero();
	}

	@Test
	void idNumbersAreShownMasked() {
		read(GRADUATES,
				row(1, "学号", "姓名", "身份证号", "性别", "专业代码", "毕业去向", "就业单位名称", "单位所在地区代码", "单位行业", "是否专业对口", "升学院校"),
				row(2, "2021010101", "张三", "44011120060315123X", "男", "710201", "10"));
		FieldCell id = this.listener.records.get(0).cell("id_number").orElseThrow();
		assertThat(id.shownValue()).isEqualTo("440111********123X");
		FieldCell employer = this.listener.records.get(0).cell("employer").orElseThrow();
		assertThat(employer.isEmpty()).isTrue();
		assertThat(employer.columnLetter()).isEqualTo("G");
		assertThat(employer.excelRow()).isEqualTo(2);
	}

	@Test
	void headerUnitsConvertValues() {
		read(GRADUATES,
				row(1, "学号", "姓名", "身份证号", "性别", "专业代码", "毕业去向", "就业单位名称", "单位所在地区代码", "单位行业", "是否专业对口", "升学院校",
						"月收入（万元）"),
				row(2, "2021010101", "张三", "x", "男", "710201", "10", null, null, null, null, null, "#0.45"));
		FieldCell income = this.listener.records.get(0).cell("monthly_income").orElseThrow();
		assertThat(income.binding().unit()).contains(Unit.WAN_YUAN);
		assertThat(income.parse(this.values, SchoolContext.unknown()).as(BigDecimal.class))
			.contains(new BigDecimal("4500"));
	}

	@Test
	void rowMarkersLoseTheirBracketsAndColons() {
		assertThat(TableSheetParser.marker(" 合 计： ")).isEqualTo("合计");
		assertThat(TableSheetParser.marker("【示例】")).isEqualTo("示例");
		assertThat(TableSheetParser.marker("（例）")).isEqualTo("例");
		assertThat(TableSheetParser.marker("[[示例]]:")).isEqualTo("示例");
		assertThat(TableSheetParser.marker("小计:")).isEqualTo("小计");
		// only the ends: brackets inside stay, and a cell of brackets alone is no marker
		assertThat(TableSheetParser.marker("合(计)")).isEqualTo("合(计");
		assertThat(TableSheetParser.marker("【】：")).isEmpty();
		assertThat(TableSheetParser.marker("2021001")).isEqualTo("2021001");
	}

}
