package io.vqr.workbook;

import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.vqr.workbook.RawCell.CellKind;

import static io.vqr.workbook.WorkbookFixtures.cell;
import static org.assertj.core.api.Assertions.assertThat;

class XlsxReadingTest extends SampleWorkbookReadingTests {

	private static final String SHEET1 = "xl/worksheets/sheet1.xml";

	/**
	 * The sample, with the cached value of E3 removed as a never-calculated file has it.
	 */
	@Override
	Path writeSample(Path dir) throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookFixtures.fillSample(workbook);
		Path written = WorkbookFixtures.write(workbook, dir.resolve("written.xlsx"));
		Path sample = WorkbookFixtures.rewriteEntries(written, dir.resolve("sample.xlsx"),
				Map.of(SHEET1, (xml) -> xml.replaceFirst("(<c r=\"E3\"[^>]*>\\s*<f>[^<]*</f>)\\s*<v>[^<]*</v>", "$1")));
		assertThat(WorkbookFixtures.entryText(sample, SHEET1)).contains("<f>B1+1</f></c>");
		return sample;
	}

	@Test
	void aFormulaWithoutCachedValueIsMarked() {
		RawCell formula = cell(this.data, 3, 4);
		assertThat(formula.formulaWithoutValue()).isTrue();
		assertThat(formula.kind()).isEqualTo(CellKind.STRING);
		assertThat(formula.text()).isEqualTo("=B1+1");
		assertThat(formula.number()).isNull();
	}

}
