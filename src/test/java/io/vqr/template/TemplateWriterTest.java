package io.vqr.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.Requirement;
import io.vqr.standard.Rule;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SheetDef.HeaderGroup;
import io.vqr.standard.SheetDef.Layout;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateWriterTest {

	private static final int YEAR = 2024;

	private static final SubmissionStandard STANDARD = SubmissionStandard.v1();

	private static final DataFormatter FORMATTER = new DataFormatter();

	@TempDir
	static Path dir;

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void writeTemplate() throws IOException {
		Path file = dir.resolve("template_" + YEAR + ".xlsx");
		new TemplateWriter().write(YEAR, file);
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
	}

	@Test
	void instructionsComeFirstThenEverySheetOfTheStandardInOrderAndTheCodeListsLastAndHidden() {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		List<String> expected = new ArrayList<>();
		expected.add("填报说明");
		STANDARD.sheets().forEach((sheet) -> expected.add(sheet.name()));
		expected.add("代码表");
		assertThat(names).containsExactlyElementsOf(expected);
		assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("代码表"))).isEqualTo(SheetVisibility.HIDDEN);
		for (SheetDef sheet : STANDARD.sheets()) {
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex(sheet.name()))).isFalse();
		}
		assertThat(workbook.getActiveSheetIndex()).isZero();
		assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
			.isEqualTo(YEAR + "年度职业院校质量数据采集表 填报说明");
	}

	@Test
	void tableSheetsHaveExactlyTheStandardsHeadersMarkedWhenRequiredAndNothingBelowThem() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			Row headerRow = sheet.getRow(headerRows(sheetDef) - 1);
			List<String> headers = new ArrayList<>();
			for (int column = 0; column < headerRow.getLastCellNum(); column++) {
				headers.add(text(headerRow.getCell(column)));
			}
			assertThat(headers).as(sheetDef.name())
				.containsExactlyElementsOf(sheetDef.fields().stream().map(TemplateWriterTest::markedHeader).toList());
			assertThat(headers.stream().map(TemplateWriterTest::withoutMark).toList()).as(sheetDef.name())
				.containsExactlyElementsOf(sheetDef.fields().stream().map(FieldDef::header).toList());
			// No example row: a school would submit it.
			assertThat(sheet.getLastRowNum()).as(sheetDef.name()).isEqualTo(headerRows(sheetDef) - 1);
		}
	}

	@Test
	void headersNormalizeToTheirFieldsLabelAndUnitAsTheReaderMatchesThem() {
		for (SheetDef sheetDef : tables()) {
			Row headerRow = workbook.getSheet(sheetDef.name()).getRow(headerRows(sheetDef) - 1);
			for (int column = 0; column < sheetDef.fields().size(); column++) {
				FieldDef field = sheetDef.fields().get(column);
				TextNormalizer.Header header = TextNormalizer.header(text(headerRow.getCell(column)));
				assertThat(header.text()).isEqualTo(TextNormalizer.key(field.label()));
				assertThat(header.unit()).isEqualTo(Optional.ofNullable(field.unit()));
			}
		}
	}

	@Test
	void groupedHeadersSitUnderAMergedParentAndTheOthersSpanBothRows() {
		SheetDef majors = STANDARD.sheet(SubmissionStandard.MAJORS);
		assertThat(majors.headerGroups()).isNotEmpty();
		XSSFSheet sheet = workbook.getSheet(majors.name());
		for (HeaderGroup group : majors.headerGroups()) {
			int first = columnOf(majors, group.fieldKeys().get(0));
			int last = columnOf(majors, group.fieldKeys().get(group.fieldKeys().size() - 1));
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, first, last));
			assertThat(text(sheet.getRow(0).getCell(first))).isEqualTo(group.title());
		}
		for (FieldDef field : majors.fields()) {
			if (majors.groupOf(field.key()).isEmpty()) {
				int column = columnOf(majors, field.key());
				assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 1, column, column));
				assertThat(withoutMark(text(sheet.getRow(0).getCell(column)))).isEqualTo(field.header());
			}
		}
	}

	@Test
	void headerRowsAreFrozen() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			assertThat(sheet.getPaneInformation()).as(sheetDef.name()).isNotNull();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(sheetDef.name())
				.isEqualTo((short) headerRows(sheetDef));
			assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
		}
	}

	@Test
	void textualColumnsAreFormattedAsTextAndOthersAreNot() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			for (int column = 0; column < sheetDef.fields().size(); column++) {
				FieldDef field = sheetDef.fields().get(column);
				CellStyle style = sheet.getColumnStyle(column);
				String format = (style != null) ? style.getDataFormatString() : "General";
				if (field.type().isTextual()) {
					assertThat(format).as(sheetDef.name() + " " + field.header()).isEqualTo("@");
				}
				else {
					assertThat(format).as(sheetDef.name() + " " + field.header()).isNotEqualTo("@");
				}
			}
		}
	}

	@Test
	void everyCodeAndYesNoColumnOffersTheCodeListsValuesOverTheDataRows() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			int firstDataRow = headerRows(sheetDef);
			int lastDataRow = firstDataRow + TableSheetWriter.DATA_ROWS - 1;
			for (int column = 0; column < sheetDef.fields().size(); column++) {
				FieldDef field = sheetDef.fields().get(column);
				List<String> expected = expectedChoices(field);
				if (expected.isEmpty()) {
					continue;
				}
				XSSFDataValidation validation = validationAt(sheet, firstDataRow, column).orElseThrow(
						() -> new AssertionError("no validation on " + sheetDef.name() + " " + field.header()));
				assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
				assertThat(listValues(validation)).as(sheetDef.name() + " " + field.header())
					.containsExactlyElementsOf(expected);
				int finalColumn = column;
				assertThat(validation.getRegions().getCellRangeAddresses())
					.anyMatch((range) -> range.isInRange(lastDataRow, finalColumn));
				assertThat(validation.getShowErrorBox()).isTrue();
				assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			}
		}
	}

	@Test
	void dropDownArrowsAreShown() {
		for (SheetDef sheetDef : STANDARD.sheets()) {
			// OOXML's showDropDown="1" means the opposite of its name: it hides the
			// arrow.
			assertThat(workbook.getSheet(sheetDef.name()).getCTWorksheet().getDataValidations().getDataValidationList())
				.isNotEmpty()
				.allSatisfy((validation) -> assertThat(validation.getShowDropDown()).isFalse());
		}
	}

	@Test
	void rangedNumberColumnsAcceptOnlyNumbersWithinTheRange() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			for (int column = 0; column < sheetDef.fields().size(); column++) {
				FieldDef field = sheetDef.fields().get(column);
				if (!field.type().isNumeric() || field.minimum().isEmpty()) {
					continue;
				}
				XSSFDataValidation validation = validationAt(sheet, headerRows(sheetDef), column).orElseThrow();
				int expectedType = (field.type() == FieldType.INTEGER) ? ValidationType.INTEGER
						: ValidationType.DECIMAL;
				assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(expectedType);
				assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo(field.min().toPlainString());
				assertThat(validation.getValidationConstraint().getFormula2())
					.isEqualTo(field.maximum().map((max) -> max.toPlainString()).orElse(null));
				assertThat(validation.getErrorBoxText()).contains(field.rangeText());
			}
		}
	}

	@Test
	void everyColumnPromptsWithItsRule() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			for (int column = 0; column < sheetDef.fields().size(); column++) {
				FieldDef field = sheetDef.fields().get(column);
				XSSFDataValidation validation = validationAt(sheet, headerRows(sheetDef), column).orElseThrow();
				assertThat(validation.getShowPromptBox()).isTrue();
				assertThat(validation.getPromptBoxText()).contains(field.note())
					.startsWith(field.requirement().describe(sheetDef));
			}
		}
	}

	@Test
	void columnsAreWideEnoughForTheirHeaderOrWrapIt() {
		for (SheetDef sheetDef : tables()) {
			XSSFSheet sheet = workbook.getSheet(sheetDef.name());
			for (int column = 0; column < sheetDef.fields().size(); column++) {
				FieldDef field = sheetDef.fields().get(column);
				int widthInCharacters = sheet.getColumnWidth(column) / 256;
				assertThat(widthInCharacters).as(field.header()).isBetween(8, 30);
				if (widthInCharacters < ColumnWidths.characters(field.header() + "*")) {
					assertThat(sheet.getRow(headerRows(sheetDef) - 1).getCell(column).getCellStyle().getWrapText())
						.isTrue();
				}
			}
			// An 18-digit ID number must be visible in full.
			sheetDef.fields()
				.stream()
				.filter((field) -> field.type() == FieldType.ID_NUMBER || field.type() == FieldType.CREDIT_CODE)
				.forEach((field) -> assertThat(sheet.getColumnWidth(columnOf(sheetDef, field.key())) / 256)
					.isGreaterThanOrEqualTo(18));
		}
	}

	@Test
	void formSheetHasLabelsInColumnAValueCellsInColumnBAndTheYearPrefilled() {
		SheetDef profile = STANDARD.sheets()
			.stream()
			.filter((s) -> s.layout() == Layout.FORM)
			.findFirst()
			.orElseThrow();
		XSSFSheet sheet = workbook.getSheet(profile.name());
		for (FieldDef field : profile.fields()) {
			Row row = rowWithLabel(sheet, field.header());
			assertThat(text(row.getCell(0))).isEqualTo(markedHeader(field));
			Cell value = row.getCell(1);
			assertThat(value).as(field.header()).isNotNull();
			if (field.type().isTextual()) {
				assertThat(value.getCellStyle().getDataFormatString()).as(field.header()).isEqualTo("@");
			}
			if (field.type() == FieldType.YEAR) {
				assertThat(FORMATTER.formatCellValue(value)).isEqualTo(Integer.toString(YEAR));
			}
			else {
				assertThat(FORMATTER.formatCellValue(value)).as(field.header()).isEmpty();
				// Nothing right of an empty value, or the reader would take it as the
				// value.
				assertThat(row.getLastCellNum()).isEqualTo((short) 2);
			}
			List<String> expected = expectedChoices(field);
			if (!expected.isEmpty()) {
				XSSFDataValidation validation = validationAt(sheet, row.getRowNum(), 1).orElseThrow();
				assertThat(listValues(validation)).containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void theYearFollowsTheArgument() throws IOException {
		Path file = dir.resolve("other.xlsx");
		new TemplateWriter().write(2031, file);
		try (XSSFWorkbook other = new XSSFWorkbook(Files.newInputStream(file))) {
			SheetDef profile = STANDARD.sheet(SubmissionStandard.PROFILE);
			FieldDef yearField = profile.fields()
				.stream()
				.filter((field) -> field.type() == FieldType.YEAR)
				.findFirst()
				.orElseThrow();
			Row row = rowWithLabel(other.getSheet(profile.name()), yearField.header());
			assertThat(FORMATTER.formatCellValue(row.getCell(1))).isEqualTo("2031");
			assertThat(other.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("2031年度");
			assertThat(allText(other.getSheetAt(0))).contains("2030年12月31日").contains("2031年8月31日");
		}
	}

	@Test
	void instructionsListEveryFieldOfEverySheetAndEveryRule() {
		XSSFSheet instructions = workbook.getSheet("填报说明");
		Set<List<String>> sheetAndHeader = new HashSet<>();
		Set<String> firstCells = new HashSet<>();
		for (Row row : instructions) {
			firstCells.add(text(row.getCell(0)));
			sheetAndHeader.add(List.of(text(row.getCell(0)), text(row.getCell(1))));
		}
		for (SheetDef sheetDef : STANDARD.sheets()) {
			for (FieldDef field : sheetDef.fields()) {
				assertThat(sheetAndHeader).as(sheetDef.name() + " " + field.header())
					.contains(List.of(sheetDef.name(), field.header()));
			}
		}
		for (Rule rule : Rule.of(STANDARD)) {
			assertThat(firstCells).contains(rule.id());
		}
		assertThat(firstCells).as("v2's rules are not v1's").doesNotContain(Rule.R_CASE_PII.id());
		String text = allText(instructions);
		assertThat(text).contains("<学校代码>_" + YEAR + ".xlsx")
			.contains(YEAR + "届")
			.contains("截至" + YEAR + "年9月30日")
			.contains("截至" + (YEAR - 1) + "年12月31日");
		for (Rule rule : Rule.of(STANDARD)) {
			assertThat(text).contains(rule.description(STANDARD));
		}
	}

	@Test
	void instructionRowsShowTypeRequirementAndChoices() {
		XSSFSheet instructions = workbook.getSheet("填报说明");
		SheetDef graduates = STANDARD.sheet(SubmissionStandard.GRADUATES);
		FieldDef destination = graduates.field("destination").orElseThrow();
		Row row = null;
		for (Row candidate : instructions) {
			if (graduates.name().equals(text(candidate.getCell(0)))
					&& destination.header().equals(text(candidate.getCell(1)))) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertThat(text(row.getCell(2))).isEqualTo(destination.type().label());
		assertThat(text(row.getCell(4))).isEqualTo(destination.requirement().describe(graduates));
		assertThat(text(row.getCell(5))).contains(destination.note())
			.contains(CodeLists.get(destination.codeList()).dropDownValues());
		assertThat(text(row.getCell(6))).isEqualTo(destination.example());
	}

	private static List<SheetDef> tables() {
		return STANDARD.sheets().stream().filter((sheet) -> sheet.layout() == Layout.TABLE).toList();
	}

	private static int headerRows(SheetDef sheet) {
		return sheet.headerGroups().isEmpty() ? 1 : 2;
	}

	private static int columnOf(SheetDef sheet, String fieldKey) {
		return sheet.fields().indexOf(sheet.field(fieldKey).orElseThrow());
	}

	private static String markedHeader(FieldDef field) {
		return field.header() + ((field.requirement() == Requirement.REQUIRED) ? "*" : "");
	}

	private static String withoutMark(String header) {
		return header.endsWith("*") ? header.substring(0, header.length() - 1) : header;
	}

	private static List<String> expectedChoices(FieldDef field) {
		if (field.type() == FieldType.CODE) {
			return CodeLists.get(field.codeList()).dropDownValues();
		}
		return (field.type() == FieldType.YES_NO) ? List.of("是", "否") : List.of();
	}

	private static Optional<XSSFDataValidation> validationAt(XSSFSheet sheet, int row, int column) {
		return sheet.getDataValidations()
			.stream()
			.filter((validation) -> java.util.Arrays.stream(validation.getRegions().getCellRangeAddresses())
				.anyMatch((range) -> range.isInRange(row, column)))
			.findFirst();
	}

	/** The values of a list validation, following a named range to the hidden sheet. */
	private static List<String> listValues(XSSFDataValidation validation) {
		String[] explicit = validation.getValidationConstraint().getExplicitListValues();
		if (explicit != null) {
			return List.of(explicit);
		}
		String formula = validation.getValidationConstraint().getFormula1();
		XSSFName name = workbook.getName(formula);
		assertThat(name).as("named range " + formula).isNotNull();
		AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
		List<String> values = new ArrayList<>();
		for (CellReference reference : area.getAllReferencedCells()) {
			assertThat(reference.getSheetName()).isEqualTo("代码表");
			XSSFSheet sheet = workbook.getSheet(reference.getSheetName());
			values.add(text(sheet.getRow(reference.getRow()).getCell(reference.getCol())));
		}
		return values;
	}

	private static Row rowWithLabel(XSSFSheet sheet, String header) {
		for (Row row : sheet) {
			if (withoutMark(text(row.getCell(0))).equals(header)) {
				return row;
			}
		}
		throw new AssertionError("no label " + header + " in " + sheet.getSheetName());
	}

	private static String allText(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				text.append(FORMATTER.formatCellValue(cell)).append('\n');
			}
		}
		return text.toString();
	}

	private static String text(Cell cell) {
		return (cell != null) ? FORMATTER.formatCellValue(cell) : "";
	}

}
