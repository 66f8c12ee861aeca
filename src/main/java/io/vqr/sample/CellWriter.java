package io.vqr.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;
import io.vqr.standard.FieldDef;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Industry;
import io.vqr.standard.Unit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes headers and values into cells the way a form asks: clean (text cells for codes
 * and IDs, numbers as numbers, Excel dates) or with the form's quirks. Every messy
 * spelling it chooses means the same value under submission standard section 4.
 */
final class CellWriter {

	private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

	private static final String CHINESE_DIGITS = "零一二三四五六七八九";

	private static final List<String[]> YES_NO_STYLES = List.of(new String[] { "√", "×" }, new String[] { "Y", "N" },
			new String[] { "有", "无" }, new String[] { "是", "否" });

	private final Form form;

	private final SplittableRandom random;

	private final CellStyle text;

	private final CellStyle date;

	private final CellStyle header;

	private final Map<String, Integer> yesNoStyles = new HashMap<>();

	CellWriter(Workbook workbook, Form form, SplittableRandom random) {
		this.form = form;
		this.random = random;
		this.text = workbook.createCellStyle();
		this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		this.date = workbook.createCellStyle();
		this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		this.header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.header.setWrapText(true);
	}

	SplittableRandom random() {
		return this.random;
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** The header or label for a field under this form. */
	String headerText(FieldDef field) {
		String label = field.label();
		if (this.form.has(Quirk.ALIASED_HEADERS) && !field.aliases().isEmpty() && chance(0.7)) {
			label = field.aliases().get(this.random.nextInt(field.aliases().size()));
		}
		Unit unit = unitWritten(field);
		if (!this.form.has(Quirk.DECORATED_HEADERS)) {
			return (unit == null || unit == Unit.FRACTION) ? label : label + "（" + unit.symbol() + "）";
		}
		StringBuilder decorated = new StringBuilder(label);
		if (label.length() >= 3 && chance(0.35)) {
			decorated.insert(label.length() / 2, chance(0.5) ? "\n" : "\u3000");
		}
		if (unit != null && unit != Unit.FRACTION && chance(0.8) || unit != null && unit != field.unit()) {
			decorated.append(chance(0.5) ? "(" + unit.symbol() + ")" : "（" + unit.symbol() + "）");
		}
		if (field.requirement().requiredSometimes() && chance(0.5)) {
			decorated.append(chance(0.8) ? "*" : "※");
		}
		return chance(0.2) ? " " + decorated + " " : decorated.toString();
	}

	/** The unit a header names: the standard's, or 元 for 万元 fields when converting. */
	Unit unitWritten(FieldDef field) {
		if (this.form.has(Quirk.UNIT_CONVERSION) && field.unit() == Unit.WAN_YUAN) {
			return Unit.YUAN;
		}
		return field.unit();
	}

	void header(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.header);
	}

	void text(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.text);
	}

	void number(Row row, int column, double value) {
		row.createCell(column).setCellValue(value);
	}

	/** Writes a tampered cell exactly as given. */
	void raw(Row row, int column, Object raw) {
		if (raw == Tampering.EMPTY || raw == null) {
			return;
		}
		if (raw instanceof Number number) {
			number(row, column, number.doubleValue());
		}
		else {
			text(row, column, raw.toString());
		}
	}

	/** Writes a model value of a field. */
	void value(Row row, int column, FieldDef field, Object value) {
		if (value == null) {
			return;
		}
		switch (field.type()) {
			case INTEGER -> integer(row, column, field, (Integer) value);
			case DECIMAL -> decimal(row, column, field, (BigDecimal) value);
			case DATE -> date(row, column, (LocalDate) value);
			case YES_NO -> yesNo(row, column, field, (Boolean) value);
			case CODE -> text(row, column, code(field, value.toString()));
			case INDUSTRY -> text(row, column, industry(value.toString()));
			case MAJOR_CODE -> majorCode(row, column, value.toString());
			case YEAR -> {
				if (this.form.has(Quirk.NUMERIC_CODES)) {
					number(row, column, ((Integer) value).doubleValue());
				}
				else {
					text(row, column, value.toString());
				}
			}
			case PARAGRAPHS -> text(row, column, paragraphs(value.toString()));
			default -> text(row, column, value.toString());
		}
	}

	/**
	 * Paragraphs as a school types them into one cell: a clean form one line break apart;
	 * with blank rows, a blank line between them and each indented by two full-width
	 * spaces, which the reader drops.
	 */
	private String paragraphs(String text) {
		if (!this.form.has(Quirk.BLANK_ROWS)) {
			return text;
		}
		return "\u3000\u3000" + text.replace("\n", "\r\n\r\n\u3000\u3000");
	}

	private void integer(Row row, int column, FieldDef field, int value) {
		if (!this.form.has(Quirk.TEXT_NUMBERS) || chance(0.4)) {
			number(row, column, value);
			return;
		}
		if (field.unit() == Unit.YEAR) {
			String chinese = (value < 10) ? String.valueOf(CHINESE_DIGITS.charAt(value)) : String.valueOf(value);
			text(row, column, switch (this.random.nextInt(3)) {
				case 0 -> chinese + "年";
				case 1 -> value + "年";
				default -> chinese;
			});
			return;
		}
		boolean persons = field.unit() == null || field.unit() == Unit.PERSON;
		int style = this.random.nextInt(persons ? 4 : 3);
		text(row, column, switch (style) {
			case 0 -> String.format("%,d", value);
			case 1 -> fullWidth(String.valueOf(value));
			case 2 -> value + ".0";
			default -> value + "人";
		});
	}

	private void decimal(Row row, int column, FieldDef field, BigDecimal value) {
		BigDecimal written = value;
		if (unitWritten(field) != field.unit()) {
			written = unitWritten(field).convertFrom(value, field.unit());
		}
		if (!this.form.has(Quirk.TEXT_NUMBERS) || chance(0.5)) {
			number(row, column, written.doubleValue());
			return;
		}
		String plain = written.stripTrailingZeros().toPlainString();
		if (written.abs().compareTo(BigDecimal.valueOf(1_000)) >= 0 && written.scale() <= 0 && chance(0.6)) {
			plain = String.format("%,d", written.longValueExact());
		}
		text(row, column, plain);
	}

	private void date(Row row, int column, LocalDate value) {
		if (!this.form.has(Quirk.CHINESE_DATES) || chance(0.3)) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(this.date);
			return;
		}
		int y = value.getYear();
		int m = value.getMonthValue();
		int d = value.getDayOfMonth();
		// Month-precision spellings only where the day is the 1st, so the value read back
		// (the month's first day) is the same.
		if (d == 1 && chance(0.7)) {
			text(row, column, switch (this.random.nextInt(3)) {
				case 0 -> y + "年" + m + "月";
				case 1 -> String.format("%d%02d", y, m);
				default -> y + "." + m;
			});
			return;
		}
		text(row, column, switch (this.random.nextInt(4)) {
			case 0 -> y + "年" + m + "月" + d + "日";
			case 1 -> y + "." + m + "." + d;
			case 2 -> y + "/" + m + "/" + d;
			default -> value.toString();
		});
	}

	private void yesNo(Row row, int column, FieldDef field, boolean value) {
		if (!this.form.has(Quirk.YES_NO_VARIANTS)) {
			text(row, column, value ? "是" : "否");
			return;
		}
		// A school writes one column one way.
		int style = this.yesNoStyles.computeIfAbsent(field.key(), (key) -> this.random.nextInt(6));
		if (style == 4) {
			number(row, column, value ? 1 : 0);
		}
		else if (style == 5) {
			row.createCell(column).setCellValue(value);
		}
		else {
			text(row, column, YES_NO_STYLES.get(style)[value ? 0 : 1]);
		}
	}

	private String code(FieldDef field, String code) {
		CodeEntry entry = CodeLists.get(field.codeList()).byCode(code);
		if (!this.form.has(Quirk.CODE_NAMES)) {
			return entry.display();
		}
		int spellings = 2 + entry.aliases().size();
		int choice = this.random.nextInt(spellings + 1);
		if (choice == 0) {
			return entry.code();
		}
		if (choice == 1) {
			return entry.name();
		}
		if (choice == spellings) {
			return entry.display();
		}
		return entry.aliases().get(choice - 2);
	}

	private String industry(String section) {
		if (!this.form.has(Quirk.CODE_NAMES) || chance(0.4)) {
			return section;
		}
		ReferenceData reference = ReferenceData.get();
		if (chance(0.5)) {
			return reference.industry(section).map(Industry::name).orElse(section);
		}
		List<Industry> divisions = reference.industries()
			.stream()
			.filter((industry) -> industry.level().equals("division") && industry.parentCode().equals(section))
			.toList();
		return divisions.isEmpty() ? section : divisions.get(this.random.nextInt(divisions.size())).code();
	}

	private void majorCode(Row row, int column, String code) {
		if (this.form.has(Quirk.NUMERIC_CODES) && code.chars().allMatch(Character::isDigit) && chance(0.7)) {
			// A 技工 code such as 0127 loses its leading zero as a number.
			number(row, column, Integer.parseInt(code));
		}
		else {
			text(row, column, code);
		}
	}

	static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder(digits.length());
		for (char c : digits.toCharArray()) {
			out.append(Character.isDigit(c) ? FULL_WIDTH_DIGITS.charAt(c - '0') : c);
		}
		return out.toString();
	}

}
