package io.vqr.normalize;

import java.util.Optional;

import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData.Region;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Credit codes, regions, industries and major codes. */
class CodesAndReferencesTest {

	private final ValueParser parser = new ValueParser();

	private static FieldDef field(String sheet, String key) {
		return SubmissionStandard.v1().sheet(sheet).field(key).orElseThrow();
	}

	private ParsedValue parse(FieldDef field, RawCell cell, SchoolContext school) {
		return this.parser.parse(field, cell, Optional.empty(), school);
	}

	private ParsedValue parse(FieldDef field, RawCell cell) {
		return parse(field, cell, SchoolContext.unknown());
	}

	private static ParsedValue.Invalid invalid(ParsedValue value) {
		assertThat(value).isInstanceOf(ParsedValue.Invalid.class);
		return (ParsedValue.Invalid) value;
	}

	private static SchoolContext school(String type) {
		return SchoolContext.of(CodeLists.get(CodeLists.SCHOOL_TYPE).byCode(type));
	}

	// credit codes

	@ParameterizedTest(name = "{0} is valid")
	@CsvSource({ "91350100M000100Y43", "91110108551385082Q", "91440101MA59ABCD0A", "91440101ma59abcd0a",
			"'9144 0101 MA59 ABCD 0A'" })
	void validCreditCodes(String code) {
		assertThat(parse(field("partnerships", "partner_credit_code"), Cells.text(code)).as(String.class))
			.contains(code.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
	}

	@Test
	void checkCharacterOfCreditCodes() {
		assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		// a check value of 31 is written 0: find such a prefix and see it accepted
		String prefix = null;
		for (int i = 0; i < 10_000 && prefix == null; i++) {
			String candidate = "9144010" + String.format("%010d", i);
			int sum = 0;
			int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
			for (int k = 0; k < 17; k++) {
				sum += CreditCodes.ALPHABET.indexOf(candidate.charAt(k)) * weights[k];
			}
			if (sum % 31 == 0) {
				prefix = candidate;
			}
		}
		assertThat(prefix).isNotNull();
		assertThat(CreditCodes.checkCharacter(prefix)).isEqualTo('0');
		assertThat(CreditCodes.problem(prefix + "0")).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			91350100M000100Y44  | 校验位
			91350100M000100Y4   | 应为18位
			91350100M000100I43  | “I”
			91350100M0001OOY43  | “O”
			""")
	void invalidCreditCodes(String code, String reason) {
		ParsedValue.Invalid invalid = invalid(parse(field("partnerships", "partner_credit_code"), Cells.text(code)));
		assertThat(invalid.rule()).isEqualTo(Rule.R_CREDIT_CODE);
		assertThat(invalid.message()).startsWith("统一社会信用代码“" + code + "”无效：").contains(reason);
	}

	// regions

	@Test
	void regions() {
		FieldDef employerRegion = field("graduates", "employer_region");
		assertThat(parse(employerRegion, Cells.text("440111")).as(Region.class).map(Region::name)).contains("白云区");
		assertThat(parse(employerRegion, Cells.number("440111")).as(Region.class).map(Region::code)).contains("440111");
		assertThat(parse(employerRegion, Cells.text("440000")).as(Region.class).map(Region::level))
			.contains("province");
		assertThat(parse(field("profile", "region_code"), Cells.text("440100")).as(Region.class).map(Region::level))
			.contains("city");
	}

	@Test
	void theSchoolsRegionMustBeCityOrCounty() {
		ParsedValue.Invalid invalid = invalid(parse(field("profile", "region_code"), Cells.text("440000")));
		assertThat(invalid.rule()).isEqualTo(Rule.R_REGION_UNKNOWN);
		assertThat(invalid.message()).startsWith("「所在地区代码」“440000”是省级代码（广东省），学校所在地须填写市级或县级代码。");
	}

	@ParameterizedTest(name = "region \"{0}\": {1}")
	@CsvSource(delimiter = '|', textBlock = """
			999999  | 不在行政区划代码表中
			44011   | 不是6位数字
			白云区     | 不是6位数字
			""")
	void unknownRegions(String text, String reason) {
		ParsedValue.Invalid invalid = invalid(parse(field("graduates", "employer_region"), Cells.text(text)));
		assertThat(invalid.rule()).isEqualTo(Rule.R_REGION_UNKNOWN);
		assertThat(invalid.message()).contains(reason);
	}

	// industries

	@ParameterizedTest(name = "单位行业 \"{0}\" → {1} in section {2}")
	@CsvSource(delimiter = '|', textBlock = """
			C          | C  | C
			c          | C  | C
			Ｉ          | I  | I
			13         | 13 | C
			制造业        | C  | C
			C 制造业      | C  | C
			13 农副食品加工业 | 13 | C
			01         | 01 | A
			""")
	void industries(String text, String code, String section) {
		IndustryValue industry = parse(field("graduates", "employer_industry"), Cells.text(text))
			.as(IndustryValue.class)
			.orElseThrow();
		assertThat(industry.code()).isEqualTo(code);
		assertThat(industry.section()).isEqualTo(section);
	}

	@Test
	void industryDivisionTypedAsNumberGetsItsLeadingZero() {
		assertThat(parse(field("graduates", "employer_industry"), Cells.number("1")).as(IndustryValue.class)
			.map(IndustryValue::code)).contains("01");
		assertThat(parse(field("graduates", "employer_industry"), Cells.number("65")).as(IndustryValue.class)
			.map(IndustryValue::section)).contains("I");
	}

	@ParameterizedTest(name = "单位行业 \"{0}\" is unknown")
	@CsvSource({ "Z", "00", "0111", "互联网", "C 农业" })
	void unknownIndustries(String text) {
		ParsedValue.Invalid invalid = invalid(parse(field("graduates", "employer_industry"), Cells.text(text)));
		assertThat(invalid.rule()).isEqualTo(Rule.R_INDUSTRY_UNKNOWN);
		assertThat(invalid.message()).startsWith("「单位行业」“" + text + "”不是");
	}

	// major codes

	@ParameterizedTest(name = "{0} school: \"{1}\" → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			中等职业学校 | 710201   | 710201
			中等职业学校 | ７１０２０１ | 710201
			高职专科   | 510201   | 510201
			高职专科   | 520101   | 520101K
			高职专科   | 520101K  | 520101K
			高职专科   | 520101k  | 520101K
			职业本科   | 310201   | 310201
			职业本科   | 510201   | 510201
			""")
	void majorsOfEducationSchoolsAtTheirLevel(String schoolType, String text, String code) {
		MajorCode major = parse(field("majors", "major_code"), Cells.text(text), school(schoolType)).as(MajorCode.class)
			.orElseThrow();
		assertThat(major.code()).isEqualTo(code);
		assertThat(major.catalogEntry()).isPresent();
	}

	@Test
	void majorCodeStoredAsNumberKeepsItsDigits() {
		assertThat(parse(field("majors", "major_code"), Cells.number("710201"), school("中等职业学校")).as(MajorCode.class)
			.map(MajorCode::code)).contains("710201");
	}

	@ParameterizedTest(name = "{0} school: \"{1}\" {2}")
	@CsvSource(delimiter = '|', textBlock = """
			中等职业学校 | 510201  | 是高职专科专业，不在中等职业学校可用的专业目录中
			高职专科   | 710201  | 是中职专业，不在高职专科可用的专业目录中
			高职专科   | 310201  | 是职业本科专业
			职业本科   | 710201  | 是中职专业
			高职专科   | 519999  | 不在《职业教育专业目录》中
			高职专科   | 51020   | 应为6位数字
			高职专科   | 计算机     | 应为6位数字
			""")
	void majorsOutsideTheSchoolsLevel(String schoolType, String text, String reason) {
		ParsedValue.Invalid invalid = invalid(
				parse(field("majors", "major_code"), Cells.text(text), school(schoolType)));
		assertThat(invalid.rule()).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(invalid.message()).startsWith("专业代码“" + text + "”").contains(reason);
	}

	@ParameterizedTest(name = "{0} school: \"{1}\" → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			技工学校   | 0127 | 0127
			技师学院   | 1402 | 1402
			高级技工学校 | 8012 | 8012
			技工学校   | 127  | 0127
			""")
	void technicianMajorCodes(String schoolType, String text, String code) {
		assertThat(parse(field("majors", "major_code"), Cells.text(text), school(schoolType)).as(MajorCode.class)
			.map(MajorCode::code)).contains(code);
	}

	@Test
	void technicianCodeThatLostItsLeadingZeroIsPadded() {
		assertThat(parse(field("majors", "major_code"), Cells.number("127"), school("技工学校")).as(MajorCode.class)
			.map(MajorCode::code)).contains("0127");
	}

	@ParameterizedTest(name = "技工学校: \"{0}\" {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1527   | 前两位不是01–14
			0027   | 前两位不是01–14
			12345  | 应为4位数字
			710201 | 应为4位数字
			""")
	void invalidTechnicianCodes(String text, String reason) {
		ParsedValue.Invalid invalid = invalid(parse(field("majors", "major_code"), Cells.text(text), school("技工学校")));
		assertThat(invalid.rule()).isEqualTo(Rule.R_MAJOR_UNKNOWN);
		assertThat(invalid.message()).contains(reason, "技工院校专业目录");
	}

	@Test
	void unknownSchoolTypeChecksOnlyTheFormat() {
		assertThat(parse(field("majors", "major_code"), Cells.text("520101")).as(MajorCode.class).map(MajorCode::code))
			.contains("520101K");
		assertThat(parse(field("majors", "major_code"), Cells.text("0127")).as(MajorCode.class).map(MajorCode::code))
			.contains("0127");
		assertThat(invalid(parse(field("majors", "major_code"), Cells.text("999999"))).rule())
			.isEqualTo(Rule.R_MAJOR_UNKNOWN);
	}

	@Test
	void schoolContextFromParsedSchoolType() {
		ParsedValue type = parse(field("profile", "school_type"), Cells.text("职业大学"));
		assertThat(SchoolContext.from(type).majorLevels()).containsExactly("职业本科", "高职专科");
		assertThat(SchoolContext.from(ParsedValue.EMPTY).schoolType()).isEmpty();
		assertThat(school("技师学院").isTechnicianSchool()).isTrue();
		assertThat(school("中等职业学校").majorLevels()).containsExactly("中职");
	}

}
