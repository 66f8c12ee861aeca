package io.vqr.workbook;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.vqr.workbook.WorkbookFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record-level cases of {@code .xls} the sample workbook does not show.
 */
class XlsRecordsTest {

	@TempDir
	Path dir;

	@Test
	void anEmptyHiddenRowUnderAMergeKeepsItsHiddenFlag() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		Sheet sheet = workbook.createSheet("表");
		sheet.createRow(0).createCell(0).setCellValue("合并");
		sheet.createRow(1).setZeroHeight(true);
		sheet.createRow(2).createCell(1).setCellValue("下");
		sheet.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
		List<RawRow> rows = read(workbook);
		assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3);
		assertThat(row(rows, 2).hidden()).isTrue();
		assertThat(row(rows, 2).cells()).extracting(RawCell::text, RawCell::merged)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("合并", true));
		assertThat(row(rows, 3).hidden()).isFalse();
	}

	@Test
	void aFormulaWithAnEmptyTextResultGivesNoCell() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		Row row = workbook.createSheet("表").createRow(0);
		row.createCell(0).setCellValue("值");
		Cell empty = row.createCell(1);
		empty.setCellFormula("\"\"");
		Cell text = row.createCell(2);
		text.setCellFormula("\"a\"&\"\"");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		List<RawRow> rows = read(workbook);
		assertThat(row(rows, 1).cells()).extracting(RawCell::column, RawCell::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, "值"), org.assertj.core.groups.Tuple.tuple(2, "a"));
	}

	private List<RawRow> read(HSSFWorkbook workbook) throws Exception {
		Path file = WorkbookFixtures.write(workbook, this.dir.resolve("records.xls"));
		return WorkbookFixtures.readAll(file, ReadLimits.defaults()).get("表");
	}

}
