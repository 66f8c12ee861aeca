package io.vqr.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.graduate;
import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/** 毕业生去向's cross-field rules at their boundaries. */
class GraduateRowRulesTest {

	private static final BigDecimal CENT = new BigDecimal("0.01");

	private static List<Rule> rules(String... keysAndTexts) {
		return Records.rulesOf(SubmissionStandard.GRADUATES, with(graduate(), keysAndTexts));
	}

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	@Test
	void theCleanRecordHasNoFinding() {
		assertThat(rules()).isEmpty();
	}

	@Test
	@TestsRule(Rule.W_INCOME_RANGE)
	void incomeWithinItsBoundsInclusive() {
		BigDecimal low = RuleParameters.MONTHLY_INCOME.minDecimal();
		BigDecimal high = RuleParameters.MONTHLY_INCOME.maxDecimal();
		assertThat(rules("monthly_income", plain(low.subtract(CENT)))).containsExactly(Rule.W_INCOME_RANGE);
		assertThat(rules("monthly_income", plain(low))).isEmpty();
		assertThat(rules("monthly_income", plain(low.add(CENT)))).isEmpty();
		assertThat(rules("monthly_income", plain(high.subtract(CENT)))).isEmpty();
		assertThat(rules("monthly_income", plain(high))).isEmpty();
		assertThat(rules("monthly_income", plain(high.add(CENT)))).containsExactly(Rule.W_INCOME_RANGE);
		assertThat(rules("monthly_income", "0")).containsExactly(Rule.W_INCOME_RANGE);
		// optional: an employed graduate may leave it empty
		assertThat(rules("monthly_income", null)).isEmpty();
		assertThat(rules("monthly_income", "　")).isEmpty();
	}

	@Test
	@TestsRule(Rule.W_INCOME_RANGE)
	void incomeBoundsAreTheContractsAndTheMessageStatesThem() {
		assertThat(RuleParameters.MONTHLY_INCOME.text()).isEqualTo("500–100000");
		Records records = Records.of(SubmissionStandard.GRADUATES);
		records.check(with(graduate(), "monthly_income", "450000"));
		assertThat(records.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.message()).isEqualTo("月收入 450000 元不在 500–100000 元之间。请确认金额及单位（元）是否正确。");
			assertThat(finding.column()).isEqualTo("L");
			assertThat(finding.value()).isEqualTo("450000");
		});
	}

	@Test
	@TestsRule(Rule.W_INCOME_RANGE)
	void incomeInTenThousandsIsConvertedBeforeTheBoundsApply() {
		// 5万元 is 50000 元: within; 0.04万元 is 400 元: below
		assertThat(rules("monthly_income", "5万元")).isEmpty();
		assertThat(rules("monthly_income", "0.04万元")).containsExactly(Rule.W_INCOME_RANGE);
	}

	@Test
	@TestsRule(Rule.X_INCOME_NOT_EMPLOYED)
	void incomeOnlyForTheIncomeDestinations() {
		assertThat(RuleParameters.INCOME_DESTINATIONS).containsExactly("10", "11", "12");
		for (CodeEntry destination : CodeLists.get(CodeLists.DESTINATION).entries()) {
			// every field a destination requires is filled, so only the income can be
			// wrong
			List<Rule> rules = rules("destination", destination.code(), "further_school", "广州示例职业技术学院",
					"monthly_income", "3000");
			if (RuleParameters.INCOME_DESTINATIONS.contains(destination.code())) {
				assertThat(rules).as(destination.display()).isEmpty();
			}
			else {
				assertThat(rules).as(destination.display()).containsExactly(Rule.X_INCOME_NOT_EMPLOYED);
			}
			assertThat(rules("destination", destination.code(), "further_school", "广州示例职业技术学院", "monthly_income", null))
				.as(destination.display() + " without income")
				.isEmpty();
		}
	}

	@Test
	@TestsRule(Rule.X_INCOME_NOT_EMPLOYED)
	void anIncomeOutsideItsBoundsForTheWrongDestinationIsOneError() {
		assertThat(rules("destination", "30", "monthly_income", "450000")).containsExactly(Rule.X_INCOME_NOT_EMPLOYED);
		Records records = Records.of(SubmissionStandard.GRADUATES);
		records.check(with(graduate(), "destination", "升学", "further_school", "广州示例职业技术学院"));
		assertThat(records.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.isEqualTo("毕业去向为“20 升学”，不属于10 签订就业协议/劳动合同、11 灵活就业或12 自主创业，不应填写月收入。请删除月收入或更正毕业去向。"));
	}

	@Test
	@TestsRule(Rule.X_INCOME_NOT_EMPLOYED)
	void noDestinationToCompareWithIsItsOwnFinding() {
		assertThat(rules("destination", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(rules("destination", "99")).containsExactly(Rule.R_CODE);
	}

	@Test
	@TestsRule(Rule.R_MAJOR_NOT_OFFERED)
	void theGraduatesMajorMustBeOffered() {
		assertThat(rules("major_code", Records.MAJOR)).isEmpty();
		assertThat(rules("major_code", Records.OTHER_MAJOR)).containsExactly(Rule.R_MAJOR_NOT_OFFERED);
		assertThat(rules("major_code", null)).containsExactly(Rule.R_REQUIRED);
		// a code not in the catalog is R-MAJOR-UNKNOWN alone
		assertThat(rules("major_code", "999999")).containsExactly(Rule.R_MAJOR_UNKNOWN);
	}

	@Test
	@TestsRule(Rule.R_MAJOR_NOT_OFFERED)
	void withoutAReadableMajorsSheetNothingIsCheckedAgainstIt() {
		Records records = new Records(SubmissionStandard.GRADUATES, Records.offering());
		records.check(with(graduate(), "major_code", Records.OTHER_MAJOR));
		assertThat(records.rules()).isEmpty();
		SubmissionContext readButEmpty = Records.offering();
		readButEmpty.majorsSheetRead();
		Records none = new Records(SubmissionStandard.GRADUATES, readButEmpty);
		none.check(graduate());
		assertThat(none.rules()).containsExactly(Rule.R_MAJOR_NOT_OFFERED);
	}

	@Test
	@TestsRule(Rule.W_GENDER_ID)
	void genderAsTheIdNumberSays() {
		String man = Records.id(LocalDate.of(2003, 3, 15), true, 7);
		String woman = Records.id(LocalDate.of(2003, 3, 15), false, 7);
		assertThat(rules("id_number", man, "gender", "男")).isEmpty();
		assertThat(rules("id_number", woman, "gender", "女")).isEmpty();
		assertThat(rules("id_number", man, "gender", "女")).containsExactly(Rule.W_GENDER_ID);
		assertThat(rules("id_number", woman, "gender", "男")).containsExactly(Rule.W_GENDER_ID);
		// nothing to compare: each is its own finding
		assertThat(rules("id_number", man, "gender", null)).containsExactly(Rule.R_REQUIRED);
		assertThat(rules("id_number", man, "gender", "未知")).containsExactly(Rule.R_CODE);
		assertThat(rules("id_number", null, "gender", "女")).containsExactly(Rule.R_REQUIRED);
	}

	@Test
	@TestsRule(Rule.W_GENDER_ID)
	void theGenderFindingNamesBothGendersAndMasksTheId() {
		Records records = Records.of(SubmissionStandard.GRADUATES);
		records.check(with(graduate(), "gender", "女"));
		assertThat(records.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.message()).isEqualTo("性别“女”与身份证号显示的性别“男”不一致。请核对。");
			assertThat(finding.header()).isEqualTo("性别");
		});
	}

}
