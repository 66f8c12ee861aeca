package io.vqr.normalize;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Industry;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;
import io.vqr.workbook.RawCell;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a cell breaks on its own, each at its boundaries: every ranged field at and
 * beyond its bounds, every code of every code list, the limits of an ID number's date and
 * digits, the 技工 专业类别, the lengths of codes.
 */
class FieldRuleBoundariesTest {

	private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);

	private final ValueParser parser = new ValueParser(ReferenceData.get(),
			Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private static FieldDef field(String sheet, String key) {
		return SubmissionStandard.v1().sheet(sheet).field(key).orElseThrow();
	}

	private ParsedValue parse(FieldDef field, RawCell cell, SchoolContext school) {
		return this.parser.parse(field, cell, Optional.empty(), school);
	}

	private ParsedValue parse(FieldDef field, String text) {
		return parse(field, Cells.text(text), SchoolContext.unknown());
	}

	/** The rule a cell breaks, or null when it reads cleanly (or is empty). */
	private Rule rule(FieldDef field, String text) {
		return rule(parse(field, text));
	}

	private static Rule rule(ParsedValue value) {
		return (value instanceof ParsedValue.Invalid invalid) ? invalid.rule() : null;
	}

	private static SchoolContext school(String type) {
		return SchoolContext.of(CodeLists.get(CodeLists.SCHOOL_TYPE)
			.entries()
			.stream()
			.filter((entry) -> entry.name().equals(type))
			.findFirst()
			.orElseThrow());
	}

	@Test
	@TestsRule(Rule.R_RANGE)
	void everyRangedFieldAtAndBeyondItsBounds() {
		int checked = 0;
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				if (field.minimum().isEmpty() && field.maximum().isEmpty()) {
					continue;
				}
				BigDecimal step = (field.type() == FieldType.INTEGER) ? BigDecimal.ONE : new BigDecimal("0.01");
				String what = sheet.name() + " " + field.label() + " ";
				if (field.minimum().isPresent()) {
					BigDecimal min = field.minimum().get();
					assertThat(rule(field, min.subtract(step).toPlainString())).as(what + "below")
						.isEqualTo(Rule.R_RANGE);
					assertThat(rule(field, min.toPlainString())).as(what + "on the minimum").isNull();
					assertThat(rule(field, min.add(step).toPlainString())).as(what + "above the minimum").isNull();
				}
				if (field.maximum().isPresent()) {
					BigDecimal max = field.maximum().get();
					assertThat(rule(field, max.subtract(step).toPlainString())).as(what + "below the maximum").isNull();
					assertThat(rule(field, max.toPlainString())).as(what + "on the maximum").isNull();
					assertThat(rule(field, max.add(step).toPlainString())).as(what + "beyond").isEqualTo(Rule.R_RANGE);
				}
				else {
					assertThat(rule(field, "1000000")).as(what + "large").isNull();
				}
				assertThat(rule(field, " ")).as(what + "blank").isNull();
				checked++;
			}
		}
		// every count and amount of the standard has a bound
		assertThat(checked).isEqualTo(SubmissionStandard.v1()
			.sheets()
			.stream()
			.flatMap((sheet) -> sheet.fields().stream())
			.filter((field) -> field.type().isNumeric() && !field.key().equals("monthly_income"))
			.count());
	}

	@Test
	@TestsRule(Rule.R_RANGE)
	void theRangesAreTheContractsAndTheMessageStatesThem() {
		assertThat(field("majors", "duration").rangeText()).isEqualTo("2–6")
			.isEqualTo(RuleParameters.DURATION_YEARS.text());
		assertThat(field("teachers", "practice_days").rangeText()).isEqualTo("0–365");
		assertThat(field("teachers", "training_hours").rangeText()).isEqualTo("0–2000");
		assertThat(field("majors", "plan").rangeText()).isEqualTo("≥ 0");
		ParsedValue.Invalid days = (ParsedValue.Invalid) parse(field("teachers", "practice_days"), "366");
		assertThat(days.message()).isEqualTo("「年度企业实践天数」的值 366 超出允许范围（0–365）。请更正。");
		// a Chinese numeral is read before its range applies
		assertThat(rule(field("majors", "duration"), "六年")).isNull();
		assertThat(rule(field("majors", "duration"), "七年")).isEqualTo(Rule.R_RANGE);
	}

	@Test
	@TestsRule(Rule.R_TYPE)
	void whatEachTypeCannotRead() {
		FieldDef plan = field("majors", "plan");
		assertThat(rule(plan, "12")).isNull();
		assertThat(rule(plan, "12.0")).isNull();
		assertThat(rule(plan, "12.5")).isEqualTo(Rule.R_TYPE);
		assertThat(rule(plan, "不详")).isEqualTo(Rule.R_TYPE);
		FieldDef hours = field("teachers", "training_hours");
		assertThat(rule(hours, "12.5")).isNull();
		assertThat(rule(hours, "12..5")).isEqualTo(Rule.R_TYPE);
		FieldDef birth = field("teachers", "birth_date");
		assertThat(rule(birth, "2004-02-29")).isNull();
		assertThat(rule(birth, "2005-02-29")).isEqualTo(Rule.R_TYPE);
		assertThat(rule(birth, "2005-13-01")).isEqualTo(Rule.R_TYPE);
		assertThat(rule(birth, "去年")).isEqualTo(Rule.R_TYPE);
		FieldDef dual = field("teachers", "dual_qualified");
		for (String yes : List.of("是", "否", "Y", "N", "√", "×", "1", "0", "TRUE", "FALSE", "有", "无")) {
			assertThat(rule(dual, yes)).as(yes).isNull();
		}
		assertThat(rule(dual, "2")).isEqualTo(Rule.R_TYPE);
		assertThat(rule(dual, "也许")).isEqualTo(Rule.R_TYPE);
		FieldDef year = field("profile", "year");
		assertThat(rule(year, "2024")).isNull();
		assertThat(rule(year, "2024年度")).isNull();
		assertThat(rule(year, "24")).isEqualTo(Rule.R_TYPE);
		assertThat(rule(year, "20245")).isEqualTo(Rule.R_TYPE);
	}

	@Test
	@TestsRule(Rule.R_TYPE)
	void aFormulaWithoutItsValueInAnyField() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				assertThat(rule(parse(field, Cells.formulaWithoutValue("SUM(A1:A9)"), SchoolContext.unknown())))
					.as(sheet.name() + " " + field.label())
					.isEqualTo(Rule.R_TYPE);
			}
		}
	}

	@Test
	@TestsRule(Rule.R_CODE)
	void everyCodeOfEveryCodeListByCodeNameAliasOrDisplay() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				if (field.type() != FieldType.CODE) {
					continue;
				}
				for (CodeEntry entry : CodeLists.get(field.codeList()).entries()) {
					List<String> spellings = new java.util.ArrayList<>(entry.aliases());
					spellings.addAll(List.of(entry.code(), entry.name(), entry.display(), " " + entry.name() + " "));
					for (String spelling : spellings) {
						assertThat(parse(field, spelling).as(CodeEntry.class).map(CodeEntry::code))
							.as(sheet.name() + " " + field.label() + " \"" + spelling + "\"")
							.contains(entry.code());
					}
				}
				assertThat(rule(field, "不在代码表中的值")).as(field.label()).isEqualTo(Rule.R_CODE);
				assertThat(rule(field, " ")).as(field.label()).isNull();
			}
		}
	}

	@Test
	@TestsRule(Rule.R_CODE)
	void theCodeMessageOffersTheValues() {
		ParsedValue.Invalid title = (ParsedValue.Invalid) parse(field("teachers", "title"), "特级");
		assertThat(title.message()).startsWith("「专业技术职务」的值“特级”不在代码表「专业技术职务」中。请从下拉列表中选择，可选值：").contains("正高级", "未评级");
		assertThat(rule(field("graduates", "destination"), "15")).isEqualTo(Rule.R_CODE);
		assertThat(rule(field("graduates", "destination"), "9")).isEqualTo(Rule.R_CODE);
	}

	private static String id(LocalDate birth, String province) {
		String first17 = province + "0111" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "123";
		return first17 + IdNumber.checkCharacter(first17);
	}

	private Rule idRule(String text) {
		return rule(field("graduates", "id_number"), text);
	}

	@Test
	@TestsRule(Rule.R_ID_INVALID)
	void anIdsLengthCharactersAndCheck() {
		String valid = id(LocalDate.of(2006, 3, 15), "44");
		assertThat(idRule(valid)).isNull();
		assertThat(idRule(valid.substring(0, 17))).isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule(valid + "1")).isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule(valid.substring(0, 16) + "A" + valid.charAt(17))).isEqualTo(Rule.R_ID_INVALID);
		char check = valid.charAt(17);
		assertThat(idRule(valid.substring(0, 17) + ((check == '0') ? '1' : '0'))).isEqualTo(Rule.R_ID_INVALID);
		String x = null;
		for (int day = 1; x == null; day++) {
			String candidate = id(LocalDate.of(2006, 3, 1).plusDays(day), "44");
			x = candidate.endsWith("X") ? candidate : null;
		}
		assertThat(idRule(x)).isNull();
		assertThat(idRule(x.substring(0, 17) + "x")).isNull();
		assertThat(idRule(" " + x.substring(0, 6) + " " + x.substring(6) + " ")).isNull();
	}

	@Test
	@TestsRule(Rule.R_ID_INVALID)
	void anIdsBirthDateIsADayInThePastSince1900() {
		assertThat(idRule(id(TODAY.minusDays(1), "44"))).isNull();
		assertThat(idRule(id(TODAY, "44"))).isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule(id(TODAY.plusDays(1), "44"))).isEqualTo(Rule.R_ID_INVALID);
		int first = RuleParameters.ID_BIRTH_YEAR_MIN;
		assertThat(idRule(id(LocalDate.of(first, 1, 1), "44"))).isNull();
		assertThat(idRule(id(LocalDate.of(first - 1, 12, 31), "44"))).isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule(id(LocalDate.of(2004, 2, 29), "44"))).isNull();
		String notADay = "44011120050229123";
		assertThat(idRule(notADay + IdNumber.checkCharacter(notADay))).isEqualTo(Rule.R_ID_INVALID);
	}

	@Test
	@TestsRule(Rule.R_ID_INVALID)
	void anIdsFirstTwoDigitsNameAProvince() {
		LocalDate birth = LocalDate.of(2006, 3, 15);
		assertThat(idRule(id(birth, "11"))).isNull();
		assertThat(idRule(id(birth, "65"))).isNull();
		assertThat(idRule(id(birth, "10"))).isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule(id(birth, "00"))).isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule(id(birth, "99"))).isEqualTo(Rule.R_ID_INVALID);
	}

	@Test
	@TestsRule(Rule.R_ID_PRECISION)
	void aNumberCellOfSixteenDigitsOrMoreHasLostSome() {
		FieldDef idNumber = field("graduates", "id_number");
		assertThat(rule(parse(idNumber, Cells.number("440111200603151000"), SchoolContext.unknown())))
			.isEqualTo(Rule.R_ID_PRECISION);
		assertThat(rule(parse(idNumber, Cells.number("4401112006031510"), SchoolContext.unknown())))
			.isEqualTo(Rule.R_ID_PRECISION);
		// fifteen digits are kept: too short for an ID, not a lost one
		assertThat(rule(parse(idNumber, Cells.number("440111200603151"), SchoolContext.unknown())))
			.isEqualTo(Rule.R_ID_INVALID);
		assertThat(idRule("4.40111200603151E+17")).isEqualTo(Rule.R_ID_PRECISION);
		assertThat(idRule(id(LocalDate.of(2006, 3, 15), "44"))).isNull();
	}

	@Test
	@TestsRule(Rule.R_REGION_UNKNOWN)
	void theSchoolsRegionIsACityOrCountyAnEmployersAnyLevel() {
		FieldDef school = field("profile", "region_code");
		FieldDef employer = field("graduates", "employer_region");
		assertThat(rule(school, "440111")).isNull();
		assertThat(rule(school, "440100")).isNull();
		assertThat(rule(school, "440000")).isEqualTo(Rule.R_REGION_UNKNOWN);
		assertThat(rule(employer, "440000")).isNull();
		assertThat(rule(employer, "440111")).isNull();
		for (FieldDef field : List.of(school, employer)) {
			assertThat(rule(field, "449999")).isEqualTo(Rule.R_REGION_UNKNOWN);
			assertThat(rule(field, "44011")).isEqualTo(Rule.R_REGION_UNKNOWN);
			assertThat(rule(field, "4401110")).isEqualTo(Rule.R_REGION_UNKNOWN);
			assertThat(rule(field, " ")).isNull();
		}
	}

	@Test
	@TestsRule(Rule.R_INDUSTRY_UNKNOWN)
	void everySectionAndDivisionAndNothingElse() {
		FieldDef industry = field("graduates", "employer_industry");
		for (Industry known : ReferenceData.get().industries()) {
			if (known.level().equals("section") || known.level().equals("division")) {
				assertThat(rule(industry, known.code())).as(known.code()).isNull();
			}
			if (known.level().equals("section")) {
				assertThat(rule(industry, known.name())).as(known.name()).isNull();
			}
		}
		assertThat(rule(industry, "U")).isEqualTo(Rule.R_INDUSTRY_UNKNOWN);
		assertThat(rule(industry, "00")).isEqualTo(Rule.R_INDUSTRY_UNKNOWN);
		assertThat(rule(industry, "98")).isEqualTo(Rule.R_INDUSTRY_UNKNOWN);
		assertThat(rule(industry, "011")).isEqualTo(Rule.R_INDUSTRY_UNKNOWN);
		assertThat(rule(industry, " ")).isNull();
	}

	@Test
	@TestsRule(Rule.R_MAJOR_UNKNOWN)
	void technicianCategoriesAtTheirBounds() {
		SchoolContext technician = school("技工学校");
		FieldDef major = field("majors", "major_code");
		long first = RuleParameters.TECHNICIAN_MAJOR_CATEGORIES.min();
		long last = RuleParameters.TECHNICIAN_MAJOR_CATEGORIES.max();
		assertThat(RuleParameters.technicianCategoriesText()).isEqualTo("01–14");
		assertThat(technician(major, String.format("%02d01", first - 1), technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(technician(major, String.format("%02d01", first), technician)).isNull();
		assertThat(technician(major, String.format("%02d01", last), technician)).isNull();
		assertThat(technician(major, String.format("%02d01", last + 1), technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		char provincial = RuleParameters.TECHNICIAN_PROVINCIAL_PREFIX;
		assertThat(technician(major, provincial + "000", technician)).isNull();
		assertThat(technician(major, provincial + "999", technician)).isNull();
		assertThat(technician(major, "7999", technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(technician(major, "9001", technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
	}

	@Test
	@TestsRule(Rule.R_MAJOR_UNKNOWN)
	void technicianCodesHaveFourDigitsAndCatalogCodesTheSchoolsLevel() {
		SchoolContext technician = school("技师学院");
		FieldDef major = field("majors", "major_code");
		assertThat(technician(major, "127", technician)).isNull();
		assertThat(technician(major, "27", technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(technician(major, "01270", technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(technician(major, "01a7", technician)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		SchoolContext secondary = school("中等职业学校");
		assertThat(technician(major, "710201", secondary)).isNull();
		assertThat(technician(major, "71020", secondary)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(technician(major, "7102011", secondary)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		// a 高职专科 major is not a 中职 school's, and a 职业本科 school may run 专科 majors
		assertThat(technician(major, "510201", secondary)).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(technician(major, "510201", school("高职专科"))).isNull();
		assertThat(technician(major, "510201", school("职业本科"))).isNull();
		assertThat(technician(major, "710201", school("高职专科"))).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		ParsedValue.Invalid invalid = (ParsedValue.Invalid) parse(major, Cells.text("1501"), technician);
		assertThat(invalid.message())
			.isEqualTo("专业代码“1501”的前两位不是01–14的专业类别，也不是8开头的省级特色专业。请对照技工院校专业目录（4位代码，前两位为01–14，或8开头的省级特色专业）填写。");
	}

	private Rule technician(FieldDef field, String text, SchoolContext school) {
		return rule(parse(field, Cells.text(text), school));
	}

	@Test
	@TestsRule(Rule.R_CREDIT_CODE)
	void aCreditCodesLengthCharactersAndCheck() {
		FieldDef credit = field("partnerships", "partner_credit_code");
		String first17 = "91440101MA59ABCD0";
		String valid = first17 + CreditCodes.checkCharacter(first17);
		assertThat(rule(credit, valid)).isNull();
		assertThat(rule(credit, valid.toLowerCase(java.util.Locale.ROOT))).isNull();
		assertThat(rule(credit, valid.substring(0, 17))).isEqualTo(Rule.R_CREDIT_CODE);
		assertThat(rule(credit, valid + "0")).isEqualTo(Rule.R_CREDIT_CODE);
		char check = valid.charAt(17);
		assertThat(rule(credit, first17 + ((check == '0') ? '1' : '0'))).isEqualTo(Rule.R_CREDIT_CODE);
		for (char forbidden : "IOZSV".toCharArray()) {
			String with = "91440101MA59ABC" + forbidden + "0";
			assertThat(rule(credit, with + CreditCodes.checkCharacter(with))).as("with " + forbidden)
				.isEqualTo(Rule.R_CREDIT_CODE);
		}
	}

	@Test
	@TestsRule(Rule.F_SCHOOL_UNKNOWN)
	void aSchoolCodeHasItsDigitsExactly() {
		FieldDef code = field("profile", "school_code");
		int digits = RuleParameters.SCHOOL_CODE_DIGITS;
		String valid = "4144012345".substring(0, digits);
		assertThat(rule(code, valid)).isNull();
		assertThat(rule(code, "４１４４０１２３４５")).isNull();
		assertThat(rule(parse(code, Cells.number(valid), SchoolContext.unknown()))).isNull();
		assertThat(rule(code, valid.substring(1))).isEqualTo(Rule.F_SCHOOL_UNKNOWN);
		assertThat(rule(code, valid + "6")).isEqualTo(Rule.F_SCHOOL_UNKNOWN);
		assertThat(rule(code, "41440123A5")).isEqualTo(Rule.F_SCHOOL_UNKNOWN);
		assertThat(rule(code, " ")).isNull();
	}

}
