package io.vqr.workbook;

import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.vqr.workbook.RawCell.CellKind;

import static io.vqr.workbook.WorkbookFixtures.cell;
import static org.assertj.core.api.Assertions.assertThat;

class XlsReadingTest extends SampleWorkbookReadingTests {

	@Override
	Path writeSample(Path dir) throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		WorkbookFixtures.fillSample(workbook);
		// Read by content: the name says nothing.
		return WorkbookFixtures.write(workbook, dir.resolve("sample.xlsx"));
	}

	@Test
	void aBiff8FormulaAlwaysHasItsLastResult() {
		assertThat(cell(this.data, 3, 4)).extracting(RawCell::kind, RawCell::text, RawCell::formulaWithoutValue)
			.containsExactly(CellKind.NUMBER, "43", false);
	}

}
