package io.vqr.validation;

import java.io.IOException;
import java.util.Optional;

import io.vqr.normalize.ParsedValue;
import io.vqr.normalize.SchoolContext;
import io.vqr.normalize.ValueParser;
import io.vqr.standard.FieldDef;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookReader;
import io.vqr.workbook.layout.FieldCell;
import io.vqr.workbook.layout.SheetListener;
import io.vqr.workbook.layout.SheetParser;
import io.vqr.workbook.layout.SheetParsers;
import io.vqr.workbook.layout.SheetPlan;
import io.vqr.workbook.layout.SheetRecord;

/**
 * The 统计年度 a workbook states, read before it is validated when the file's year chooses
 * its standard (offline validation). Every standard names 基本信息 and 统计年度 alike, so the
 * first standard's definitions find them; the form is read twice, the tables once.
 */
final class YearProbe {

	private final ValueParser parser;

	YearProbe(ValueParser parser) {
		this.parser = parser;
	}

	/** The year, or null when the file has no 基本信息 or no readable 统计年度. */
	Integer year(WorkbookReader reader) throws WorkbookException, IOException {
		SubmissionStandard first = SubmissionStandard.all().get(0);
		Optional<SheetPlan.MatchedSheet> profile = SheetPlan.of(first, reader.sheets())
			.sheet(SubmissionStandard.PROFILE);
		if (profile.isEmpty()) {
			return null;
		}
		SheetDef sheet = profile.get().definition();
		FieldDef yearField = sheet.field("year").orElseThrow();
		Integer[] year = new Integer[1];
		SheetListener listener = new SheetListener() {
			@Override
			public void onRecord(SheetRecord record) {
				record.cell(yearField.key()).map(FieldCell::raw).ifPresent((raw) -> {
					ParsedValue value = YearProbe.this.parser.parse(yearField, raw, Optional.empty(),
							SchoolContext.unknown());
					if (value instanceof ParsedValue.Value valid && valid.value() instanceof Long number) {
						year[0] = number.intValue();
					}
				});
			}
		};
		SheetParser sheetParser = SheetParsers.create(sheet, profile.get().info().name(), listener, this.parser);
		reader.readSheet(profile.get().info(), sheetParser);
		sheetParser.finish();
		return year[0];
	}

}
