package io.vqr.workbook.layout;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vqr.findings.Finding;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.FieldDef;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;
import io.vqr.workbook.SheetInfo;

import static io.vqr.workbook.layout.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a workbook's layout, one sheet or column at a time: every required sheet
 * and every required column left out, every optional one left out, an unknown one added.
 */
class LayoutRulesTest {

	private final ValueParser values = new ValueParser();

	private static List<SheetInfo> sheetsWithout(String leftOut, String... added) {
		List<SheetInfo> sheets = new ArrayList<>();
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			if (!sheet.key().equals(leftOut)) {
				sheets.add(new SheetInfo(sheets.size(), sheet.name(), false));
			}
		}
		for (String name : added) {
			sheets.add(new SheetInfo(sheets.size(), name, false));
		}
		return sheets;
	}

	private static List<Finding> plan(List<SheetInfo> sheets) {
		return SheetPlan.of(SubmissionStandard.v1(), sheets).findings();
	}

	@Test
	@TestsRule(Rule.F_SHEET_MISSING)
	void everyRequiredSheetLeftOutAndNoOptionalOne() {
		assertThat(plan(sheetsWithout(null))).isEmpty();
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			List<Finding> findings = plan(sheetsWithout(sheet.key()));
			if (sheet.required()) {
				assertThat(findings).as(sheet.name()).singleElement().satisfies((finding) -> {
					assertThat(finding.rule()).isEqualTo(Rule.F_SHEET_MISSING);
					assertThat(finding.sheet()).isEqualTo(sheet.name());
				});
			}
			else {
				assertThat(findings).as(sheet.name()).isEmpty();
			}
		}
		assertThat(Rule.F_SHEET_MISSING.description()).isEqualTo("缺少必需的工作表（基本信息、专业与招生、毕业生去向、教师）。");
	}

	@Test
	@TestsRule(Rule.F_SHEET_MISSING)
	void aSheetUnderAnyOfItsNamesIsThere() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (String alias : sheet.aliases()) {
				List<SheetInfo> sheets = sheetsWithout(sheet.key(), " " + alias + " ");
				assertThat(plan(sheets)).as(alias).isEmpty();
			}
		}
	}

	@Test
	@TestsRule(Rule.I_EXTRA_SHEET)
	void anUnknownSheetIsNotedTheTemplatesOwnAreNot() {
		assertThat(plan(sheetsWithout(null, "备注"))).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.I_EXTRA_SHEET);
			assertThat(finding.sheet()).isEqualTo("备注");
		});
		assertThat(plan(sheetsWithout(null, SubmissionStandard.TEMPLATE_SHEETS.toArray(String[]::new)))).isEmpty();
		// a second sheet of the same standard sheet is not read: noted
		assertThat(plan(sheetsWithout(null, "教师队伍"))).extracting(Finding::rule).containsExactly(Rule.I_EXTRA_SHEET);
	}

	private List<Finding> header(SheetDef sheet, List<String> headers) {
		RecordingListener listener = new RecordingListener();
		SheetParser parser = SheetParsers.create(sheet, sheet.name(), listener, this.values);
		if (sheet.layout() == SheetDef.Layout.FORM) {
			int row = 1;
			for (String label : headers) {
				parser.row(row(row++, label, "1"));
			}
		}
		else {
			parser.row(row(1, headers.toArray(String[]::new)));
		}
		parser.finish();
		return listener.findings;
	}

	private static List<String> headersWithout(SheetDef sheet, String leftOut) {
		return sheet.fields().stream().filter((field) -> !field.key().equals(leftOut)).map(FieldDef::header).toList();
	}

	@Test
	@TestsRule(Rule.R_COLUMN_MISSING)
	void everyRequiredColumnOrLabelLeftOut() {
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			assertThat(header(sheet, headersWithout(sheet, null))).as(sheet.name()).isEmpty();
			for (FieldDef field : sheet.fields()) {
				List<Finding> findings = header(sheet, headersWithout(sheet, field.key()));
				String what = sheet.name() + " without " + field.header();
				// a table needs the columns of conditional fields too; a form may leave
				// their labels out
				boolean needed = (sheet.layout() == SheetDef.Layout.TABLE) ? field.requirement().requiredSometimes()
						: field.requirement() == io.vqr.standard.Requirement.REQUIRED;
				if (needed) {
					assertThat(findings).as(what).singleElement().satisfies((finding) -> {
						assertThat(finding.rule()).isEqualTo(Rule.R_COLUMN_MISSING);
						assertThat(finding.header()).isEqualTo(field.header());
					});
				}
				else {
					assertThat(findings).as(what).isEmpty();
				}
			}
		}
	}

	@Test
	@TestsRule(Rule.I_EXTRA_COLUMN)
	void anUnknownColumnIsNotedASerialNumberIsNot() {
		SheetDef teachers = SubmissionStandard.v1().sheet(SubmissionStandard.TEACHERS);
		List<String> headers = new ArrayList<>(headersWithout(teachers, null));
		headers.add(0, "序号");
		assertThat(header(teachers, headers)).isEmpty();
		headers.add("备注");
		assertThat(header(teachers, headers)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.I_EXTRA_COLUMN);
			assertThat(finding.header()).isEqualTo("备注");
		});
	}

}
