package io.vqr.normalize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, yes/no, code lists, text, school codes and years. */
class ValueParsingTest {

	private final ValueParser parser = new ValueParser();

	private static FieldDef field(String sheet, String key) {
		return SubmissionStandard.v1().sheet(sheet).field(key).orElseThrow();
	}

	private ParsedValue parse(FieldDef field, RawCell cell) {
		return this.parser.parse(field, cell, Optional.empty(), SchoolContext.unknown());
	}

	private static ParsedValue.Invalid invalid(ParsedValue value) {
		assertThat(value).isInstanceOf(ParsedValue.Invalid.class);
		return (ParsedValue.Invalid) value;
	}

	@ParameterizedTest(name = "出生日期 \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-06-30          | 2024-06-30
			2024/6/30           | 2024-06-30
			2024.6.30           | 2024-06-30
			2024年6月30日         | 2024-06-30
			2024 年 6 月 30 日    | 2024-06-30
			２０２４－０６－３０      | 2024-06-30
			20240630            | 2024-06-30
			2024-06-30 00:00:00 | 2024-06-30
			2024年6月            | 2024-06
			202406              | 2024-06
			2024.6              | 2024-06
			2024-06             | 2024-06
			2024/06             | 2024-06
			1985.10             | 1985-10
			""")
	void datesWrittenAsText(String text, String expected) {
		assertThat(parse(field("teachers", "birth_date"), Cells.text(text)).as(DateValue.class).map(String::valueOf))
			.contains(expected);
	}

	@Test
	void monthPrecisionIsKeptAndStoredAsTheFirst() {
		DateValue month = parse(field("teachers", "birth_date"), Cells.text("2024年6月")).as(DateValue.class)
			.orElseThrow();
		assertThat(month.date()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(month.precision()).isEqualTo(DateValue.Precision.MONTH);
		DateValue day = parse(field("teachers", "birth_date"), Cells.text("2024-06-01")).as(DateValue.class)
			.orElseThrow();
		assertThat(day.precision()).isEqualTo(DateValue.Precision.DAY);
	}

	@Test
	void excelDatesAndSerials() {
		FieldDef birth = field("teachers", "birth_date");
		assertThat(parse(birth, Cells.date(LocalDateTime.of(1985, 3, 15, 0, 0), 31121)).as(DateValue.class))
			.contains(DateValue.ofDay(LocalDate.of(1985, 3, 15)));
		// a date column that lost its format shows the serial number
		assertThat(parse(birth, Cells.number("45473")).as(DateValue.class))
			.contains(DateValue.ofDay(LocalDate.of(2024, 6, 30)));
		assertThat(parse(birth, Cells.number("31121")).as(DateValue.class))
			.contains(DateValue.ofDay(LocalDate.of(1985, 3, 15)));
		assertThat(parse(birth, Cells.number("1")).as(DateValue.class))
			.contains(DateValue.ofDay(LocalDate.of(1900, 1, 1)));
		assertThat(parse(birth, Cells.number("61")).as(DateValue.class))
			.contains(DateValue.ofDay(LocalDate.of(1900, 3, 1)));
		// dates typed as numbers
		assertThat(parse(birth, Cells.number("20240630")).as(DateValue.class))
			.contains(DateValue.ofDay(LocalDate.of(2024, 6, 30)));
		assertThat(parse(birth, Cells.number("198503")).as(DateValue.class)).contains(DateValue.ofMonth(1985, 3));
		assertThat(parse(birth, Cells.number("1985.3")).as(DateValue.class)).contains(DateValue.ofMonth(1985, 3));
	}

	@ParameterizedTest(name = "出生日期 \"{0}\" is R-TYPE")
	@CsvSource(delimiter = '|', textBlock = """
			2024-13-01
			2024-02-30
			2024年13月
			去年
			30/06/2024
			2024
			""")
	void invalidDates(String text) {
		ParsedValue.Invalid invalid = invalid(parse(field("teachers", "birth_date"), Cells.text(text)));
		assertThat(invalid.rule()).isEqualTo(Rule.R_TYPE);
		assertThat(invalid.message()).startsWith("「出生日期」的值“" + text + "”不是有效的日期。");
	}

	@Test
	void ambiguousNumericMonthsAreRefused() {
		// 1985.10 typed into a number cell is stored as 1985.1
		ParsedValue.Invalid invalid = invalid(parse(field("teachers", "birth_date"), Cells.number("1985.1")));
		assertThat(invalid.message()).contains("1985-01", "1985-10");
		assertThat(invalid(parse(field("teachers", "birth_date"), Cells.number("1985"))).message()).contains("只填了年份");
	}

	@ParameterizedTest(name = "是否专业对口 \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			是     | true
			否     | false
			Y     | true
			N     | false
			y     | true
			n     | false
			Yes   | true
			No    | false
			√     | true
			×     | false
			1     | true
			0     | false
			TRUE  | true
			FALSE | false
			true  | true
			有     | true
			无     | false
			' 是 ' | true
			""")
	void yesNoVariants(String text, boolean expected) {
		assertThat(parse(field("graduates", "related"), Cells.text(text)).as(Boolean.class)).contains(expected);
	}

	@Test
	void yesNoFromNumberAndBooleanCells() {
		FieldDef related = field("graduates", "related");
		assertThat(parse(related, Cells.number("1")).as(Boolean.class)).contains(true);
		assertThat(parse(related, Cells.number("0")).as(Boolean.class)).contains(false);
		assertThat(parse(related, new RawCell(0, RawCell.CellKind.BOOLEAN, "TRUE", null, null, false, false))
			.as(Boolean.class)).contains(true);
		ParsedValue.Invalid invalid = invalid(parse(related, Cells.text("可能")));
		assertThat(invalid.rule()).isEqualTo(Rule.R_TYPE);
		assertThat(invalid.message()).isEqualTo("「是否专业对口」的值“可能”不是有效的是/否。请填写“是”或“否”。");
	}

	@ParameterizedTest(name = "毕业去向 \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			10                     | 10
			签订就业协议/劳动合同          | 10
			10 签订就业协议/劳动合同       | 10
			10签订就业协议/劳动合同        | 10
			协议就业                   | 10
			创业                     | 12
			西部计划                   | 14
			出国（境）深造                | 21
			出国(境)深造                | 21
			留学                     | 21
			31                     | 31
			""")
	void destinationsByCodeNameDisplayAndAlias(String text, String code) {
		assertThat(parse(field("graduates", "destination"), Cells.text(text)).as(CodeEntry.class).map(CodeEntry::code))
			.contains(code);
	}

	@Test
	void codesFromOtherListsAndNumberCells() {
		assertThat(
				parse(field("graduates", "destination"), Cells.number("20")).as(CodeEntry.class).map(CodeEntry::code))
			.contains("20");
		assertThat(parse(field("teachers", "title"), Cells.text("高级讲师")).as(CodeEntry.class).map(CodeEntry::code))
			.contains("副高级");
		assertThat(parse(field("teachers", "category"), Cells.text("外聘")).as(CodeEntry.class).map(CodeEntry::code))
			.contains("校外兼职教师");
		assertThat(parse(field("profile", "school_type"), Cells.text("中专")).as(CodeEntry.class).map(CodeEntry::name))
			.contains("中等职业学校");
		assertThat(
				parse(field("profile", "school_type"), Cells.text("高职（专科）")).as(CodeEntry.class).map(CodeEntry::name))
			.contains("高职专科");
		assertThat(parse(field("graduates", "gender"), Cells.text("女")).as(CodeEntry.class).map(CodeEntry::code))
			.contains("女");
	}

	@Test
	void genderIsReadInTheSpellingsExportsUse() {
		// Issue 20, case 13: 男性/女性 is a common export spelling, and the standard reads
		// M/F too.
		for (String[] spelling : new String[][] { { "男性", "男" }, { "女性", "女" }, { " 男性 ", "男" }, { "M", "男" },
				{ "F", "女" } }) {
			assertThat(parse(field("graduates", "gender"), Cells.text(spelling[0])).as(CodeEntry.class)
				.map(CodeEntry::code)).as(spelling[0]).contains(spelling[1]);
			assertThat(parse(field("teachers", "gender"), Cells.text(spelling[0])).as(CodeEntry.class)
				.map(CodeEntry::code)).as(spelling[0]).contains(spelling[1]);
		}
	}

	@Test
	void unknownCodeListsTheAllowedValues() {
		ParsedValue.Invalid invalid = invalid(parse(field("graduates", "destination"), Cells.text("99")));
		assertThat(invalid.rule()).isEqualTo(Rule.R_CODE);
		assertThat(invalid.message()).startsWith("「毕业去向」的值“99”不在代码表「毕业去向」中。")
			.contains("10 签订就业协议/劳动合同、11 灵活就业", "31 暂不就业");
		assertThat(invalid(parse(field("graduates", "gender"), Cells.text("未知"))).message()).endsWith("可选值：男、女。");
	}

	@Test
	void textIsCleaned() {
		FieldDef name = field("majors", "major_name");
		assertThat(parse(name, Cells.text("  电工 电子　技术 "))).isEqualTo(ParsedValue.of("电工电子技术"));
		assertThat(parse(name, Cells.text("Web 前端 开发"))).isEqualTo(ParsedValue.of("Web 前端开发"));
		assertThat(parse(field("graduates", "student_no"), Cells.number("2021010101")))
			.isEqualTo(ParsedValue.of("2021010101"));
	}

	@Test
	void emptyCellsAreEmptyNotInvalid() {
		FieldDef plan = field("majors", "plan");
		assertThat(parse(plan, null)).isEqualTo(ParsedValue.EMPTY);
		assertThat(parse(plan, Cells.text("   "))).isEqualTo(ParsedValue.EMPTY);
		assertThat(parse(field("majors", "major_name"), Cells.text("\u3000"))).isEqualTo(ParsedValue.EMPTY);
	}

	@Test
	void formulaWithoutValueAndErrorCells() {
		ParsedValue.Invalid formula = invalid(parse(field("majors", "plan"), Cells.formulaWithoutValue("SUM(C3:C9)")));
		assertThat(formula.rule()).isEqualTo(Rule.R_TYPE);
		assertThat(formula.message()).contains("SUM(C3:C9)", "没有计算结果的公式");
		assertThat(invalid(parse(field("majors", "plan"), Cells.error("#DIV/0!"))).rule()).isEqualTo(Rule.R_TYPE);
	}

	@Test
	void defaultValues() {
		assertThat(this.parser.defaultValue(field("teachers", "practice_days"))).isEqualTo(ParsedValue.of(0L));
		assertThat(this.parser.defaultValue(field("majors", "plan"))).isEqualTo(ParsedValue.EMPTY);
	}

	@Test
	void schoolCodes() {
		FieldDef code = field("profile", "school_code");
		assertThat(parse(code, Cells.text("4144012345"))).isEqualTo(ParsedValue.of("4144012345"));
		assertThat(parse(code, Cells.number("4144012345"))).isEqualTo(ParsedValue.of("4144012345"));
		assertThat(parse(code, Cells.text(" 4144 012345 "))).isEqualTo(ParsedValue.of("4144012345"));
		ParsedValue.Invalid invalid = invalid(parse(code, Cells.text("414401234")));
		assertThat(invalid.rule()).isEqualTo(Rule.F_SCHOOL_UNKNOWN);
		assertThat(invalid.message()).startsWith("学校代码“414401234”不是10位数字。");
	}

	@ParameterizedTest(name = "统计年度 \"{0}\"")
	@CsvSource({ "2024", "2024年", "2024年度", "２０２４" })
	void years(String text) {
		assertThat(parse(field("profile", "year"), Cells.text(text))).isEqualTo(ParsedValue.of(2024L));
	}

	@Test
	void yearsFromNumbersAndInvalidYears() {
		assertThat(parse(field("profile", "year"), Cells.number("2024"))).isEqualTo(ParsedValue.of(2024L));
		assertThat(invalid(parse(field("profile", "year"), Cells.text("24"))).rule()).isEqualTo(Rule.R_TYPE);
	}

}
