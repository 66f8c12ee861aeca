package io.vqr.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiDigitsTest {

	@Test
	void digitsAreAsciiOnlyAndCountedWithinBounds() {
		assertThat(AsciiDigits.digits("510201", 6, 6)).isTrue();
		assertThat(AsciiDigits.digits("127", 3, 4)).isTrue();
		assertThat(AsciiDigits.digits("0127", 3, 4)).isTrue();
		assertThat(AsciiDigits.digits("12", 3, 4)).isFalse();
		assertThat(AsciiDigits.digits("12345", 3, 4)).isFalse();
		assertThat(AsciiDigits.digits("51020K", 6, 6)).isFalse();
		// Full-width and Arabic-Indic digits are not \d without UNICODE_CHARACTER_CLASS.
		assertThat(AsciiDigits.digits("５１０２０１", 6, 6)).isFalse();
		assertThat(AsciiDigits.digits("\u0661\u0662\u0663", 3, 3)).isFalse();
		assertThat(AsciiDigits.digitsIn("44010119900307211X", 0, 17)).isTrue();
		assertThat(AsciiDigits.digitsIn("44010119900307211X", 0, 18)).isFalse();
	}

	@Test
	void onlyADecimalPartOfZerosIsDropped() {
		assertThat(AsciiDigits.withoutZeroDecimals("510201.0")).isEqualTo("510201");
		assertThat(AsciiDigits.withoutZeroDecimals("510201.000")).isEqualTo("510201");
		assertThat(AsciiDigits.withoutZeroDecimals("510201")).isEqualTo("510201");
		assertThat(AsciiDigits.withoutZeroDecimals("510201.5")).isEqualTo("510201.5");
		assertThat(AsciiDigits.withoutZeroDecimals("510201.")).isEqualTo("510201.");
		assertThat(AsciiDigits.withoutZeroDecimals("1.0.0")).isEqualTo("1.0");
		assertThat(AsciiDigits.withoutZeroDecimals("4.40111200603E+17")).isEqualTo("4.40111200603E+17");
	}

}
