package io.vqr.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import io.vqr.workbook.XmlTransformers;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Puts a cover sheet and a list of tables into one workbook and writes it. Formulas are
 * evaluated before writing so that the file carries their values for readers that do not
 * recalculate (previews, mobile viewers, POI itself), and the workbook asks Excel to
 * recalculate on open all the same.
 */
final class ReportWorkbookWriter {

	static {
		XmlTransformers.skipProviderLookup();
	}

	private ReportWorkbookWriter() {
	}

	static void write(WorkbookLook look, CoverSheet cover, List<SheetTable> tables, OutputStream out)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			ReportStyles styles = new ReportStyles(workbook, look);
			CoverSheetWriter.write(workbook, styles, cover, tables);
			TableSheetWriter sheets = new TableSheetWriter(workbook, styles, look);
			for (SheetTable table : tables) {
				sheets.write(table);
			}
			workbook.getProperties().getCoreProperties().setTitle(cover.title());
			workbook.getProperties().getCoreProperties().setCreator("vqr");
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			workbook.setForceFormulaRecalculation(true);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

}
