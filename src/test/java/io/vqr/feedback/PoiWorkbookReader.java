package io.vqr.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vqr.workbook.RawCell;
import io.vqr.workbook.RawCell.CellKind;
import io.vqr.workbook.RawRow;
import io.vqr.workbook.RowHandler;
import io.vqr.workbook.SheetInfo;
import io.vqr.workbook.WorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A test-only {@link WorkbookReader} over POI's usermodel: the whole workbook in memory,
 * which is fine for the small files of the tests. Counts how often each sheet is read.
 */
final class PoiWorkbookReader implements WorkbookReader {

	private final XSSFWorkbook workbook;

	final List<String> sheetsRead = new ArrayList<>();

	PoiWorkbookReader(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			this.workbook = new XSSFWorkbook(in);
		}
	}

	@Override
	public List<SheetInfo> sheets() {
		List<SheetInfo> sheets = new ArrayList<>();
		for (int i = 0; i < this.workbook.getNumberOfSheets(); i++) {
			sheets.add(new SheetInfo(i, this.workbook.getSheetName(i), this.workbook.isSheetHidden(i)));
		}
		return sheets;
	}

	@Override
	public void readSheet(SheetInfo info, RowHandler handler) {
		this.sheetsRead.add(info.name());
		Sheet sheet = this.workbook.getSheetAt(info.index());
		for (Row row : sheet) {
			List<RawCell> cells = new ArrayList<>();
			for (Cell cell : row) {
				RawCell raw = raw(cell);
				if (raw != null) {
					cells.add(raw);
				}
			}
			if (!cells.isEmpty() && !handler.row(new RawRow(row.getRowNum() + 1, cells, row.getZeroHeight()))) {
				return;
			}
		}
	}

	private static RawCell raw(Cell cell) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		int column = cell.getColumnIndex();
		return switch (type) {
			case STRING -> cell.getStringCellValue().isEmpty() ? null
					: new RawCell(column, CellKind.STRING, cell.getStringCellValue(), null, null, false, false);
			case NUMERIC -> {
				double number = cell.getNumericCellValue();
				if (DateUtil.isCellDateFormatted(cell)) {
					yield new RawCell(column, CellKind.DATE, cell.getLocalDateTimeCellValue().toLocalDate().toString(),
							number, cell.getLocalDateTimeCellValue(), false, false);
				}
				String text = new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
				yield new RawCell(column, CellKind.NUMBER, text, number, null, false, false);
			}
			case BOOLEAN -> new RawCell(column, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null,
					null, false, false);
			default -> null;
		};
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}
