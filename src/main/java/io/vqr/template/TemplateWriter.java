package io.vqr.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.vqr.standard.CodeList;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;

/**
 * Writes the blank submission workbook a school fills in for one year (the
 * {@code template} command): 填报说明 first, then the sheets of the standard in order, and
 * the hidden 代码表 that feeds the drop-downs. Everything comes from
 * {@link SubmissionStandard}; a field added there appears here without a change.
 */
public final class TemplateWriter {

	/** The standard every template is written with, or null for each year's own. */
	private final SubmissionStandard fixed;

	/** A writer that follows the year: v1's sheets for 2024, v2's for 2025. */
	public TemplateWriter() {
		this.fixed = null;
	}

	/** A writer for one standard, whatever the year. */
	public TemplateWriter(SubmissionStandard standard) {
		this.fixed = standard;
	}

	/**
	 * Writes the template for {@code year} to {@code out}, replacing the file if it
	 * exists.
	 */
	public void write(int year, Path out) throws IOException {
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(out)) {
			build(workbook, year);
			workbook.write(stream);
		}
	}

	private void build(XSSFWorkbook workbook, int year) {
		SubmissionStandard standard = (this.fixed != null) ? this.fixed : SubmissionStandard.forYear(year);
		TemplateStyles styles = new TemplateStyles(workbook);
		new InstructionsSheetWriter(styles).write(workbook, standard, year);
		// Created after the visible sheets so that it sits last, but its ranges
		// must exist before any validation refers to them: the sheet is moved to
		// the end afterwards.
		CodeListSheet codeLists = new CodeListSheet(workbook, styles, usedCodeLists(standard));
		InputRules inputRules = new InputRules(codeLists);
		FormSheetWriter forms = new FormSheetWriter(styles, inputRules);
		TableSheetWriter tables = new TableSheetWriter(styles, inputRules);
		for (SheetDef sheet : standard.sheets()) {
			if (sheet.layout() == SheetDef.Layout.FORM) {
				forms.write(workbook, sheet, year);
			}
			else {
				tables.write(workbook, sheet);
			}
		}
		workbook.setSheetOrder(CodeListSheet.SHEET_NAME, workbook.getNumberOfSheets() - 1);
		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
	}

	/**
	 * The code lists some field of the standard uses, in the order fields first use them.
	 */
	private static List<CodeList> usedCodeLists(SubmissionStandard standard) {
		Map<String, CodeList> lists = new LinkedHashMap<>();
		for (SheetDef sheet : standard.sheets()) {
			for (FieldDef field : sheet.fields()) {
				if (field.type() == FieldType.CODE) {
					lists.computeIfAbsent(field.codeList(), CodeLists::get);
				}
			}
		}
		return List.copyOf(lists.values());
	}

}
