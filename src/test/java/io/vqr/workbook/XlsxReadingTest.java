package io.vqr.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
	void aSheetTooLargeToKeepIsReadAgainFromTheZipWithTheSameRows() throws Exception {
		Path sample = writeSample(Files.createDirectories(this.dir.resolve("again")));
		Map<String, List<RawRow>> again = new LinkedHashMap<>();
		try (XlsxWorkbookReader reader = XlsxWorkbookReader.open(sample, ReadLimits.defaults(), 1024)) {
			for (SheetInfo sheet : reader.sheets()) {
				List<RawRow> rows = new ArrayList<>();
				reader.readSheet(sheet, rows::add);
				again.put(sheet.name(), rows);
			}
		}
		assertThat(WorkbookFixtures.entryText(sample, "xl/worksheets/sheet4.xml")).hasSizeGreaterThan(1024);
		assertThat(again).isEqualTo(this.sheets);
		assertThat(again.get(WorkbookFixtures.LARGE)).hasSize(WorkbookFixtures.LARGE_ROWS);
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
