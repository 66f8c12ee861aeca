package io.vqr.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import io.vqr.sample.SampleSchool.SampleRow;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SheetDef.HeaderGroup;
import io.vqr.standard.SheetDef.Layout;
import io.vqr.standard.SubmissionStandard;
import io.vqr.standard.Unit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link SampleSchool} as a submission workbook in a {@link Form}. Rows are
 * written top-down in one pass (xlsx streams through SXSSF), so a school of any size
 * writes in memory that does not grow with its rows. The same school, form and seed give
 * the same bytes: document dates are fixed. The school's year chooses the standard: v1's
 * sheets for 2024, v2's for 2025.
 */
public final class SubmissionWriter {

	/** The creation date written into every xlsx, so that output is byte-stable. */
	static final Date FIXED_DATE = new Date(1_704_067_200_000L);

	private static final int STREAM_WINDOW = 200;

	/** Writes {@code school} in {@code form} to {@code file}. */
	public void write(SampleSchool school, Form form, Path file) {
		write(school, form, Tampering.NONE, file);
	}

	/** The workbook's bytes. */
	public byte[] toBytes(SampleSchool school, Form form) {
		return toBytes(school, form, Tampering.NONE);
	}

	void write(SampleSchool school, Form form, Tampering tampering, Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			write(school, form, tampering, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	byte[] toBytes(SampleSchool school, Form form, Tampering tampering) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(school, form, tampering, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void write(SampleSchool school, Form form, Tampering tampering, OutputStream out) throws IOException {
		SplittableRandom random = SampleSchools.random(school.index(), school.year(), form.name().hashCode(), 77);
		if (form.format() == Form.FileFormat.XLS) {
			try (HSSFWorkbook workbook = new HSSFWorkbook()) {
				workbook.createInformationProperties();
				workbook.getSummaryInformation().setAuthor("vqr sample");
				fill(workbook, school, form, tampering, random);
				workbook.write(out);
			}
			return;
		}
		XSSFWorkbook base = new XSSFWorkbook();
		CoreProperties properties = base.getProperties().getCoreProperties();
		properties.setCreated(Optional.of(FIXED_DATE));
		properties.setModified(Optional.of(FIXED_DATE));
		properties.setCreator("vqr sample");
		// Inline strings: a shared strings table makes SXSSF several times slower.
		SXSSFWorkbook workbook = new SXSSFWorkbook(base, STREAM_WINDOW, false, false);
		try (workbook) {
			// close() also deletes the temporary sheet files.
			fill(workbook, school, form, tampering, random);
			workbook.write(out);
		}
	}

	private void fill(Workbook workbook, SampleSchool school, Form form, Tampering tampering, SplittableRandom random) {
		CellWriter cells = new CellWriter(workbook, form, random);
		if (form.has(Quirk.EXTRA_SHEET)) {
			Sheet notes = workbook.createSheet("备注");
			String[] lines = { school.name() + school.year() + "年度质量数据采集表填报说明", "1. 请勿修改表头。", "2. 学校代码、身份证号请按文本填写。",
					"3. 毕业去向截至8月31日。" };
			for (int i = 0; i < lines.length; i++) {
				cells.text(notes.createRow(i), 0, lines[i]);
			}
		}
		List<SheetDef> sheets = new ArrayList<>(school.standard().sheets());
		if (form.has(Quirk.SHEET_NAME_ALIASES)) {
			java.util.Collections.reverse(sheets);
		}
		for (SheetDef sheet : sheets) {
			if (tampering.dropsSheet(sheet.key())) {
				continue;
			}
			if (sheet.layout() == Layout.FORM) {
				writeForm(workbook, sheet, school, form, tampering, cells);
				continue;
			}
			List<? extends SampleRow> rows = school.rows(sheet.key());
			if (!sheet.required() && rows.isEmpty() && !form.isClean()) {
				continue;
			}
			Sheet target = workbook.createSheet(sheetName(sheet, form, cells));
			new TableWriter(sheet, rows, school, form, tampering, cells).write(target);
			if (!sheet.required() && form.has(Quirk.HIDDEN_ROWS)) {
				workbook.setSheetHidden(workbook.getSheetIndex(target), true);
			}
		}
		if (form.has(Quirk.EXTRA_SHEET)) {
			workbook.createSheet("Sheet1");
		}
	}

	private static String sheetName(SheetDef sheet, Form form, CellWriter cells) {
		if (form.has(Quirk.SHEET_NAME_ALIASES) && !sheet.aliases().isEmpty()) {
			return sheet.aliases().get(cells.random().nextInt(sheet.aliases().size()));
		}
		return sheet.name();
	}

	private void writeForm(Workbook workbook, SheetDef sheet, SampleSchool school, Form form, Tampering tampering,
			CellWriter cells) {
		SampleRow values = school.form(sheet.key());
		Sheet target = workbook.createSheet(sheetName(sheet, form, cells));
		target.setColumnWidth(0, 40 * 256);
		target.setColumnWidth(1, 30 * 256);
		int rowIndex = 0;
		if (form.has(Quirk.TITLE_ROWS)) {
			String title = sheet.key().equals(SubmissionStandard.PROFILE) ? "质量数据采集表" : sheet.name();
			cells.header(target.createRow(rowIndex++), 0, school.name() + school.year() + "年度" + title);
			cells.text(target.createRow(rowIndex++), 0, "填报说明：金额单位见各项标签，截至上一年12月31日。");
			rowIndex++;
		}
		List<FieldDef> fields = new ArrayList<>();
		for (FieldDef field : sheet.fields()) {
			boolean tampered = tampering.hasCell(sheet.key(), 0, field.key());
			Object value = values.value(field.key());
			// A messy form leaves out the labels of empty optional fields: in a
			// two-pair layout an empty value would make the next label look like the
			// value.
			if (form.isClean() || value != null || tampered) {
				fields.add(field);
			}
		}
		boolean pairs = form.has(Quirk.SHUFFLED_COLUMNS);
		if (pairs) {
			java.util.Collections.shuffle(fields, new java.util.Random(cells.random().nextLong()));
		}
		int perRow = pairs ? 2 : 1;
		for (int i = 0; i < fields.size(); i += perRow) {
			Row row = target.createRow(rowIndex++);
			for (int k = 0; k < perRow && i + k < fields.size(); k++) {
				FieldDef field = fields.get(i + k);
				int column = k * 3;
				cells.header(row, column, cells.headerText(field));
				if (tampering.hasCell(sheet.key(), 0, field.key())) {
					cells.raw(row, column + 1, tampering.cell(sheet.key(), 0, field.key()));
				}
				else {
					cells.value(row, column + 1, field, values.value(field.key()));
				}
			}
		}
	}

	/** One table sheet: columns chosen once, then header, example, records, totals. */
	private static final class TableWriter {

		private static final String SEQUENCE = "序号";

		private final SheetDef sheet;

		private final List<? extends SampleRow> rows;

		private final SampleSchool school;

		private final Form form;

		private final Tampering tampering;

		private final CellWriter cells;

		/** Field per column, null for an extra column. */
		private final List<FieldDef> columns = new ArrayList<>();

		private final List<String> extraHeaders = new ArrayList<>();

		TableWriter(SheetDef sheet, List<? extends SampleRow> rows, SampleSchool school, Form form, Tampering tampering,
				CellWriter cells) {
			this.sheet = sheet;
			this.rows = rows;
			this.school = school;
			this.form = form;
			this.tampering = tampering;
			this.cells = cells;
			layOutColumns();
		}

		private void layOutColumns() {
			List<List<FieldDef>> blocks = new ArrayList<>();
			List<FieldDef> group = null;
			HeaderGroup current = null;
			for (FieldDef field : this.sheet.fields()) {
				if (this.tampering.dropsColumn(this.sheet.key(), field.key()) || leftOut(field)) {
					continue;
				}
				HeaderGroup fieldGroup = this.sheet.groupOf(field.key()).orElse(null);
				if (fieldGroup != null && fieldGroup == current && group != null) {
					group.add(field);
					continue;
				}
				group = new ArrayList<>(List.of(field));
				current = fieldGroup;
				blocks.add(group);
			}
			if (this.form.has(Quirk.SHUFFLED_COLUMNS)) {
				java.util.Collections.shuffle(blocks, new java.util.Random(this.cells.random().nextLong()));
			}
			blocks.forEach(this.columns::addAll);
			if (this.form.has(Quirk.EXTRA_COLUMNS)) {
				this.columns.add(0, null);
				this.extraHeaders.add(SEQUENCE);
				if (this.sheet.key().equals(SubmissionStandard.GRADUATES)) {
					int at = 1 + this.cells.random().nextInt(this.columns.size());
					this.columns.add(at, null);
					this.extraHeaders.add("班级");
				}
				this.columns.add(null);
				this.extraHeaders.add("备注");
			}
		}

		/**
		 * A column the school may leave out and does: every row empty in a column that,
		 * once there, every row fills (v2's 证书 column).
		 */
		private boolean leftOut(FieldDef field) {
			return field.requirement() == io.vqr.standard.Requirement.IF_COLUMN
					&& this.rows.stream().allMatch((row) -> row.value(field.key()) == null);
		}

		void write(Sheet target) {
			for (int c = 0; c < this.columns.size(); c++) {
				FieldDef field = this.columns.get(c);
				int width = (field == null) ? 8 : (field.type() == FieldType.ID_NUMBER) ? 22 : 14;
				target.setColumnWidth(c, width * 256);
			}
			int rowIndex = 0;
			if (this.form.has(Quirk.TITLE_ROWS)) {
				Row title = target.createRow(rowIndex++);
				this.cells.header(title, 0, this.school.name() + this.school.year() + "年度" + this.sheet.name());
				if (this.columns.size() > 1) {
					target.addMergedRegion(new CellRangeAddress(0, 0, 0, this.columns.size() - 1));
				}
				this.cells.text(target.createRow(rowIndex++), 0,
						this.sheet.key().equals(SubmissionStandard.TEACHERS) ? "填报说明：每名在册教师一行" : "单位：人");
			}
			rowIndex = writeHeader(target, rowIndex);
			if (this.form.has(Quirk.TOTALS_AND_EXAMPLE_ROWS)) {
				Row example = target.createRow(rowIndex++);
				for (int c = 0; c < this.columns.size(); c++) {
					FieldDef field = this.columns.get(c);
					String value = (c == 0) ? "示例" : (field == null) ? "" : field.example();
					if (!value.isEmpty()) {
						this.cells.text(example, c, value);
					}
				}
			}
			rowIndex = writeRecords(target, rowIndex);
			Integer delta = this.tampering.totalsDelta();
			boolean totals = this.sheet.key().equals(SubmissionStandard.MAJORS)
					&& (this.form.has(Quirk.TOTALS_AND_EXAMPLE_ROWS) || delta != null);
			if (totals) {
				writeTotals(target.createRow(rowIndex), (delta != null) ? delta : 0);
			}
		}

		private int writeHeader(Sheet target, int rowIndex) {
			boolean twoRows = this.form.has(Quirk.TWO_ROW_HEADER) && !this.sheet.headerGroups().isEmpty();
			Row top = target.createRow(rowIndex);
			Row bottom = twoRows ? target.createRow(rowIndex + 1) : null;
			int extra = 0;
			int c = 0;
			while (c < this.columns.size()) {
				FieldDef field = this.columns.get(c);
				if (field == null) {
					this.cells.header(top, c, this.extraHeaders.get(extra++));
					mergeDown(target, rowIndex, c, twoRows);
					c++;
					continue;
				}
				HeaderGroup group = twoRows ? this.sheet.groupOf(field.key()).orElse(null) : null;
				if (group == null) {
					this.cells.header(top, c, this.cells.headerText(field));
					mergeDown(target, rowIndex, c, twoRows);
					c++;
					continue;
				}
				int first = c;
				this.cells.header(top, c, group.title());
				while (c < this.columns.size() && this.columns.get(c) != null
						&& this.sheet.groupOf(this.columns.get(c).key()).orElse(null) == group) {
					this.cells.header(bottom, c, childText(this.columns.get(c)));
					c++;
				}
				if (c - first > 1) {
					target.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, first, c - 1));
				}
			}
			return rowIndex + (twoRows ? 2 : 1);
		}

		/** Under a parent header a child is written by its shortest name (计划数). */
		private static String childText(FieldDef field) {
			return field.names().stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
		}

		private static void mergeDown(Sheet target, int rowIndex, int column, boolean twoRows) {
			if (twoRows) {
				target.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + 1, column, column));
			}
		}

		private int writeRecords(Sheet target, int rowIndex) {
			// A sheet without 专业代码 (典型案例) has no major column, whatever the extra
			// columns (null) are.
			int majorColumn = this.sheet.field("major_code").map(this.columns::indexOf).orElse(-1);
			boolean merge = this.form.has(Quirk.MERGED_CELLS) && this.sheet.key().equals(SubmissionStandard.GRADUATES)
					&& majorColumn >= 0;
			boolean blanks = this.form.has(Quirk.BLANK_ROWS);
			int hidden = this.form.has(Quirk.HIDDEN_ROWS) ? this.rows.size() / 2 : -1;
			int runStart = -1;
			Object runValue = null;
			for (int r = 0; r < this.rows.size(); r++) {
				SampleRow record = this.rows.get(r);
				Object major = (majorColumn >= 0) ? cellValue(r, record, this.columns.get(majorColumn)) : null;
				boolean newRun = r == 0 || !java.util.Objects.equals(major, runValue);
				if (newRun && merge && runStart >= 0 && rowIndex - 1 > runStart) {
					target.addMergedRegion(new CellRangeAddress(runStart, rowIndex - 1, majorColumn, majorColumn));
				}
				// Blank rows go between runs of one major, never inside a merged run.
				boolean boundary = !this.sheet.key().equals(SubmissionStandard.GRADUATES) || newRun;
				if (blanks && r > 0 && boundary && this.cells.chance(0.15)) {
					target.createRow(rowIndex++);
				}
				if (newRun) {
					runStart = rowIndex;
					runValue = major;
				}
				Row row = target.createRow(rowIndex);
				if (r == hidden) {
					row.setZeroHeight(true);
				}
				for (int c = 0; c < this.columns.size(); c++) {
					FieldDef field = this.columns.get(c);
					if (field == null) {
						writeExtra(row, c, r);
					}
					else if (merge && c == majorColumn && !newRun) {
						continue;
					}
					else if (this.tampering.hasCell(this.sheet.key(), r, field.key())) {
						this.cells.raw(row, c, this.tampering.cell(this.sheet.key(), r, field.key()));
					}
					else {
						this.cells.value(row, c, field, record.value(field.key()));
					}
				}
				rowIndex++;
			}
			if (merge && runStart >= 0 && rowIndex - 1 > runStart) {
				target.addMergedRegion(new CellRangeAddress(runStart, rowIndex - 1, majorColumn, majorColumn));
			}
			return rowIndex;
		}

		private Object cellValue(int r, SampleRow record, FieldDef field) {
			if (this.tampering.hasCell(this.sheet.key(), r, field.key())) {
				return this.tampering.cell(this.sheet.key(), r, field.key());
			}
			return record.value(field.key());
		}

		private void writeExtra(Row row, int column, int r) {
			int extra = 0;
			for (int c = 0; c < column; c++) {
				if (this.columns.get(c) == null) {
					extra++;
				}
			}
			String header = this.extraHeaders.get(extra);
			if (header.equals(SEQUENCE)) {
				this.cells.number(row, column, r + 1);
			}
			else if (header.equals("班级")) {
				this.cells.text(row, column, (r % 4 + 1) + "班");
			}
			else if (this.cells.chance(0.05)) {
				this.cells.text(row, column, "已核对");
			}
		}

		private void writeTotals(Row row, int delta) {
			for (int c = 0; c < this.columns.size(); c++) {
				FieldDef field = this.columns.get(c);
				if (c == 0) {
					this.cells.text(row, c, "合计");
					continue;
				}
				if (field == null || !field.type().isNumeric() || field.unit() == Unit.YEAR) {
					continue;
				}
				long sum = 0;
				boolean any = false;
				for (int r = 0; r < this.rows.size(); r++) {
					Object value = cellValue(r, this.rows.get(r), field);
					if (value instanceof Number number) {
						sum += number.longValue();
						any = true;
					}
				}
				if (field.key().equals("enrolled")) {
					sum += delta;
				}
				if (any) {
					this.cells.number(row, c, sum);
				}
			}
		}

	}

}
