package io.vqr.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.vqr.sample.SampleSchool.SampleRow;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionWriterTest {

	private static final long SEED = 99L;

	private final SubmissionWriter writer = new SubmissionWriter();

	static Stream<Form> forms() {
		List<Form> forms = new ArrayList<>(List.of(Form.CLEAN_XLSX, Form.CLEAN_XLS, Form.MESSY_XLSX, Form.MESSY_XLS));
		Arrays.stream(Quirk.values()).map(Form::only).forEach(forms::add);
		return forms.stream();
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyFormLoadsTheModelsValuesForEverySchoolType(Form form) throws IOException {
		// Schools 0–5 are one of each 办学类型, so 技工 codes such as 0127 are covered too.
		for (int index = 0; index < 6; index++) {
			SampleSchool school = SampleSchools.generate(SEED, index, 2024, 0.1);
			byte[] bytes = this.writer.toBytes(school, form);
			try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
				assertSameValues(school, workbook);
			}
		}
	}

	@Test
	void cleanFormIsTheTemplatesLayout() throws IOException {
		SampleSchool school = SampleSchools.generate(SEED, 1, 2024, 0.1);
		try (Workbook workbook = WorkbookFactory
			.create(new ByteArrayInputStream(this.writer.toBytes(school, Form.CLEAN_XLSX)))) {
			List<SheetDef> sheets = SubmissionStandard.v1().sheets();
			assertThat(workbook.getNumberOfSheets()).isEqualTo(sheets.size());
			for (int s = 0; s < sheets.size(); s++) {
				SheetDef def = sheets.get(s);
				Sheet sheet = workbook.getSheetAt(s);
				assertThat(sheet.getSheetName()).isEqualTo(def.name());
				if (def.layout() == SheetDef.Layout.TABLE) {
					Row header = sheet.getRow(0);
					List<String> headers = new ArrayList<>();
					header.forEach((cell) -> headers.add(cell.getStringCellValue()));
					assertThat(headers).containsExactlyElementsOf(def.fields().stream().map(FieldDef::header).toList());
					assertThat(sheet.getLastRowNum()).isEqualTo(school.rows(def.key()).size());
				}
			}
			Sheet graduates = workbook.getSheet("毕业生去向");
			assertThat(graduates.getRow(1).getCell(2).getStringCellValue())
				.isEqualTo(school.graduates().get(0).idNumber());
		}
	}

	@Test
	void messyFormShowsItsQuirks() throws IOException {
		SampleSchool school = SampleSchools.generate(SEED, 1, 2024, 0.1);
		try (Workbook workbook = WorkbookFactory
			.create(new ByteArrayInputStream(this.writer.toBytes(school, Form.MESSY_XLSX)))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("备注");
			Sheet majors = findSheet(workbook, SubmissionStandard.MAJORS);
			assertThat(majors.getMergedRegions()).isNotEmpty();
			boolean parent = false;
			boolean totals = false;
			for (Row row : majors) {
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					String text = cell.toString();
					parent |= text.equals("招生情况");
					totals |= text.equals("合计");
				}
			}
			assertThat(parent).isTrue();
			assertThat(totals).isTrue();
			Sheet graduates = findSheet(workbook, SubmissionStandard.GRADUATES);
			assertThat(graduates.getMergedRegions()).hasSizeGreaterThan(1);
			boolean hidden = false;
			for (Row row : graduates) {
				hidden |= row.getZeroHeight();
			}
			assertThat(hidden).isTrue();
		}
	}

	@Test
	void sameSchoolAndFormGiveTheSameBytes() {
		SampleSchool school = SampleSchools.generate(SEED, 2, 2024, 0.1);
		for (Form form : List.of(Form.CLEAN_XLSX, Form.MESSY_XLSX, Form.CLEAN_XLS, Form.MESSY_XLS)) {
			assertThat(this.writer.toBytes(school, form)).as(form.name()).isEqualTo(this.writer.toBytes(school, form));
		}
	}

	private static Sheet findSheet(Workbook workbook, String key) {
		for (Sheet sheet : workbook) {
			if (SubmissionStandard.v1()
				.sheetNamed(sheet.getSheetName())
				.filter((def) -> def.key().equals(key))
				.isPresent()) {
				return sheet;
			}
		}
		throw new AssertionError("no sheet " + key);
	}

	static void assertSameValues(SampleSchool school, Workbook workbook) {
		boolean technician = "人社"
			.equals(CodeLists.get(CodeLists.SCHOOL_TYPE).byCode(school.type()).attribute(CodeLists.SYSTEM));
		Map<String, Object> profile = SectionFourReading.profile(workbook);
		SheetDef profileDef = SubmissionStandard.v1().sheet(SubmissionStandard.PROFILE);
		for (FieldDef field : profileDef.fields()) {
			assertEqual(school.code() + " 基本信息." + field.key(), profile.get(field.key()),
					school.profile().value(field.key()));
		}
		for (SheetDef def : SubmissionStandard.v1().sheets()) {
			if (def.layout() != SheetDef.Layout.TABLE) {
				continue;
			}
			List<? extends SampleRow> expected = school.rows(def.key());
			if (expected.isEmpty()) {
				continue;
			}
			List<Map<String, Object>> actual = SectionFourReading.table(workbook, def, technician);
			assertThat(actual).as(school.code() + " " + def.name()).hasSameSizeAs(expected);
			for (int r = 0; r < expected.size(); r++) {
				for (FieldDef field : def.fields()) {
					assertEqual(def.name() + " row " + r + " " + field.key(), actual.get(r).get(field.key()),
							expected.get(r).value(field.key()));
				}
			}
		}
	}

	private static void assertEqual(String what, Object actual, Object expected) {
		if (expected instanceof BigDecimal decimal) {
			assertThat(actual).as(what).isInstanceOf(BigDecimal.class);
			assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(decimal);
		}
		else {
			assertThat(actual).as(what).isEqualTo(expected);
		}
	}

}
