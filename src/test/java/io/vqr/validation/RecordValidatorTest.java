package io.vqr.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vqr.findings.Finding;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.Requirement;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import static io.vqr.validation.Records.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is required, always or when another field has certain codes: every field of the
 * standard, empty and blank, and every code of the fields its requirement depends on.
 */
class RecordValidatorTest {

	/** Each sheet's clean record. */
	private static final Map<String, Map<String, String>> CLEAN = Map.of(SubmissionStandard.PROFILE, Records.profile(),
			SubmissionStandard.MAJORS, Records.major(), SubmissionStandard.GRADUATES, Records.graduate(),
			SubmissionStandard.TEACHERS, Records.teacher(), SubmissionStandard.PARTNERSHIPS,
			Map.of("partner_name", "广州示例制造有限公司", "partner_credit_code", "91440101MA59ABCD0A", "form", "订单班"));

	private static List<Finding> findings(SheetDef sheet, Map<String, String> texts) {
		Records records = Records.of(sheet.key());
		records.check(texts);
		return records.findings();
	}

	@Test
	void everySheetsCleanRecordHasNoFinding() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			assertThat(findings(sheet, CLEAN.get(sheet.key()))).as(sheet.name()).isEmpty();
		}
	}

	@Test
	@TestsRule({ Rule.R_REQUIRED, Rule.F_SCHOOL_UNKNOWN })
	void everyAlwaysRequiredFieldEmptyOrBlank() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				if (!(field.requirement() instanceof Requirement.Always)) {
					continue;
				}
				Rule expected = (field.type() == FieldType.SCHOOL_CODE) ? Rule.F_SCHOOL_UNKNOWN : Rule.R_REQUIRED;
				for (String empty : new String[] { null, "", " ", "\u3000", " \n " }) {
					List<Finding> findings = findings(sheet, with(CLEAN.get(sheet.key()), field.key(), empty));
					assertThat(findings).as(sheet.name() + " " + field.label() + " \"" + empty + "\"")
						.singleElement()
						.satisfies((finding) -> {
							assertThat(finding.rule()).isEqualTo(expected);
							assertThat(finding.header()).isEqualTo(field.header());
						});
				}
			}
		}
	}

	@Test
	@TestsRule(Rule.R_REQUIRED)
	void theMessageNamesTheFieldAndItsCondition() {
		SheetDef graduates = SubmissionStandard.v1().sheet(SubmissionStandard.GRADUATES);
		assertThat(findings(graduates, with(Records.graduate(), "name", null))).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).isEqualTo("「姓名」不能为空。"));
		assertThat(findings(graduates, with(Records.graduate(), "employer", null))).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).isEqualTo("「就业单位名称」不能为空（毕业去向为 10、12 时必填）。"));
	}

	@Test
	@TestsRule(Rule.R_REQUIRED)
	void everyConditionalFieldForEveryCodeOfItsCondition() {
		int checked = 0;
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				if (!(field.requirement() instanceof Requirement.When when)) {
					continue;
				}
				FieldDef condition = sheet.field(when.field()).orElseThrow();
				for (CodeEntry code : CodeLists.get(condition.codeList()).entries()) {
					Map<String, String> row = withEveryConditionalFieldFilled(sheet);
					row.put(condition.key(), code.code());
					row.put(field.key(), null);
					List<Rule> rules = findings(sheet, row).stream().map(Finding::rule).toList();
					String what = sheet.name() + " " + field.label() + " when " + condition.label() + " " + code.code();
					if (when.codes().contains(code.code())) {
						assertThat(rules).as(what).containsExactly(Rule.R_REQUIRED);
					}
					else {
						assertThat(rules).as(what).isEmpty();
					}
					checked++;
				}
			}
		}
		// 5 graduate fields × 9 destinations, 专业课教师 × 2 categories, 生均拨款 × 2 ownerships
		assertThat(checked).isEqualTo(5 * 9 + 2 + 2);
	}

	@Test
	void theConditionsAreTheContracts() {
		assertThat(condition(SubmissionStandard.GRADUATES, "employer")).containsExactly("10", "12");
		assertThat(condition(SubmissionStandard.GRADUATES, "employer_region")).containsExactly("10", "11", "12");
		assertThat(condition(SubmissionStandard.GRADUATES, "employer_industry")).containsExactly("10", "12");
		assertThat(condition(SubmissionStandard.GRADUATES, "related")).containsExactly("10", "11", "12");
		assertThat(condition(SubmissionStandard.GRADUATES, "further_school")).containsExactly("20", "21");
		assertThat(condition(SubmissionStandard.TEACHERS, "specialty_course")).containsExactly("专任教师");
		assertThat(condition(SubmissionStandard.PROFILE, "funding_per_student")).containsExactly("公办");
	}

	private static List<String> condition(String sheet, String field) {
		return ((Requirement.When) SubmissionStandard.v1().sheet(sheet).field(field).orElseThrow().requirement())
			.codes();
	}

	/**
	 * The sheet's clean record with every conditional field given its example, no income.
	 */
	private static Map<String, String> withEveryConditionalFieldFilled(SheetDef sheet) {
		Map<String, String> row = with(CLEAN.get(sheet.key()));
		for (FieldDef field : sheet.fields()) {
			if (field.requirement() instanceof Requirement.When) {
				row.put(field.key(), field.example());
			}
		}
		// an income is only for some destinations (X-INCOME-NOT-EMPLOYED), not what this
		// checks
		row.remove("monthly_income");
		return row;
	}

	@Test
	@TestsRule(Rule.R_REQUIRED)
	void optionalFieldsMayStayEmpty() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				if (field.requirement() == Requirement.OPTIONAL) {
					assertThat(findings(sheet, with(CLEAN.get(sheet.key()), field.key(), " ")))
						.as(sheet.name() + " " + field.label())
						.isEmpty();
				}
			}
		}
	}

}
