package io.vqr.normalize;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.normalize.PersonalNumbers.Found;
import io.vqr.normalize.PersonalNumbers.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal numbers in public free text (R-CASE-PII): found where they are, masked whole.
 */
class PersonalNumbersTest {

	/** A valid ID number: 440111 20030315 011 and its check character. */
	private static final String ID = "44011120030315011" + IdNumber.checkCharacter("44011120030315011");

	@Test
	void everyNumberIsFoundWithItsKindAndPlace() {
		String text = "张老师电话138-1234-5678，学生" + ID + "，旧证440111850315123。";
		List<Found> found = PersonalNumbers.findAll(text);
		assertThat(found).extracting(Found::kind).containsExactly(Kind.MOBILE, Kind.ID_NUMBER, Kind.ID_NUMBER);
		assertThat(found.get(0).position(text)).isEqualTo(6);
		assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo(ID);
		assertThat(PersonalNumbers.first(text)).contains(found.get(0));
	}

	@Test
	void maskedTextKeepsOnlyTheEnds() {
		String masked = PersonalNumbers.mask("电话 13812345678；证件 " + ID + "；旧证 440111850315123。");
		assertThat(masked).isEqualTo("电话 138****5678；证件 440111********" + ID.substring(14) + "；旧证 440111*****5123。");
		assertThat(PersonalNumbers.findAll(masked)).isEmpty();
	}

	@Test
	void ordinaryFiguresAreNoPersonalNumbers() {
		for (String text : List.of("2025年培训1380人次，到款186.5万元", "合同编号 2025-0315-0001", "电话020-12345678", "12812345678",
				"138123456789", "1381234567", "编号440111851345123")) {
			assertThat(PersonalNumbers.findAll(text)).as(text).isEmpty();
		}
		char wrong = (ID.charAt(17) == '0') ? '1' : '0';
		assertThat(PersonalNumbers.findAll("编号" + ID.substring(0, 17) + wrong)).isEmpty();
		assertThat(PersonalNumbers.mask("没有号码的文字")).isEqualTo("没有号码的文字");
	}

}
