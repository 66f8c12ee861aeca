package io.vqr.workbook.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.TextNormalizer;
import io.vqr.workbook.SheetInfo;

/**
 * Which of a workbook's sheets stand for which sheets of the standard (section 2): found
 * by name after normalization, in any order. A missing required sheet is F-SHEET-MISSING;
 * a sheet the standard does not know, or a second sheet for one already matched, is
 * I-EXTRA-SHEET.
 *
 * @param sheets the matched sheets in the standard's order, so 基本信息 (which tells how
 * major codes are read) comes first
 * @param findings F-SHEET-MISSING and I-EXTRA-SHEET
 */
public record SheetPlan(List<MatchedSheet> sheets, List<Finding> findings) {

	public SheetPlan {
		sheets = List.copyOf(sheets);
		findings = List.copyOf(findings);
	}

	/** A workbook sheet and the sheet of the standard it stands for. */
	public record MatchedSheet(SheetInfo info, SheetDef definition) {
	}

	public static SheetPlan of(SubmissionStandard standard, List<SheetInfo> workbookSheets) {
		List<Finding> findings = new ArrayList<>();
		List<MatchedSheet> matched = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (SheetInfo info : workbookSheets) {
			if (isTemplateSheet(info.name())) {
				continue;
			}
			Optional<SheetDef> definition = standard.sheetNamed(info.name());
			if (definition.isPresent() && seen.add(definition.get().key())) {
				matched.add(new MatchedSheet(info, definition.get()));
			}
			else {
				findings.add(Finding.ofSheet(Rule.I_EXTRA_SHEET, info.name(), Rule.I_EXTRA_SHEET.message(info.name())));
			}
		}
		for (SheetDef definition : standard.sheets()) {
			if (definition.required() && !seen.contains(definition.key())) {
				findings.add(Finding.ofSheet(Rule.F_SHEET_MISSING, definition.name(),
						Rule.F_SHEET_MISSING.message(definition.name(), Rule.sheetMissingHint(standard, definition))));
			}
		}
		List<String> order = standard.sheets().stream().map(SheetDef::key).toList();
		matched
			.sort((a, b) -> Integer.compare(order.indexOf(a.definition().key()), order.indexOf(b.definition().key())));
		return new SheetPlan(matched, findings);
	}

	/**
	 * The workbook sheet for a sheet of the standard, by key (e.g. {@code graduates}).
	 */
	public Optional<MatchedSheet> sheet(String key) {
		return this.sheets.stream().filter((sheet) -> sheet.definition().key().equals(key)).findFirst();
	}

	/**
	 * The template's own sheets (填报说明, 代码表) come with every submission made from it: not
	 * worth a note.
	 */
	private static boolean isTemplateSheet(String name) {
		String key = TextNormalizer.key(name);
		return SubmissionStandard.TEMPLATE_SHEETS.stream().anyMatch((sheet) -> TextNormalizer.key(sheet).equals(key));
	}

}
