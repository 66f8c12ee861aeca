package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Builds the same sample workbook in either format with POI's common usermodel, and reads
 * workbooks back through {@link WorkbookFiles}.
 */
final class WorkbookFixtures {

	static final String DATA = "数据";

	static final String HIDDEN = "隐藏";

	static final String VERY_HIDDEN = "深度隐藏";

	static final String LARGE = "大表";

	static final int LARGE_ROWS = 2_000;

	private WorkbookFixtures() {
	}

	/**
	 * Sheet 数据 (row numbers are Excel's):
	 * <ul>
	 * <li>1: strings, numbers, booleans, an error</li>
	 * <li>2: dates in several formats, and a date-sized number in General format</li>
	 * <li>3: formulas with cached number, string, error, boolean; E3 a formula whose
	 * value the caller may strip</li>
	 * <li>5–9: A5:A9 merged (660301), B names, C5:E5 merged (招生情况)</li>
	 * <li>11: a hidden row</li>
	 * <li>12: G12:G14 merged (尾部) with rows 13 and 14 not stored at all</li>
	 * </ul>
	 * then a hidden, a very hidden, and a 2,000-row sheet.
	 */
	static void fillSample(Workbook workbook) {
		Sheet data = workbook.createSheet(DATA);
		Row row1 = data.createRow(0);
		row1.createCell(0).setCellValue("  电工 电子 ");
		row1.createCell(1).setCellValue(42);
		row1.createCell(2).setCellValue(12.5);
		row1.createCell(3).setCellValue(4.4011120060315E17);
		row1.createCell(4).setCellValue(1.0);
		row1.createCell(5).setCellValue(true);
		row1.createCell(6).setCellValue(false);
		row1.createCell(7).setCellErrorValue(FormulaError.DIV0.getCode());
		row1.createCell(8).setCellValue(-0.25);
		row1.createCell(9).setCellValue(1e-7);

		Row row2 = data.createRow(1);
		dateCell(workbook, row2, 0, LocalDateTime.of(2024, 6, 30, 0, 0),
				workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		dateCell(workbook, row2, 1, LocalDateTime.of(2024, 6, 30, 8, 0),
				workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		dateCell(workbook, row2, 2, LocalDateTime.of(2001, 9, 1, 0, 0), (short) 14);
		dateCell(workbook, row2, 3, LocalDateTime.of(1980, 5, 17, 0, 0), (short) 31);
		row2.createCell(4).setCellValue(45473);

		Row row3 = data.createRow(2);
		row3.createCell(0).setCellFormula("B1*2");
		row3.createCell(1).setCellFormula("\"a\"&\"b\"");
		row3.createCell(2).setCellFormula("1/0");
		row3.createCell(3).setCellFormula("B1>1");
		row3.createCell(4).setCellFormula("B1+1");
		FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		for (Cell cell : row3) {
			evaluator.evaluateFormulaCell(cell);
		}

		for (int r = 4; r <= 8; r++) {
			Row row = data.createRow(r);
			row.createCell(1).setCellValue("学生" + (r - 3));
		}
		data.getRow(4).createCell(0).setCellValue("660301");
		data.getRow(4).createCell(2).setCellValue("招生情况");
		data.addMergedRegion(new CellRangeAddress(4, 8, 0, 0));
		data.addMergedRegion(new CellRangeAddress(4, 4, 2, 4));

		Row hidden = data.createRow(10);
		hidden.createCell(0).setCellValue("隐藏行");
		hidden.setZeroHeight(true);

		data.createRow(11).createCell(6).setCellValue("尾部");
		data.addMergedRegion(new CellRangeAddress(11, 13, 6, 6));

		workbook.createSheet(HIDDEN).createRow(0).createCell(0).setCellValue("x");
		workbook.setSheetHidden(1, true);
		workbook.createSheet(VERY_HIDDEN).createRow(0).createCell(0).setCellValue("y");
		workbook.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);

		fillLarge(workbook.createSheet(LARGE), LARGE_ROWS);
	}

	static void fillLarge(Sheet sheet, int rows) {
		for (int r = 0; r < rows; r++) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(r + 1);
			row.createCell(1).setCellValue("行" + (r + 1));
		}
	}

	private static void dateCell(Workbook workbook, Row row, int column, LocalDateTime value, short format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	static Path write(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	/** Every sheet's rows, by sheet name, in workbook order. */
	static Map<String, List<RawRow>> readAll(Path file, ReadLimits limits) throws WorkbookException, IOException {
		Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
		try (WorkbookReader reader = WorkbookFiles.open(file, limits)) {
			for (SheetInfo sheet : reader.sheets()) {
				List<RawRow> rows = new ArrayList<>();
				reader.readSheet(sheet, rows::add);
				sheets.put(sheet.name(), rows);
			}
		}
		return sheets;
	}

	static RawRow row(List<RawRow> rows, int rowNumber) {
		return rows.stream()
			.filter((row) -> row.rowNumber() == rowNumber)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + rowNumber + " in " + rows));
	}

	static RawCell cell(List<RawRow> rows, int rowNumber, int column) {
		return row(rows, rowNumber).cell(column)
			.orElseThrow(() -> new AssertionError("no cell " + column + " in row " + rowNumber));
	}

	/** Copies a zip, passing each named text entry through the edit. */
	static Path rewriteEntries(Path source, Path target, Map<String, UnaryOperator<String>> edits) throws IOException {
		return rewriteEntries(source, target, edits, Map.of());
	}

	/** Copies a zip, passing each named text entry through the edit, and adds entries. */
	static Path rewriteEntries(Path source, Path target, Map<String, UnaryOperator<String>> edits,
			Map<String, String> added) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] content;
				try (InputStream in = zip.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				UnaryOperator<String> edit = edits.get(entry.getName());
				if (edit != null) {
					content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
			for (Map.Entry<String, String> entry : added.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return target;
	}

	/** Copies a zip, replacing one entry with content written by the writer. */
	static Path replaceEntry(Path source, Path target, String name, EntryWriter writer) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					writer.write(out);
				}
				else {
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		return target;
	}

	static String entryText(Path zipFile, String name) throws IOException {
		try (ZipFile zip = new ZipFile(zipFile.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@FunctionalInterface
	interface EntryWriter {

		void write(OutputStream out) throws IOException;

	}

}
