package io.vqr.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.major;
import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/** 专业与招生's cross-field rules at their boundaries. */
class MajorRowRulesTest {

	private static List<Rule> rules(String... keysAndTexts) {
		return Records.rulesOf(SubmissionStandard.MAJORS, with(major(), keysAndTexts));
	}

	@Test
	void theCleanRecordHasNoFinding() {
		assertThat(rules()).isEmpty();
	}

	@Test
	@TestsRule(Rule.X_REGISTERED_GT_ADMITTED)
	void registeredUpToAdmitted() {
		assertThat(rules("admitted", "100", "registered", "99")).isEmpty();
		assertThat(rules("admitted", "100", "registered", "100")).isEmpty();
		assertThat(rules("admitted", "100", "registered", "101")).containsExactly(Rule.X_REGISTERED_GT_ADMITTED);
		assertThat(rules("admitted", "0", "registered", "0")).isEmpty();
		assertThat(rules("admitted", "0", "registered", "1")).containsExactly(Rule.X_REGISTERED_GT_ADMITTED);
	}

	@Test
	@TestsRule(Rule.X_REGISTERED_GT_ADMITTED)
	void registeredIsNotComparedWithAMissingOrUnreadableAdmitted() {
		assertThat(rules("admitted", null, "registered", "101")).containsExactly(Rule.R_REQUIRED);
		assertThat(rules("admitted", " ", "registered", "101")).containsExactly(Rule.R_REQUIRED);
		assertThat(rules("admitted", "很多", "registered", "101")).containsExactly(Rule.R_TYPE);
	}

	@Test
	@TestsRule(Rule.X_THROUGH_GT_ENROLLED)
	void throughTrackUpToEnrolled() {
		assertThat(rules("enrolled", "300", "through_track", "299")).isEmpty();
		assertThat(rules("enrolled", "300", "through_track", "300")).isEmpty();
		assertThat(rules("enrolled", "300", "through_track", "301")).containsExactly(Rule.X_THROUGH_GT_ENROLLED);
		// optional: left empty, nothing to compare
		assertThat(rules("enrolled", "300", "through_track", null)).isEmpty();
		assertThat(rules("enrolled", "300", "through_track", "")).isEmpty();
		assertThat(rules("enrolled", null, "through_track", "301")).containsExactly(Rule.R_REQUIRED);
	}

	@Test
	@TestsRule(Rule.W_ADMITTED_GT_PLAN)
	void admittedUpToTheRatioOfThePlan() {
		BigDecimal ratio = RuleParameters.ADMITTED_PER_PLAN.value();
		long plan = 100;
		long most = ratio.multiply(BigDecimal.valueOf(plan)).setScale(0, RoundingMode.FLOOR).longValueExact();
		assertThat(most).as("1.2 × 100").isEqualTo(120);
		assertThat(rules("plan", "100", "admitted", Long.toString(most - 1), "registered", "95")).isEmpty();
		assertThat(rules("plan", "100", "admitted", Long.toString(most), "registered", "95")).isEmpty();
		assertThat(rules("plan", "100", "admitted", Long.toString(most + 1), "registered", "95"))
			.containsExactly(Rule.W_ADMITTED_GT_PLAN);
		// 1.2 × 7 = 8.4: 8 is within, 9 beyond
		assertThat(rules("plan", "7", "admitted", "8", "registered", "8")).isEmpty();
		assertThat(rules("plan", "7", "admitted", "9", "registered", "9")).containsExactly(Rule.W_ADMITTED_GT_PLAN);
		// nothing planned: any admission is beyond the plan
		assertThat(rules("plan", "0", "admitted", "0", "registered", "0")).isEmpty();
		assertThat(rules("plan", "0", "admitted", "1", "registered", "1")).containsExactly(Rule.W_ADMITTED_GT_PLAN);
		assertThat(rules("plan", null, "admitted", "500")).containsExactly(Rule.R_REQUIRED);
	}

	@Test
	@TestsRule(Rule.W_ADMITTED_GT_PLAN)
	void theMessageStatesTheRatioTheCheckUses() {
		Records records = Records.of(SubmissionStandard.MAJORS);
		records.check(with(major(), "plan", "100", "admitted", "121", "registered", "95"));
		assertThat(records.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.isEqualTo("录取数 121 超过招生计划数 100 的" + RuleParameters.ADMITTED_PER_PLAN.text() + "倍。请确认是否正确。")
				.contains("1.2倍"));
	}

	@Test
	@TestsRule(Rule.W_MAJOR_NAME)
	void catalogNameOrCatalogNameWithADirection() {
		assertThat(rules("major_name", "计算机应用")).isEmpty();
		assertThat(rules("major_name", " 计算机 应用 ")).isEmpty();
		assertThat(rules("major_name", "计算机应用（网络方向）")).isEmpty();
		assertThat(rules("major_name", "计算机应用(网络方向)")).isEmpty();
		// an empty direction, a name without its brackets closed, another name
		assertThat(rules("major_name", "计算机应用（）")).containsExactly(Rule.W_MAJOR_NAME);
		assertThat(rules("major_name", "计算机应用（网络方向")).containsExactly(Rule.W_MAJOR_NAME);
		assertThat(rules("major_name", "计算机应用专业")).containsExactly(Rule.W_MAJOR_NAME);
		assertThat(rules("major_name", "计算机")).containsExactly(Rule.W_MAJOR_NAME);
		assertThat(rules("major_name", null)).containsExactly(Rule.R_REQUIRED);
	}

}
