package io.vqr.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberMaskingTest {

	@Test
	void keepsTheFirstSixAndTheLastFourCharacters() {
		assertThat(IdNumberMasking.mask("44011120060315123X")).isEqualTo("440111********123X");
		assertThat(IdNumberMasking.mask("440111 2006 0315 123X")).isEqualTo("440111********123X");
		assertThat(IdNumberMasking.mask("440111060315123")).isEqualTo("440111*****5123");
		// A short fragment keeps only its first 2 characters, as IdNumber.mask does
		// everywhere.
		assertThat(IdNumberMasking.mask("12345")).isEqualTo("12***");
	}

	@Test
	void recognisesIdNumbersAndWhatExcelLeftOfThem() {
		assertThat(IdNumberMasking.looksLikeIdNumber("44011120060315123x")).isTrue();
		assertThat(IdNumberMasking.looksLikeIdNumber("440111200603151000")).isTrue();
		assertThat(IdNumberMasking.looksLikeIdNumber("440111060315123")).isTrue();
		assertThat(IdNumberMasking.looksLikeIdNumber("440111********123X")).isFalse();
		assertThat(IdNumberMasking.looksLikeIdNumber("91440101MA5CXXXX1X")).isFalse();
		assertThat(IdNumberMasking.looksLikeIdNumber("4144012345")).isFalse();
		assertThat(IdNumberMasking.looksLikeIdNumber("13800138000")).isFalse();
	}

	@Test
	void masksIdNumbersInsideTextAndLeavesMaskedOnesAlone() {
		assertThat(IdNumberMasking.maskEmbedded("身份证号 44011120060315123X 无效")).isEqualTo("身份证号 440111********123X 无效");
		assertThat(IdNumberMasking.maskEmbedded("身份证号 440111********123X 无效")).isEqualTo("身份证号 440111********123X 无效");
		assertThat(IdNumberMasking.maskEmbedded("学号 2021001，录取数 70")).isEqualTo("学号 2021001，录取数 70");
	}

	@Test
	void findsIdColumnsByTheStandardsHeaders() {
		assertThat(IdNumberMasking.isIdHeader("身份证号")).isTrue();
		assertThat(IdNumberMasking.isIdHeader("身份证号码*")).isTrue();
		assertThat(IdNumberMasking.isIdHeader(" 证件号码 ")).isTrue();
		assertThat(IdNumberMasking.isIdHeader("学号")).isFalse();
	}

}
