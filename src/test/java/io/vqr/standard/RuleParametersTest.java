package io.vqr.standard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.vqr.standard.docs.DocFormat;
import io.vqr.standard.docs.RuleCatalogueDoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules' parameters hold the contract's values (submission standard 5.1), and the
 * published texts state the parameters the checks use.
 */
class RuleParametersTest {

	@Test
	void theParametersAreTheContracts() {
		assertThat(RuleParameters.TEACHER_AGE.text()).isEqualTo("18–75");
		assertThat(RuleParameters.censusDate(2024)).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(RuleParameters.MONTHLY_INCOME.text()).isEqualTo("500–100000");
		assertThat(RuleParameters.ADMITTED_PER_PLAN.value()).isEqualByComparingTo("1.2");
		assertThat(RuleParameters.YEAR_OVER_YEAR_CHANGE.value()).isEqualByComparingTo("0.5");
		assertThat(RuleParameters.DURATION_YEARS.text()).isEqualTo("2–6");
		assertThat(RuleParameters.PRACTICE_DAYS.text()).isEqualTo("0–365");
		assertThat(RuleParameters.TRAINING_HOURS.text()).isEqualTo("0–2000");
		assertThat(RuleParameters.INCOME_DESTINATIONS).containsExactly("10", "11", "12");
		assertThat(RuleParameters.SCHOOL_CODE_DIGITS).isEqualTo(10);
		assertThat(RuleParameters.FILE_NAME_YEARS.text()).isEqualTo("2000–2099");
		assertThat(RuleParameters.technicianCategoriesText()).isEqualTo("01–14");
		assertThat(RuleParameters.TECHNICIAN_PROVINCIAL_PREFIX).isEqualTo('8');
		assertThat(RuleParameters.EXCEL_SIGNIFICANT_DIGITS).isEqualTo(15);
		// not in the contract, which asks for a valid date in the past
		assertThat(RuleParameters.ID_BIRTH_YEAR_MIN).isEqualTo(1900);
	}

	@Test
	void everyTextStatesTheParametersItsCheckUses() {
		assertThat(Rule.W_AGE.description()).isEqualTo("教师在统计年度9月30日的年龄不在18–75岁之间。");
		assertThat(Rule.W_AGE.template()).contains("不在18–75岁之间");
		assertThat(Rule.W_INCOME_RANGE.description()).isEqualTo("月收入不在500–100000元之间。");
		assertThat(Rule.W_INCOME_RANGE.template()).contains(" 500–100000 元");
		assertThat(Rule.W_ADMITTED_GT_PLAN.description()).isEqualTo("录取数大于招生计划数的1.2倍。");
		assertThat(Rule.W_ADMITTED_GT_PLAN.template()).contains("的1.2倍");
		assertThat(Rule.W_YOY_JUMP.description()).isEqualTo("在校生总数、毕业生人数或专任教师人数与本校上一年度已通过的数据相比变化超过50%。");
		assertThat(Rule.W_YOY_JUMP.template()).contains("超过50%");
		assertThat(Rule.X_INCOME_NOT_EMPLOYED.description()).isEqualTo("毕业去向不是就业（10、11、12）的毕业生填写了月收入。");
		assertThat(Rule.R_RANGE.description()).isEqualTo("数值超出硬性范围（如人数为负数、学制不在2–6年、企业实践天数超过365天）。");
		assertThat(Rule.W_FILE_NAME.description()).isEqualTo("文件名中含有其他学校代码（10位数字）或其他年度（2000–2099）。");
		assertThat(Rule.F_SCHOOL_UNKNOWN.description()).isEqualTo("「基本信息」中的学校代码缺失，或不是10位数字。");
		assertThat(Rule.R_MAJOR_UNKNOWN.description()).contains("技工院校为4位代码，前两位为01–14，或8开头的省级特色专业");
		assertThat(Rule.R_ID_INVALID.description()).contains("1900年以后");
		assertThat(Rule.R_CODE.description()).contains(CodeLists.get(CodeLists.GENDER).name());
		for (SubmissionStandard standard : SubmissionStandard.all()) {
			String published = RuleCatalogueDoc.of(standard).render(DocFormat.MD);
			for (Rule rule : Rule.of(standard)) {
				assertThat(published).contains(rule.description(standard));
			}
		}
	}

	@Test
	void boundsContainTheirEnds() {
		Bounds bounds = Bounds.of(18, 75);
		assertThat(bounds.contains(17)).isFalse();
		assertThat(bounds.contains(18)).isTrue();
		assertThat(bounds.contains(75)).isTrue();
		assertThat(bounds.contains(76)).isFalse();
		assertThat(bounds.contains(new BigDecimal("17.99"))).isFalse();
		assertThat(bounds.contains(new BigDecimal("18.00"))).isTrue();
		assertThat(bounds.contains(new BigDecimal("75.01"))).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Bounds.of(2, 1));
	}

	@Test
	void ratiosCompareExactlyAlsoBeyondALong() {
		Ratio ratio = Ratio.of("1.2");
		assertThat(ratio.exceeded(120, 100)).isFalse();
		assertThat(ratio.exceeded(121, 100)).isTrue();
		assertThat(ratio.exceeded(8, 7)).isFalse();
		assertThat(ratio.exceeded(9, 7)).isTrue();
		assertThat(ratio.exceeded(1, 0)).isTrue();
		assertThat(ratio.exceeded(0, 0)).isFalse();
		assertThat(ratio.exceeded(Long.MAX_VALUE, Long.MAX_VALUE)).isFalse();
		assertThat(ratio.exceeded(Long.MAX_VALUE, Long.MAX_VALUE / 2)).isTrue();
		assertThat(ratio.text()).isEqualTo("1.2");
		Ratio half = Ratio.percent(50);
		assertThat(half.exceeded(5000, 10_001)).isFalse();
		assertThat(half.exceeded(5001, 10_001)).isTrue();
		assertThat(half.percentText()).isEqualTo("50%");
		assertThat(Ratio.of("2").exceeded(3, 1)).isTrue();
		assertThat(Ratio.of("2").text()).isEqualTo("2");
	}

}
