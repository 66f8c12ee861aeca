package io.vqr.workbook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTest {

	@Test
	void numbersAreWrittenInTheShortestPlainDecimalThatReadsBackTheSame() {
		assertThat(CellValues.numberText(1.0)).isEqualTo("1");
		assertThat(CellValues.numberText(100.0)).isEqualTo("100");
		assertThat(CellValues.numberText(-0.0)).isEqualTo("0");
		assertThat(CellValues.numberText(4.4011120060315E17)).isEqualTo("440111200603150000");
		assertThat(CellValues.numberText(2.82879384806159E17)).isEqualTo("282879384806159000");
		assertThat(CellValues.numberText(440111200603151234.0)).isEqualTo("440111200603151200");
		assertThat(CellValues.numberText(0.1 + 0.2)).isEqualTo("0.30000000000000004");
		assertThat(CellValues.numberText(1e21)).isEqualTo("1000000000000000000000");
		assertThat(CellValues.numberText(123456789.125)).isEqualTo("123456789.125");
		for (double value : new double[] { 4.4011120060315E17, 0.1 + 0.2, 1.0 / 3, Math.PI * 1e10, 9.87e-12,
				440111200603151234.0 }) {
			assertThat(Double.parseDouble(CellValues.numberText(value))).isEqualTo(value);
		}
	}

	@Test
	void chineseBuiltinFormatsAreDates() {
		assertThat(CellValues.isDateFormat(31, null)).isTrue();
		assertThat(CellValues.isDateFormat(57, "reserved-0x39")).isTrue();
		assertThat(CellValues.isDateFormat(14, null)).isTrue();
		assertThat(CellValues.isDateFormat(0, "General")).isFalse();
		assertThat(CellValues.isDateFormat(49, "@")).isFalse();
		assertThat(CellValues.isDateFormat(176, "yyyy\"年\"m\"月\"")).isTrue();
		assertThat(CellValues.isDateFormat(177, "0.00%")).isFalse();
	}

}
