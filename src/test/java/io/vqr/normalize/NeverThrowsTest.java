package io.vqr.normalize;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;
import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawCell.CellKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a result, never an exception: every field against odd cells. */
class NeverThrowsTest {

	private static final List<String> ODD_TEXTS = List.of("-", "—", "/", "无", "NaN", "Infinity", "1e400", "1E+17",
			"99999999999999999999999", "-99999999999999999999", "0.0000000000000000001", "12..5", ",", "%", "年", "十百",
			"二三", "万元", "2024-00-00", "0000-01-01", "99999999", "000000", "K", "8", "X", "x".repeat(300),
			"\uD842\uDFB7", "（", "12（人）", "#DIV/0!");

	private static final List<Double> ODD_NUMBERS = List.of(0.0, -1.0, 0.5, 1e20, -1e20, 2958466.0, 1e-10,
			Double.MAX_VALUE, 4.40111200603151E17);

	@Test
	void noFieldThrowsOnOddCells() {
		ValueParser parser = new ValueParser();
		List<SchoolContext> schools = List.of(SchoolContext.unknown(),
				SchoolContext.of(CodeLists.get(CodeLists.SCHOOL_TYPE).byCode("技工学校")),
				SchoolContext.of(CodeLists.get(CodeLists.SCHOOL_TYPE).byCode("职业本科")));
		List<RawCell> cells = new ArrayList<>();
		ODD_TEXTS.forEach((text) -> cells.add(new RawCell(0, CellKind.STRING, text, null, null, false, false)));
		ODD_NUMBERS.forEach((number) -> cells.add(new RawCell(0, CellKind.NUMBER,
				new java.math.BigDecimal(number).toPlainString(), number, null, false, false)));
		cells.add(new RawCell(0, CellKind.NUMBER, "not a number", null, null, false, false));
		cells.add(new RawCell(0, CellKind.DATE, "2024-06-30", null, null, false, false));
		cells.add(new RawCell(0, CellKind.DATE, "2024-06-30T08:00", 45473.33, LocalDateTime.of(2024, 6, 30, 8, 0),
				false, false));
		cells.add(new RawCell(0, CellKind.BOOLEAN, "FALSE", null, null, false, false));
		int results = 0;
		for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
			for (FieldDef field : sheet.fields()) {
				for (RawCell cell : cells) {
					for (SchoolContext school : schools) {
						for (Optional<Unit> unit : List.of(Optional.<Unit>empty(), Optional.of(Unit.WAN_YUAN),
								Optional.of(Unit.PERCENT))) {
							ParsedValue value = parser.parse(field, cell, unit, school);
							assertThat(value).as("%s %s", field.key(), cell).isNotNull();
							if (value instanceof ParsedValue.Invalid invalid) {
								assertThat(invalid.message()).doesNotContain("{");
							}
							results++;
						}
					}
				}
			}
		}
		assertThat(results).isGreaterThan(1000);
	}

}
