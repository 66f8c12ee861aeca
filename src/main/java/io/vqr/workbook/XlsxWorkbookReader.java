package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams {@code .xlsx}/{@code .xlsm} with fastexcel (macros are never run: they are only
 * a part of the zip nobody reads). Each sheet is first inflated through the zip-bomb
 * guard for its merged regions ({@code <mergeCells>} comes after {@code <sheetData>}):
 * kept whole (sheets up to {@link #MAX_SHEET_BYTES_KEPT}) they are found by searching
 * back from the end, a larger sheet is scanned as it inflates. fastexcel's row stream
 * then inflates the sheet again: its public API parses a sheet only from its own zip.
 * Besides that, only the current row and the open merged regions are held.
 */
final class XlsxWorkbookReader implements WorkbookReader {

	/**
	 * Worksheets up to this size are inflated once and kept for the row pass; a
	 * province's largest is about 5 MB. Larger ones are inflated again rather than held.
	 */
	private static final int MAX_SHEET_BYTES_KEPT = 32 * 1024 * 1024;

	/** Number formats are needed to tell dates from numbers. */
	private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

	private final OoxmlPackage container;

	private final ReadableWorkbook workbook;

	private final ReadLimits limits;

	private final List<SheetInfo> sheets;

	private final List<Sheet> fastexcelSheets;

	private final int maxSheetBytesKept;

	private XlsxWorkbookReader(OoxmlPackage container, ReadableWorkbook workbook, ReadLimits limits,
			int maxSheetBytesKept) {
		this.container = container;
		this.workbook = workbook;
		this.limits = limits;
		this.maxSheetBytesKept = maxSheetBytesKept;
		this.fastexcelSheets = workbook.getSheets().toList();
		List<SheetInfo> infos = new ArrayList<>();
		for (int i = 0; i < this.fastexcelSheets.size(); i++) {
			Sheet sheet = this.fastexcelSheets.get(i);
			infos.add(new SheetInfo(i, sheet.getName(), sheet.getVisibility() != SheetVisibility.VISIBLE));
		}
		this.sheets = List.copyOf(infos);
	}

	static XlsxWorkbookReader open(Path file, ReadLimits limits) throws WorkbookException, IOException {
		return open(file, limits, MAX_SHEET_BYTES_KEPT);
	}

	static XlsxWorkbookReader open(Path file, ReadLimits limits, int maxSheetBytesKept)
			throws WorkbookException, IOException {
		OoxmlPackage container = OoxmlPackage.open(file, limits);
		try {
			return new XlsxWorkbookReader(container, new ReadableWorkbook(file.toFile(), OPTIONS), limits,
					maxSheetBytesKept);
		}
		catch (ExcelReaderException | IllegalStateException | IllegalArgumentException ex) {
			container.close();
			throw WorkbookFiles.corrupt(ex);
		}
		catch (IOException | RuntimeException ex) {
			container.close();
			throw ex;
		}
	}

	@Override
	public List<SheetInfo> sheets() {
		return this.sheets;
	}

	@Override
	public void readSheet(SheetInfo sheet, RowHandler handler) throws WorkbookException, IOException {
		Sheet source = this.fastexcelSheets.get(sheet.index());
		Optional<String> worksheet = this.container.worksheetPart(source.getId());
		if (worksheet.isEmpty()) {
			return;
		}
		String part = worksheet.get();
		try {
			List<MergedRegion> regions = mergedRegions(sheet, part);
			SheetRowEmitter emitter = new SheetRowEmitter(sheet.name(), this.limits.maxRowsPerSheet(), regions,
					handler);
			try (Stream<Row> rows = source.openStream()) {
				for (Iterator<Row> iterator = rows.iterator(); iterator.hasNext();) {
					Row row = iterator.next();
					if (!emitter.row(row.getRowNum(), cells(row), row.isHidden())) {
						return;
					}
				}
			}
			emitter.finish();
		}
		catch (ExcelReaderException | IllegalStateException | IllegalArgumentException ex) {
			throw WorkbookFiles.corrupt(ex);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (IOException ex) {
			WorkbookException broken = ZipEntryGuard.LimitBrokenException.find(ex);
			if (broken != null) {
				throw broken;
			}
			if (ex instanceof ZipException) {
				throw WorkbookFiles.corrupt(ex);
			}
			throw ex;
		}
	}

	private List<MergedRegion> mergedRegions(SheetInfo sheet, String part) throws WorkbookException, IOException {
		CapturedPart captured = null;
		long declared = this.container.declaredSize(part);
		if (declared <= this.maxSheetBytesKept) {
			try (InputStream in = this.container.openGuarded(part)) {
				captured = CapturedPart.readAll(in, this.maxSheetBytesKept, declared);
			}
		}
		if (captured != null) {
			return WorksheetPrescan.mergedRegions(captured.bytes(), captured.length(), sheet.name(),
					this.limits.maxRowsPerSheet());
		}
		// Too large to keep: scanned as it inflates.
		try (InputStream in = this.container.openGuarded(part)) {
			return WorksheetPrescan.mergedRegions(in, sheet.name(), this.limits.maxRowsPerSheet());
		}
	}

	private List<RawCell> cells(Row row) {
		List<RawCell> cells = new ArrayList<>(row.getCellCount());
		for (Cell cell : row) {
			if (cell != null) {
				RawCell raw = rawCell(cell);
				if (raw != null) {
					cells.add(raw);
				}
			}
		}
		return cells;
	}

	/** The cell as read, or null when it holds nothing. */
	private RawCell rawCell(Cell cell) {
		int column = cell.getColumnIndex();
		Object value = cell.getValue();
		switch (cell.getType()) {
			case EMPTY:
				return null;
			case STRING:
				return (value == null || value.toString().isEmpty()) ? null
						: CellValues.string(column, value.toString());
			case NUMBER:
				return (value instanceof BigDecimal number) ? number(column, number, cell) : null;
			case BOOLEAN:
				return (value instanceof Boolean bool) ? CellValues.bool(column, bool) : null;
			case ERROR:
				return CellValues.error(column, cell.getRawValue());
			case FORMULA:
				return formula(column, cell);
			default:
				throw new IllegalStateException("Unknown cell type " + cell.getType());
		}
	}

	/**
	 * A formula's cached value: fastexcel gives it parsed by the cell's {@code t}
	 * attribute, but reports an error result (t="e") as text, so error literals are told
	 * apart by their spelling.
	 */
	private RawCell formula(int column, Cell cell) {
		Object value = cell.getValue();
		if (cell.getRawValue() == null) {
			return CellValues.formulaWithoutValue(column, cell.getFormula());
		}
		if (value instanceof BigDecimal number) {
			return number(column, number, cell);
		}
		if (value instanceof Boolean bool) {
			return CellValues.bool(column, bool);
		}
		if (value == null || value.toString().isEmpty()) {
			return null;
		}
		String text = value.toString();
		return CellValues.isErrorLiteral(text) ? CellValues.error(column, text) : CellValues.string(column, text);
	}

	private RawCell number(int column, BigDecimal number, Cell cell) {
		Integer formatId = cell.getDataFormatId();
		return CellValues.number(column, number.doubleValue(), (formatId != null) ? formatId : 0,
				cell.getDataFormatString(), this.workbook.isDate1904());
	}

	@Override
	public void close() throws IOException {
		try {
			this.workbook.close();
		}
		finally {
			this.container.close();
		}
	}

}
