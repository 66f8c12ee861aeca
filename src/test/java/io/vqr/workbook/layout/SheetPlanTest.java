package io.vqr.workbook.layout;

import java.util.List;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.SheetInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class SheetPlanTest {

	@Test
	void sheetPlanMatchesNamesAndReportsExtraAndMissingSheets() {
		List<SheetInfo> sheets = List.of(new SheetInfo(0, "备注", false), new SheetInfo(1, "毕业生去向", false),
				new SheetInfo(2, " 专业及招生 ", true), new SheetInfo(3, "基本信息", false), new SheetInfo(4, "专业与招生", false));
		SheetPlan plan = SheetPlan.of(SubmissionStandard.v1(), sheets);
		assertThat(plan.sheets()).extracting((sheet) -> sheet.definition().key())
			.containsExactly("profile", "majors", "graduates");
		assertThat(plan.sheet("majors").orElseThrow().info().index()).isEqualTo(2);
		assertThat(plan.sheet("partnerships")).isEmpty();
		assertThat(plan.findings()).extracting(Finding::rule, Finding::sheet)
			.containsExactly(tuple(Rule.I_EXTRA_SHEET, "备注"), tuple(Rule.I_EXTRA_SHEET, "专业与招生"),
					tuple(Rule.F_SHEET_MISSING, "教师"));
		assertThat(plan.findings().get(2).message()).startsWith("缺少必需的工作表「教师」。");
		assertThat(plan.findings().get(0).severity()).isEqualTo(Severity.INFO);
	}

	@Test
	void theTemplatesOwnSheetsArePassedOverSilently() {
		List<SheetInfo> sheets = List.of(new SheetInfo(0, "填报说明", false), new SheetInfo(1, "基本信息", false),
				new SheetInfo(2, "代码表", true));
		SheetPlan plan = SheetPlan.of(SubmissionStandard.v1(), sheets);
		assertThat(plan.findings()).extracting(Finding::rule).doesNotContain(Rule.I_EXTRA_SHEET);
	}

	@Test
	void aWorkbookWithAllSheetsHasNoFindings() {
		List<SheetInfo> sheets = SubmissionStandard.v1()
			.sheets()
			.stream()
			.map((sheet) -> new SheetInfo(0, sheet.name(), false))
			.toList();
		SheetPlan plan = SheetPlan.of(SubmissionStandard.v1(), sheets);
		assertThat(plan.findings()).isEmpty();
		assertThat(plan.sheets()).hasSize(5);
		assertThat(plan.findings()).extracting(Finding::rule).doesNotContain(Rule.F_SHEET_MISSING);
	}

}
