package io.vqr.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.TextNormalizer;
import io.vqr.standard.Unit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A deliberately small reader of submission standard section 4, for tests only: enough to
 * prove that a messy sample workbook means the same values as its model.
 */
final class SectionFourReading {

	private static final DataFormatter FORMATTER = new DataFormatter();

	private SectionFourReading() {
	}

	/** The records of a sheet as field key → typed value, in row order. */
	static List<Map<String, Object>> table(Workbook workbook, SheetDef def, boolean technician) {
		Sheet sheet = find(workbook, def);
		Map<Long, Cell> merged = mergedValues(sheet);
		int width = 0;
		for (Row row : sheet) {
			width = Math.max(width, row.getLastCellNum());
		}
		int best = -1;
		Map<Integer, FieldDef> bestColumns = Map.of();
		Map<Integer, Unit> bestUnits = Map.of();
		for (int r = 0; r < 15 && r <= sheet.getLastRowNum(); r++) {
			Map<Integer, FieldDef> columns = new HashMap<>();
			Map<Integer, Unit> units = new HashMap<>();
			Row row = sheet.getRow(r);
			for (int c = 0; c < width; c++) {
				int column = c;
				String text = text(cell(sheet, merged, r, c));
				TextNormalizer.Header header = TextNormalizer.header(text);
				for (FieldDef field : def.fields()) {
					if (field.names().stream().anyMatch((name) -> TextNormalizer.key(name).equals(header.text()))) {
						columns.put(column, field);
						header.unit().ifPresent((unit) -> units.put(column, unit));
					}
				}
			}
			if (columns.size() > bestColumns.size()) {
				best = r;
				bestColumns = columns;
				bestUnits = units;
			}
		}
		List<Map<String, Object>> records = new ArrayList<>();
		for (int r = best + 1; r <= sheet.getLastRowNum(); r++) {
			String first = null;
			Map<String, Object> record = new HashMap<>();
			for (int c = 0; c < width; c++) {
				String text = text(cell(sheet, merged, r, c));
				if (first == null && !text.isBlank()) {
					first = TextNormalizer.key(text);
				}
			}
			if (first == null || first.equals("合计") || first.equals("示例")) {
				continue;
			}
			for (Map.Entry<Integer, FieldDef> column : bestColumns.entrySet()) {
				Cell cell = cell(sheet, merged, r, column.getKey());
				record.put(column.getValue().key(),
						value(column.getValue(), cell, bestUnits.get(column.getKey()), technician));
			}
			records.add(record);
		}
		return records;
	}

	/** The 基本信息 form as field key → typed value. */
	static Map<String, Object> profile(Workbook workbook) {
		SheetDef def = SubmissionStandard.v1().sheet(SubmissionStandard.PROFILE);
		Sheet sheet = find(workbook, def);
		Map<String, Object> values = new HashMap<>();
		for (int r = 0; r < 40 && r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				TextNormalizer.Header header = TextNormalizer.header(text(row.getCell(c)));
				for (FieldDef field : def.fields()) {
					if (field.names().stream().anyMatch((name) -> TextNormalizer.key(name).equals(header.text()))) {
						Cell value = null;
						for (int v = c + 1; v < row.getLastCellNum() && value == null; v++) {
							if (!text(row.getCell(v)).isBlank()) {
								value = row.getCell(v);
							}
						}
						values.put(field.key(), value(field, value, header.unit().orElse(null), false));
					}
				}
			}
		}
		return values;
	}

	private static Sheet find(Workbook workbook, SheetDef def) {
		for (Sheet sheet : workbook) {
			if (SubmissionStandard.v1().sheetNamed(sheet.getSheetName()).filter((d) -> d == def).isPresent()) {
				return sheet;
			}
		}
		throw new AssertionError("no sheet " + def.name());
	}

	private static Map<Long, Cell> mergedValues(Sheet sheet) {
		Map<Long, Cell> values = new HashMap<>();
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			Cell origin = sheet.getRow(range.getFirstRow()).getCell(range.getFirstColumn());
			for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
				for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
					values.put(((long) r << 16) | c, origin);
				}
			}
		}
		return values;
	}

	private static Cell cell(Sheet sheet, Map<Long, Cell> merged, int r, int c) {
		Cell origin = merged.get(((long) r << 16) | c);
		if (origin != null) {
			return origin;
		}
		Row row = sheet.getRow(r);
		return (row == null) ? null : row.getCell(c);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return FORMATTER.formatCellValue(cell);
	}

	private static Object value(FieldDef field, Cell cell, Unit unit, boolean technician) {
		String text = TextNormalizer.cleanText(text(cell));
		if (text == null || text.isEmpty()) {
			return null;
		}
		String half = TextNormalizer.halfWidth(text);
		return switch (field.type()) {
			case INTEGER -> Integer.valueOf(number(half).intValueExact());
			case DECIMAL -> {
				BigDecimal value = number(half);
				yield (unit != null && unit != field.unit()) ? field.unit().convertFrom(value, unit) : value;
			}
			case YEAR -> Integer.valueOf(half);
			case DATE -> date(cell, half);
			case YES_NO -> switch (TextNormalizer.key(half)) {
				case "是", "Y", "√", "1", "TRUE", "有" -> Boolean.TRUE;
				case "否", "N", "×", "0", "FALSE", "无" -> Boolean.FALSE;
				default -> throw new AssertionError("not yes/no: " + half);
			};
			case CODE ->
				CodeLists.get(field.codeList()).resolve(half).orElseThrow(() -> new AssertionError(half)).code();
			case INDUSTRY -> industry(half);
			case MAJOR_CODE -> (technician && half.length() < 4) ? "0".repeat(4 - half.length()) + half : half;
			default -> text;
		};
	}

	private static BigDecimal number(String text) {
		String digits = text.replace(",", "").replace("人", "").replace("年", "").replace(" ", "");
		String chinese = "零一二三四五六七八九";
		if (digits.length() == 1 && chinese.contains(digits)) {
			return BigDecimal.valueOf(chinese.indexOf(digits));
		}
		return new BigDecimal(digits).stripTrailingZeros();
	}

	private static LocalDate date(Cell cell, String text) {
		if (cell.getCellType() == CellType.NUMERIC) {
			return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
		}
		String[] parts = text.replace("年", "-")
			.replace("月", "-")
			.replace("日", "")
			.replace(".", "-")
			.replace("/", "-")
			.split("-");
		if (parts.length == 1 && text.length() == 6) {
			return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4)), 1);
		}
		int day = (parts.length > 2 && !parts[2].isEmpty()) ? Integer.parseInt(parts[2]) : 1;
		return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), day);
	}

	private static String industry(String text) {
		ReferenceData reference = ReferenceData.get();
		Optional<ReferenceData.Industry> byName = reference.sectionNamed(text);
		if (byName.isPresent()) {
			return byName.get().code();
		}
		return reference.sectionOf(text).map(ReferenceData.Industry::code).orElse(text);
	}

}
