package io.vqr.normalize;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.Rule;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

	private static final FieldDef ID = SubmissionStandard.v1().sheet("graduates").field("id_number").orElseThrow();

	private final ValueParser parser = new ValueParser(ReferenceData.get(),
			Clock.fixed(LocalDate.of(2025, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private ParsedValue parse(RawCell cell) {
		return this.parser.parse(ID, cell, Optional.empty(), SchoolContext.unknown());
	}

	private IdNumber valid(String text) {
		return parse(Cells.text(text)).as(IdNumber.class).orElseThrow(() -> new AssertionError(text + " rejected"));
	}

	private ParsedValue.Invalid invalid(RawCell cell) {
		ParsedValue value = parse(cell);
		assertThat(value).isInstanceOf(ParsedValue.Invalid.class);
		return (ParsedValue.Invalid) value;
	}

	@Test
	void theKeyIsTheDigestsFirstEightBytesBigEndianAndSigned() {
		byte[] digest = new byte[32];
		digest[0] = (byte) 0x80;
		digest[7] = 0x01;
		digest[8] = (byte) 0xFF;
		assertThat(IdNumber.key(digest)).isEqualTo(Long.MIN_VALUE + 1);
		digest[0] = 0x12;
		digest[1] = 0x34;
		assertThat(IdNumber.key(digest)).isEqualTo(0x1234_0000_0000_0001L);
	}

	@Test
	void checkCharacterFollowsGb11643() {
		// the standard's worked example: 11010519491231002X
		assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
	}

	@Test
	void validIdsAreReadAndKnowGenderAndBirthDate() {
		IdNumber male = valid(TestIds.id("44011120060315123"));
		assertThat(male.gender()).isEqualTo("男");
		assertThat(male.birthDate()).isEqualTo(LocalDate.of(2006, 3, 15));
		assertThat(male.regionCode()).isEqualTo("440111");
		IdNumber female = valid(TestIds.id("11010519850701124"));
		assertThat(female.gender()).isEqualTo("女");
		assertThat(female.birthDate()).isEqualTo(LocalDate.of(1985, 7, 1));
	}

	@Test
	void lowercaseXIsUpperCasedAndSpacesRemoved() {
		String upper = TestIds.idEndingInX();
		String lower = upper.substring(0, 17) + "x";
		assertThat(valid(lower)).isEqualTo(valid(upper));
		assertThat(valid(" " + upper.substring(0, 6) + " " + upper.substring(6) + " ")).isEqualTo(valid(upper));
		assertThat(valid("４４０１１１" + upper.substring(6))).isEqualTo(valid(upper));
	}

	@Test
	void maskedKeepsFirstSixAndLastFour() {
		String raw = TestIds.idEndingInX();
		IdNumber id = valid(raw);
		assertThat(id.masked()).isEqualTo("440111********" + raw.substring(14)).hasSize(18).endsWith("X");
		assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(raw.substring(6, 14));
		assertThat(IdNumber.mask("44011120060315123X")).isEqualTo("440111********123X");
	}

	@Test
	void hmacIsStableKeyedAndHex() {
		IdNumber id = valid(TestIds.id("44011120060315123"));
		byte[] key = "data-office-secret".getBytes(StandardCharsets.UTF_8);
		assertThat(id.hmac(key)).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(id.hmac(key.clone()));
		assertThat(id.hmac("another-secret".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(id.hmac(key));
		assertThat(valid(TestIds.id("44011120060315124")).hmac(key)).isNotEqualTo(id.hmac(key));
		// the lower-case x of an input does not change the hash
		String x = TestIds.idEndingInX();
		assertThat(valid(x.substring(0, 17) + "x").hmac(key)).isEqualTo(valid(x).hmac(key));
	}

	@Test
	void hmacMatchesAKnownVector() throws Exception {
		// RFC 4231 style check against the JDK directly, so a change of encoding shows
		String raw = TestIds.id("44011120060315123");
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(new byte[] { 1, 2, 3 }, "HmacSHA256"));
		String expected = java.util.HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.US_ASCII)));
		assertThat(valid(raw).hmac(new byte[] { 1, 2, 3 })).isEqualTo(expected);
	}

	@Test
	void wrongCheckCharacter() {
		String bad = TestIds.withWrongCheck(TestIds.id("44011120060315123"));
		ParsedValue.Invalid invalid = invalid(Cells.text(bad));
		assertThat(invalid.rule()).isEqualTo(Rule.R_ID_INVALID);
		assertThat(invalid.message()).contains("440111********", "校验位").doesNotContain(bad);
		assertThat(invalid.shownValue()).isEqualTo(IdNumber.mask(bad));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			44011120061315123 | 出生日期
			44011120060230123 | 出生日期
			44011120260315123 | 出生日期
			44011118890315123 | 出生日期
			99011120060315123 | 省份代码
			""")
	void badDateOrProvinceEvenWithARightCheckCharacter(String first17, String reason) {
		ParsedValue.Invalid invalid = invalid(Cells.text(TestIds.id(first17)));
		assertThat(invalid.rule()).isEqualTo(Rule.R_ID_INVALID);
		assertThat(invalid.message()).contains(reason).doesNotContain(first17);
	}

	@ParameterizedTest(name = "\"{0}\" is R-ID-INVALID")
	@CsvSource({ "4401112006031512", "4401112006031512345", "44011120060315123A", "4401112006O315123X", "张三" })
	void wrongShape(String text) {
		assertThat(invalid(Cells.text(text)).rule()).isEqualTo(Rule.R_ID_INVALID);
	}

	@Test
	void numberCellsLostDigits() {
		// Excel keeps 15 significant digits: 440111200603151234 comes back as ...151000
		ParsedValue.Invalid invalid = invalid(Cells.number("440111200603151000"));
		assertThat(invalid.rule()).isEqualTo(Rule.R_ID_PRECISION);
		assertThat(invalid.message()).startsWith("身份证号 440111********1000 以数字格式保存");
		assertThat(invalid.shownValue()).isEqualTo("440111********1000");
	}

	@Test
	void aNumberCellIsRefusedEvenWhenItsZerosHappenToFormAValidId() {
		String first15 = findFirst15WhoseZeroPaddingIsValid();
		assertThat(IdNumber.checkCharacter(first15 + "00")).isEqualTo('0');
		assertThat(invalid(Cells.number(first15 + "000")).rule()).isEqualTo(Rule.R_ID_PRECISION);
	}

	private static String findFirst15WhoseZeroPaddingIsValid() {
		for (int sequence = 0; sequence < 100; sequence++) {
			String first15 = "4401112006031" + String.format("%02d", sequence);
			if (IdNumber.checkCharacter(first15 + "00") == '0') {
				return first15;
			}
		}
		throw new IllegalStateException("none found");
	}

	@Test
	void exponentTextLostDigits() {
		ParsedValue.Invalid invalid = invalid(Cells.text("4.40111200603E+17"));
		assertThat(invalid.rule()).isEqualTo(Rule.R_ID_PRECISION);
		assertThat(invalid.message()).doesNotContain("4.40111200603E+17");
	}

	@Test
	void shownValueOfAnyIdCellIsMasked() {
		String raw = TestIds.id("44011120060315123");
		assertThat(ValueParser.shownValue(ID, raw)).isEqualTo(IdNumber.mask(raw)).doesNotContain(raw.substring(6, 14));
		assertThat(IdNumber.mask("1234")).isEqualTo("12**");
	}

}
