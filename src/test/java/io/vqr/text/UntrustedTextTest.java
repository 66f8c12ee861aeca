package io.vqr.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UntrustedTextTest {

	@Test
	void aLineBreakInANameCannotForgeALogLine() {
		String name = "4401012345_2024.xlsx\n10:00:00 INFO  4401099999_2024.xlsx: 已通过";

		String logged = UntrustedText.forLog(name);

		assertThat(logged).doesNotContain("\n").startsWith("4401012345_2024.xlsx\\u000A10:00:00");
		assertThat(UntrustedText.forLog("a\rb\tc\u0085d\u2028e\u202Ef\u0000"))
			.isEqualTo("a\\u000Db\\u0009c\\u0085d\\u2028e\\u202Ef\\u0000");
		assertThat(UntrustedText.forLog("某某学校 (2024).xlsx")).isEqualTo("某某学校 (2024).xlsx");
	}

	@Test
	void veryLongTextIsCutInALogLine() {
		assertThat(UntrustedText.forLog("校".repeat(1000))).hasSize(UntrustedText.MAX_LOG_CHARS + 1).endsWith("…");
	}

	@Test
	void aFileNameStaysInItsFolderAndIsAcceptedEverywhere() {
		assertThat(UntrustedText.forFileName("../../etc/passwd", 100)).isEqualTo("_._.._etc_passwd");
		assertThat(UntrustedText.forFileName("a:b*c?d\"e<f>g|h\\i\nj", 100)).isEqualTo("a_b_c_d_e_f_g_h_i_j");
		assertThat(UntrustedText.forFileName("  ", 100)).isEqualTo("_");
		assertThat(UntrustedText.forFileName(".hidden", 100)).isEqualTo("_hidden");
	}

	@Test
	void aLongNameIsBoundedInBytesAndStaysRecognisableAndUnique() {
		String school = "广东省".repeat(34);
		String other = school + "分校";

		String bounded = UntrustedText.forFileName(school, 200);
		String otherBounded = UntrustedText.forFileName(other, 200);

		assertThat(UntrustedText.utf8Length(bounded)).isLessThanOrEqualTo(200);
		assertThat(bounded).startsWith("广东省广东省").matches(".*…[0-9a-f]{8}");
		assertThat(otherBounded).isNotEqualTo(bounded);
		assertThat(UntrustedText.forFileName("短名称", 200)).isEqualTo("短名称");
	}

	@Test
	void aNameIsNeverCutInsideACharacter() {
		String emoji = "😀".repeat(100);

		String bounded = UntrustedText.forFileName(emoji, 50);

		assertThat(UntrustedText.utf8Length(bounded)).isLessThanOrEqualTo(50);
		assertThat(bounded.codePoints().filter((c) -> Character.getType(c) == Character.SURROGATE)).isEmpty();
		assertThat(bounded).startsWith("😀😀");
	}

}
