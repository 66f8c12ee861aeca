package io.vqr.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.Requirement;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParsingTest {

	private final ValueParser parser = new ValueParser();

	private static FieldDef field(String sheet, String key) {
		return SubmissionStandard.v1().sheet(sheet).field(key).orElseThrow();
	}

	private ParsedValue parse(FieldDef field, String text, Optional<Unit> headerUnit) {
		return this.parser.parse(field, Cells.text(text), headerUnit, SchoolContext.unknown());
	}

	@ParameterizedTest(name = "招生计划数 \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1234        | 1234
			1,234       | 1234
			１２３４      | 1234
			1 234       | 1234
			12人         | 12
			12 人        | 12
			12名         | 12
			12.0        | 12
			'  12  '    | 12
			0           | 0
			十二          | 12
			二十          | 20
			一百零五        | 105
			１，２３４     | 1234
			""")
	void integersWrittenAsText(String text, long expected) {
		assertThat(parse(field("majors", "plan"), text, Optional.empty()).as(Long.class)).contains(expected);
	}

	@ParameterizedTest(name = "学制 \"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			3      | 3
			3年     | 3
			三年     | 3
			三      | 3
			３      | 3
			3.0    | 3
			两年     | 2
			六      | 6
			""")
	void durationsWithChineseNumeralsAndYears(String text, long expected) {
		assertThat(parse(field("majors", "duration"), text, Optional.empty()).as(Long.class)).contains(expected);
	}

	@ParameterizedTest(name = "招生计划数 \"{0}\" is R-TYPE")
	@CsvSource(delimiter = '|', textBlock = """
			12.5
			1,2
			abc
			12个半
			1.2.3
			12天
			3%
			""")
	void notAnInteger(String text) {
		ParsedValue value = parse(field("majors", "plan"), text, Optional.empty());
		assertThat(value).isInstanceOf(ParsedValue.Invalid.class);
		ParsedValue.Invalid invalid = (ParsedValue.Invalid) value;
		assertThat(invalid.rule()).isEqualTo(Rule.R_TYPE);
		assertThat(invalid.message()).contains("「招生计划数」", "“" + text + "”", "整数");
	}

	@Test
	void decimalInAnIntegerFieldIsATypeErrorUnlessIntegral() {
		assertThat(parse(field("majors", "plan"), "12.5", Optional.empty()))
			.isInstanceOfSatisfying(ParsedValue.Invalid.class, (invalid) -> {
				assertThat(invalid.rule()).isEqualTo(Rule.R_TYPE);
				assertThat(invalid.message()).isEqualTo("「招生计划数」的值“12.5”不是有效的整数。请填写整数。");
			});
		assertThat(this.parser
			.parse(field("majors", "plan"), Cells.number("12"), Optional.empty(), SchoolContext.unknown())
			.as(Long.class)).contains(12L);
	}

	@Test
	void numberCellsLoseFormulaNoise() {
		assertThat(this.parser
			.parse(field("majors", "plan"), Cells.number("12.000000000000002"), Optional.empty(),
					SchoolContext.unknown())
			.as(Long.class)).contains(12L);
		assertThat(this.parser
			.parse(field("profile", "equipment_value"), Cells.number("0.30000000000000004"), Optional.empty(),
					SchoolContext.unknown())
			.as(BigDecimal.class)).contains(new BigDecimal("0.3"));
	}

	@ParameterizedTest(name = "{0} \"{1}\" is out of range")
	@CsvSource(delimiter = '|', textBlock = """
			majors   | duration      | 7     | 2–6
			majors   | duration      | 一     | 2–6
			majors   | plan          | -1    | ≥ 0
			teachers | practice_days | 366   | 0–365
			teachers | training_hours| 2000.5| 0–2000
			""")
	void hardRange(String sheet, String key, String text, String range) {
		assertThat(parse(field(sheet, key), text, Optional.empty())).isInstanceOfSatisfying(ParsedValue.Invalid.class,
				(invalid) -> {
					assertThat(invalid.rule()).isEqualTo(Rule.R_RANGE);
					assertThat(invalid.message()).contains(range);
				});
	}

	@Test
	void rangeMessageNamesFieldValueAndRange() {
		ParsedValue.Invalid invalid = (ParsedValue.Invalid) parse(field("majors", "duration"), "7年", Optional.empty());
		assertThat(invalid.message()).isEqualTo("「学制」的值 7 超出允许范围（2–6）。请更正。");
	}

	@ParameterizedTest(name = "设备总值（万元） \"{0}\" under header unit {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			3560.5      |          | 3560.5
			35605000    | YUAN     | 3560.5
			3560.5      | WAN_YUAN | 3560.5
			35,605,000  | YUAN     | 3560.5
			3560.5万元   |          | 3560.5
			35605000元   |          | 3560.5
			35605000元   | WAN_YUAN | 3560.5
			""")
	void moneyConvertsBetweenYuanAndWanYuan(String text, String headerUnit, String expected) {
		Optional<Unit> unit = Optional.ofNullable(headerUnit).map(Unit::valueOf);
		assertThat(parse(field("profile", "equipment_value"), text, unit).as(BigDecimal.class))
			.contains(new BigDecimal(expected));
	}

	@Test
	void yuanFieldUnderWanYuanHeaderMultiplies() {
		assertThat(
				parse(field("profile", "funding_per_student"), "1.58", Optional.of(Unit.WAN_YUAN)).as(BigDecimal.class))
			.contains(new BigDecimal("15800"));
		assertThat(this.parser
			.parse(field("profile", "funding_per_student"), Cells.number("1.58"), Optional.of(Unit.WAN_YUAN),
					SchoolContext.unknown())
			.as(BigDecimal.class)).contains(new BigDecimal("15800"));
	}

	@Test
	void aHeaderUnitOfAnotherDimensionIsIgnored() {
		assertThat(parse(field("majors", "duration"), "3", Optional.of(Unit.PERSON)).as(Long.class)).contains(3L);
	}

	@Test
	void aCellUnitOfAnotherDimensionIsATypeError() {
		assertThat(parse(field("majors", "duration"), "3天", Optional.empty()))
			.isInstanceOfSatisfying(ParsedValue.Invalid.class, (invalid) -> {
				assertThat(invalid.rule()).isEqualTo(Rule.R_TYPE);
				assertThat(invalid.message()).contains("单位“天”");
			});
	}

	private static FieldDef rate(Unit unit) {
		return new FieldDef("rate", "就业率", List.of(), FieldType.DECIMAL, unit, null, Requirement.OPTIONAL,
				BigDecimal.ZERO, null, null, "", "");
	}

	@ParameterizedTest(name = "rate stored as {0}: \"{1}\" under {2} → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			FRACTION | 96.5%  |          | 0.965
			FRACTION | 0.965  |          | 0.965
			FRACTION | 96.5   | PERCENT  | 0.965
			FRACTION | 96.5 % | PERCENT  | 0.965
			PERCENT  | 96.5%  |          | 96.5
			PERCENT  | 96.5   |          | 96.5
			PERCENT  | 0.965  | FRACTION | 96.5
			""")
	void ratesConvertBetweenPercentAndFraction(String stored, String text, String headerUnit, String expected) {
		Optional<Unit> unit = Optional.ofNullable(headerUnit).map(Unit::valueOf);
		assertThat(parse(rate(Unit.valueOf(stored)), text, unit).as(BigDecimal.class))
			.contains(new BigDecimal(expected));
	}

	@Test
	void decimalsKeepTheirDigits() {
		assertThat(parse(field("graduates", "monthly_income"), "4,500.50", Optional.empty()).as(BigDecimal.class))
			.contains(new BigDecimal("4500.5"));
		assertThat(parse(field("graduates", "monthly_income"), "4500元", Optional.empty()).as(BigDecimal.class))
			.contains(new BigDecimal("4500"));
	}

	@Test
	void aDateCellInANumberColumnIsATypeError() {
		ParsedValue value = this.parser.parse(field("majors", "plan"),
				Cells.date(java.time.LocalDateTime.of(1900, 4, 29, 0, 0), 120), Optional.empty(),
				SchoolContext.unknown());
		assertThat(value).isInstanceOfSatisfying(ParsedValue.Invalid.class,
				(invalid) -> assertThat(invalid.message()).contains("日期格式"));
	}

}
