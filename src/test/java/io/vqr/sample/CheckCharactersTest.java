package io.vqr.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCharactersTest {

	@Test
	void idNumberCheckCharacterFollowsGb11643() {
		// The standard's own example and a published specimen.
		assertThat(IdNumbers.checkChar("11010519491231002")).isEqualTo('X');
		assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
		assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
		assertThat(IdNumbers.isValid(IdNumbers.withWrongCheck("11010519491231002X"))).isFalse();
	}

	@Test
	void builtIdNumbersCarryBirthDateAndGender() {
		String male = IdNumbers.build("440111", LocalDate.of(2006, 3, 15), 123, true);
		String female = IdNumbers.build("440111", LocalDate.of(2006, 3, 15), 123, false);
		assertThat(male).startsWith("44011120060315").hasSize(18);
		assertThat(IdNumbers.isValid(male)).isTrue();
		assertThat(IdNumbers.isValid(female)).isTrue();
		assertThat(IdNumbers.isMale(male)).isTrue();
		assertThat(IdNumbers.isMale(female)).isFalse();
		assertThat(IdNumbers.birthDate(male)).isEqualTo(LocalDate.of(2006, 3, 15));
	}

	@Test
	void creditCodeCheckCharacterFollowsGb32100() {
		// Codes printed on real business licences.
		assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCodes.isValid("91110000600037341L")).isTrue();
		assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
		assertThat(CreditCodes.isValid(CreditCodes.withWrongCheck("91110000600037341L"))).isFalse();
		assertThat(CreditCodes.isValid("91110000600037341")).isFalse();
	}

	@Test
	void generatedCreditCodesAreValidAndNameTheirRegion() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 2_000; i++) {
			String code = CreditCodes.enterprise("440106", random);
			assertThat(code).startsWith("91440106").hasSize(18);
			assertThat(CreditCodes.isValid(code)).as(code).isTrue();
		}
	}

}
