package io.vqr.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.workbook.RawCell.CellKind;

import static io.vqr.workbook.WorkbookFixtures.cell;
import static io.vqr.workbook.WorkbookFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What both readers must deliver for the sample workbook of
 * {@link WorkbookFixtures#fillSample}; each format supplies the file.
 */
abstract class SampleWorkbookReadingTests {

	@TempDir
	Path dir;

	Map<String, List<RawRow>> sheets;

	List<RawRow> data;

	abstract Path writeSample(Path dir) throws Exception;

	@BeforeEach
	void readSample() throws Exception {
		this.sheets = WorkbookFixtures.readAll(writeSample(this.dir), ReadLimits.defaults());
		this.data = this.sheets.get(WorkbookFixtures.DATA);
	}

	@Test
	void stringsAreKeptAsStored() {
		RawCell text = cell(this.data, 1, 0);
		assertThat(text.kind()).isEqualTo(CellKind.STRING);
		assertThat(text.text()).isEqualTo("  电工 电子 ");
		assertThat(text.number()).isNull();
		assertThat(text.merged()).isFalse();
	}

	@Test
	void numbersGetTheirShortestPlainDecimal() {
		assertThat(cell(this.data, 1, 1)).extracting(RawCell::kind, RawCell::text, RawCell::number)
			.containsExactly(CellKind.NUMBER, "42", 42.0);
		assertThat(cell(this.data, 1, 2).text()).isEqualTo("12.5");
		assertThat(cell(this.data, 1, 3).text()).isEqualTo("440111200603150000");
		assertThat(cell(this.data, 1, 3).number()).isEqualTo(4.4011120060315E17);
		assertThat(cell(this.data, 1, 4).text()).isEqualTo("1");
		assertThat(cell(this.data, 1, 8).text()).isEqualTo("-0.25");
		assertThat(cell(this.data, 1, 9).text()).isEqualTo("0.0000001");
	}

	@Test
	void booleansAndErrors() {
		assertThat(cell(this.data, 1, 5)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.BOOLEAN, "TRUE");
		assertThat(cell(this.data, 1, 6).text()).isEqualTo("FALSE");
		assertThat(cell(this.data, 1, 7)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.ERROR, "#DIV/0!");
	}

	@Test
	void numbersWithADateFormatAreDates() {
		RawCell date = cell(this.data, 2, 0);
		assertThat(date.kind()).isEqualTo(CellKind.DATE);
		assertThat(date.text()).isEqualTo("2024-06-30");
		assertThat(date.date()).isEqualTo(LocalDateTime.of(2024, 6, 30, 0, 0));
		assertThat(date.number()).isEqualTo(45473.0);
		assertThat(cell(this.data, 2, 1).text()).isEqualTo("2024-06-30T08:00");
		assertThat(cell(this.data, 2, 2)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.DATE, "2001-09-01");
		// Built-in format 31 is yyyy"年"m"月"d"日" in a Chinese Excel.
		assertThat(cell(this.data, 2, 3)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.DATE, "1980-05-17");
		assertThat(cell(this.data, 2, 4)).extracting(RawCell::kind, RawCell::text, RawCell::date)
			.containsExactly(CellKind.NUMBER, "45473", null);
	}

	@Test
	void formulasGiveTheirCachedValues() {
		assertThat(cell(this.data, 3, 0)).extracting(RawCell::kind, RawCell::text, RawCell::formulaWithoutValue)
			.containsExactly(CellKind.NUMBER, "84", false);
		assertThat(cell(this.data, 3, 1)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.STRING, "ab");
		assertThat(cell(this.data, 3, 2)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.ERROR, "#DIV/0!");
		assertThat(cell(this.data, 3, 3)).extracting(RawCell::kind, RawCell::text)
			.containsExactly(CellKind.BOOLEAN, "TRUE");
	}

	@Test
	void aVerticalMergeGivesItsValueToEveryRowItCovers() {
		for (int rowNumber = 5; rowNumber <= 9; rowNumber++) {
			RawCell code = cell(this.data, rowNumber, 0);
			assertThat(code.text()).isEqualTo("660301");
			assertThat(code.merged()).isEqualTo(rowNumber != 5);
			assertThat(cell(this.data, rowNumber, 1).text()).isEqualTo("学生" + (rowNumber - 4));
		}
	}

	@Test
	void aHorizontalMergeGivesItsValueToEveryColumnItCovers() {
		assertThat(row(this.data, 5).cells()).extracting(RawCell::column, RawCell::text, RawCell::merged)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, "660301", false),
					org.assertj.core.groups.Tuple.tuple(1, "学生1", false),
					org.assertj.core.groups.Tuple.tuple(2, "招生情况", false),
					org.assertj.core.groups.Tuple.tuple(3, "招生情况", true),
					org.assertj.core.groups.Tuple.tuple(4, "招生情况", true));
		assertThat(cell(this.data, 6, 0).merged()).isTrue();
		assertThat(row(this.data, 6).cell(2)).isEmpty();
	}

	@Test
	void rowsThatOnlyAMergeCoversAreDelivered() {
		assertThat(this.data).extracting(RawRow::rowNumber).contains(12, 13, 14);
		assertThat(row(this.data, 13).cells()).containsExactly(cell(this.data, 12, 6).asMerged(6));
		assertThat(row(this.data, 14).cells()).containsExactly(cell(this.data, 12, 6).asMerged(6));
		assertThat(this.data.get(this.data.size() - 1).rowNumber()).isEqualTo(14);
	}

	@Test
	void hiddenRowsAreReadAndMarked() {
		assertThat(row(this.data, 11).hidden()).isTrue();
		assertThat(cell(this.data, 11, 0).text()).isEqualTo("隐藏行");
		assertThat(row(this.data, 1).hidden()).isFalse();
	}

	@Test
	void rowsComeInOrderWithoutEmptyOnes() {
		assertThat(this.data).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14);
	}

	@Test
	void hiddenSheetsAreListedAndRead() throws Exception {
		assertThat(this.sheets.keySet()).containsExactly(WorkbookFixtures.DATA, WorkbookFixtures.HIDDEN,
				WorkbookFixtures.VERY_HIDDEN, WorkbookFixtures.LARGE);
		try (WorkbookReader reader = WorkbookFiles.open(writeSample(Files.createDirectories(this.dir.resolve("again"))),
				ReadLimits.defaults())) {
			assertThat(reader.sheets()).extracting(SheetInfo::index, SheetInfo::name, SheetInfo::hidden)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(0, WorkbookFixtures.DATA, false),
						org.assertj.core.groups.Tuple.tuple(1, WorkbookFixtures.HIDDEN, true),
						org.assertj.core.groups.Tuple.tuple(2, WorkbookFixtures.VERY_HIDDEN, true),
						org.assertj.core.groups.Tuple.tuple(3, WorkbookFixtures.LARGE, false));
		}
		assertThat(cell(this.sheets.get(WorkbookFixtures.HIDDEN), 1, 0).text()).isEqualTo("x");
		assertThat(cell(this.sheets.get(WorkbookFixtures.VERY_HIDDEN), 1, 0).text()).isEqualTo("y");
	}

	@Test
	void everyRowOfALargeSheetComesInOrder() {
		List<RawRow> rows = this.sheets.get(WorkbookFixtures.LARGE);
		assertThat(rows).hasSize(WorkbookFixtures.LARGE_ROWS);
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			assertThat(row.rowNumber()).isEqualTo(i + 1);
			assertThat(row.cells()).extracting(RawCell::text).containsExactly(Integer.toString(i + 1), "行" + (i + 1));
		}
	}

	@Test
	void theHandlerCanStopASheetEarly() throws Exception {
		try (WorkbookReader reader = WorkbookFiles.open(writeSample(Files.createDirectories(this.dir.resolve("early"))),
				ReadLimits.defaults())) {
			List<RawRow> seen = new java.util.ArrayList<>();
			reader.readSheet(reader.sheets().get(3), (row) -> {
				seen.add(row);
				return seen.size() < 15;
			});
			assertThat(seen).hasSize(15);
		}
	}

}
