package io.vqr.standard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

	@Test
	void whiteSpaceIsJavasWhiteSpaceAndSpaceCharactersAndNoBreakAndByteOrderMark() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\uFEFF';
			assertThat(TextNormalizer.isSpace(c)).as("U+%04X", (int) c).isEqualTo(expected);
		}
	}

	@Test
	void keysSkipUpperCasingOnlyWhereItChangesNothing() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String text = "专业" + c;
			if (!TextNormalizer.hasLowerCase(text)) {
				assertThat(text.toUpperCase(java.util.Locale.ROOT)).as("U+%04X", (int) c).isEqualTo(text);
			}
		}
		assertThat(TextNormalizer.hasLowerCase("计算机应用技术（专业）710201")).isFalse();
		assertThat(TextNormalizer.hasLowerCase("710201k")).isTrue();
		assertThat(TextNormalizer.key("710201k")).isEqualTo("710201K");
		assertThat(TextNormalizer.key("ｂ级")).isEqualTo("B级");
		String cjk = "毕业去向";
		assertThat(TextNormalizer.key(cjk)).isSameAs(cjk);
	}

	@Test
	void blankIsWhatStringSaysIsBlank() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			assertThat(TextNormalizer.isJavaWhitespace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
			String text = " " + c + "\t";
			assertThat(TextNormalizer.isBlank(text)).as("U+%04X", (int) c).isEqualTo(text.isBlank());
		}
		assertThat(TextNormalizer.isBlank("")).isTrue();
	}

	@Test
	void removesEveryKindOfWhiteSpaceAndReturnsCleanTextAsItIs() {
		String clean = "计算机应用技术710201";
		assertThat(TextNormalizer.removeWhitespace(clean)).isSameAs(clean);
		assertThat(TextNormalizer.removeWhitespace(" 计算机\u3000应用\u00A0技术\n710201\uFEFF")).isEqualTo(clean);
		assertThat(TextNormalizer.key(" ｃｏｄｅ  ａ* ")).isEqualTo("CODEA");
	}

	@Test
	void cleanTextTrimsAndJoinsCjkButKeepsLatinSpaces() {
		String clean = "电工电子";
		assertThat(TextNormalizer.cleanText(clean)).isSameAs(clean);
		assertThat(TextNormalizer.cleanText("\u3000电工 电子 ")).isEqualTo("电工电子");
		assertThat(TextNormalizer.cleanText(" Java  EE\t开发")).isEqualTo("Java EE 开发");
	}

}
