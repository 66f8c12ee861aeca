package io.vqr.workbook.layout;

import java.math.BigDecimal;

import io.vqr.findings.Finding;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;
import org.junit.jupiter.api.Test;

import static io.vqr.workbook.layout.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

class FormSheetParserTest {

	private static final SheetDef PROFILE = SubmissionStandard.v1().sheet("profile");

	private final ValueParser values = new ValueParser();

	private final RecordingListener listener = new RecordingListener();

	private final SheetParser parser = SheetParsers.create(PROFILE, "基本信息", this.listener, this.values);

	private SheetRecord profile() {
		assertThat(this.listener.records).hasSize(1);
		return this.listener.records.get(0);
	}

	private String text(String key) {
		return profile().cell(key).orElseThrow().cell().orElseThrow().text();
	}

	private void feedCompleteForm() {
		this.parser.row(row(1, "某某学校2024年度质量数据采集表", "^某某学校2024年度质量数据采集表", "^某某学校2024年度质量数据采集表"));
		this.parser.row(row(2, "填报说明：请在标签右侧填写"));
		this.parser.row(row(3, "学校代码：", "4144012345", "学校名称", "广州市示例职业技术学校"));
		this.parser.row(row(4, "办学类型*", null, "中等职业学校", "办学性质", "公办"));
		this.parser.row(row(5, "所在地区代码", "#440111", "年度", "#2024"));
		this.parser.row(row(6, "教学科研仪器设备资产总值（元）", "#35605000"));
		this.parser.row(row(7, "校内实践教学工位数（个）", "#2400", "纸质图书\n（册）", "185,000"));
		this.parser.row(row(8, "年生均财政拨款水平（万元）", "#1.58", "填报人", null, "联系电话", "020-12345678"));
		this.parser.row(row(9, "教学用计算机", "^教学用计算机", "1200台"));
	}

	@Test
	void labelsAnywhereWithValuesToTheirRight() {
		feedCompleteForm();
		SheetCounts counts = this.parser.finish();
		assertThat(this.listener.findings).isEmpty();
		assertThat(text("school_code")).isEqualTo("4144012345");
		assertThat(text("school_name")).isEqualTo("广州市示例职业技术学校");
		assertThat(text("school_type")).isEqualTo("中等职业学校");
		assertThat(text("ownership")).isEqualTo("公办");
		assertThat(text("region_code")).isEqualTo("440111");
		assertThat(text("books")).isEqualTo("185,000");
		FieldCell schoolType = profile().cell("school_type").orElseThrow();
		assertThat(schoolType.columnLetter()).isEqualTo("C");
		assertThat(schoolType.excelRow()).isEqualTo(4);
		assertThat(schoolType.header()).isEqualTo("办学类型*");
		assertThat(schoolType.parse(this.values, SchoolContext.unknown()).as(CodeEntry.class).map(CodeEntry::name))
			.contains("中等职业学校");
		assertThat(profile().excelRow()).isZero();
		assertThat(counts.records()).isEqualTo(1);
		assertThat(counts.layoutRows()).isEqualTo(9);
		assertThat(counts.allRowsAccountedFor()).isTrue();
		assertThat(this.listener.events).containsExactly("header", "record 0");
	}

	@Test
	void aTitleContaining年度IsNotTheLabel() {
		feedCompleteForm();
		this.parser.finish();
		FieldCell year = profile().cell("year").orElseThrow();
		assertThat(year.excelRow()).isEqualTo(5);
		assertThat(year.columnLetter()).isEqualTo("D");
		assertThat(year.header()).isEqualTo("年度");
		assertThat(year.parse(this.values, SchoolContext.unknown()).as(Long.class)).contains(2024L);
	}

	@Test
	void unitsInLabelsConvert() {
		feedCompleteForm();
		this.parser.finish();
		FieldCell equipment = profile().cell("equipment_value").orElseThrow();
		assertThat(equipment.binding().unit()).contains(Unit.YUAN);
		assertThat(equipment.parse(this.values, SchoolContext.unknown()).as(BigDecimal.class))
			.contains(new BigDecimal("3560.5"));
		FieldCell funding = profile().cell("funding_per_student").orElseThrow();
		assertThat(funding.parse(this.values, SchoolContext.unknown()).as(BigDecimal.class))
			.contains(new BigDecimal("15800"));
		assertThat(profile().cell("books").orElseThrow().parse(this.values, SchoolContext.unknown()).as(Long.class))
			.contains(185000L);
		// a label merged over two columns: the value is after the merged region
		assertThat(profile().cell("computers").orElseThrow().parse(this.values, SchoolContext.unknown()).as(Long.class))
			.contains(1200L);
	}

	@Test
	void aLabelWithoutValueIsAnEmptyCellForTheRequirementCheck() {
		feedCompleteForm();
		this.parser.finish();
		// 填报人 is followed by the label 联系电话: its own value is empty
		FieldCell contact = profile().cell("contact").orElseThrow();
		assertThat(contact.isEmpty()).isTrue();
		assertThat(contact.columnLetter()).isEqualTo("D");
		assertThat(contact.excelRow()).isEqualTo(8);
		assertThat(text("phone")).isEqualTo("020-12345678");
	}

	@Test
	void missingAlwaysRequiredLabelsAreColumnMissing() {
		this.parser.row(row(1, "学校代码", "4144012345"));
		this.parser.row(row(2, "学校名称", "广州市示例职业技术学校"));
		this.parser.row(row(3, "填报人", "李老师"));
		this.parser.finish();
		assertThat(this.listener.findings).extracting(Finding::rule).containsOnly(Rule.R_COLUMN_MISSING);
		assertThat(this.listener.findings).extracting(Finding::header)
			.containsExactly("办学类型", "办学性质", "所在地区代码", "统计年度", "教学科研仪器设备资产总值（万元）", "校内实践教学工位数（个）", "纸质图书（册）");
		assertThat(this.listener.findings.get(0).message()).isEqualTo("工作表「基本信息」缺少必填列「办学类型」。请从填报模板复制该列表头，不要修改表头文字。");
		assertThat(profile().cells()).containsOnlyKeys("school_code", "school_name", "contact");
	}

	@Test
	void labelsAfterRowFortyAreNotRead() {
		this.parser.row(row(1, "学校代码", "4144012345"));
		assertThat(this.parser.row(row(40, "学校名称", "甲校"))).isTrue();
		assertThat(this.parser.row(row(41, "办学类型", "中等职业学校"))).isFalse();
		SheetCounts counts = this.parser.finish();
		assertThat(profile().cells()).containsOnlyKeys("school_code", "school_name");
		assertThat(counts.rowsRead()).isEqualTo(2);
	}

	@Test
	void theFirstOfTwoEqualLabelsWins() {
		this.parser.row(row(1, "学校代码", "4144012345"));
		this.parser.row(row(2, "院校代码", "9999999999"));
		this.parser.finish();
		assertThat(text("school_code")).isEqualTo("4144012345");
	}

}
