package io.vqr.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.vqr.warehouse.CopyText;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The floor the ingest is measured against: every workbook of a folder read with the
 * fastest streaming reader (fastexcel-reader for .xlsx, POI's record stream for .xls) and
 * its rows COPY'd as raw text — no header detection, normalization or validation — into
 * one simple table, one transaction per file, as many files at once as cores.
 */
public final class FloorLoader {

	static final String TABLE = "bench_floor_rows";

	private static final char CELL_SEPARATOR = '\u001f';

	private FloorLoader() {
	}

	/** Loads every workbook in {@code inbox}; returns the rows COPY'd. */
	public static long load(Path inbox, String jdbcUrl, int threads) throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists " + TABLE
					+ " (file_name text not null, sheet text not null, row_no int not null, cells text)");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(inbox)) {
			files = listing.filter(FloorLoader::isWorkbook).sorted().toList();
		}
		AtomicLong rows = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Path file : files) {
				done.add(pool.submit(() -> {
					rows.addAndGet(loadFile(file, jdbcUrl));
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("floor load failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return rows.get();
	}

	static boolean isWorkbook(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file) && (name.endsWith(".xlsx") || name.endsWith(".xls"));
	}

	private static long loadFile(Path file, String jdbcUrl) throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
			connection.setAutoCommit(false);
			long rows;
			try (PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
					"copy " + TABLE + " (file_name, sheet, row_no, cells) from stdin (format text)", 1 << 16)) {
				RowCopy copy = new RowCopy(out, CopyText.escape(file.getFileName().toString()));
				if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
					readXls(file, copy);
				}
				else {
					readXlsx(file, copy);
				}
				rows = copy.rows;
			}
			connection.commit();
			return rows;
		}
	}

	private static void readXlsx(Path file, RowCopy copy) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			for (org.dhatim.fastexcel.reader.Sheet sheet : (Iterable<org.dhatim.fastexcel.reader.Sheet>) workbook
				.getSheets()::iterator) {
				String name = sheet.getName();
				try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
					for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
						copy.start(name, row.getRowNum());
						for (int i = 0; i < row.getCellCount(); i++) {
							org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
							copy.cell((cell != null) ? cell.getRawValue() : null);
						}
						copy.end();
					}
				}
			}
		}
	}

	/**
	 * BIFF8 records as they come (no usermodel): cells arrive row by row within a sheet;
	 * strings are looked up in the shared-string table, numbers and cached formula
	 * results written as Excel shows them unformatted.
	 */
	private static void readXls(Path file, RowCopy copy) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				InputStream workbook = fs.createDocumentInputStream("Workbook")) {
			RecordFactoryInputStream records = new RecordFactoryInputStream(workbook, false);
			List<String> sheetNames = new ArrayList<>();
			SSTRecord strings = null;
			int sheet = -1;
			XlsRow row = new XlsRow(copy);
			boolean stringResultNext = false;
			org.apache.poi.hssf.record.Record record;
			while ((record = records.nextRecord()) != null) {
				if (record instanceof BoundSheetRecord bound) {
					sheetNames.add(bound.getSheetname());
				}
				else if (record instanceof SSTRecord sst) {
					strings = sst;
				}
				else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
					row.flush();
					sheet++;
					row.sheet = (sheet < sheetNames.size()) ? sheetNames.get(sheet) : Integer.toString(sheet);
				}
				else if (record instanceof EOFRecord) {
					row.flush();
				}
				else if (record instanceof LabelSSTRecord label && strings != null) {
					row.cell(label.getRow(), label.getColumn(), strings.getString(label.getSSTIndex()).getString());
				}
				else if (record instanceof LabelRecord label) {
					row.cell(label.getRow(), label.getColumn(), label.getValue());
				}
				else if (record instanceof NumberRecord number) {
					row.cell(number.getRow(), number.getColumn(), NumberToTextConverter.toText(number.getValue()));
				}
				else if (record instanceof MulRKRecord numbers) {
					for (int i = 0; i < numbers.getNumColumns(); i++) {
						row.cell(numbers.getRow(), numbers.getFirstColumn() + i,
								NumberToTextConverter.toText(numbers.getRKNumberAt(i)));
					}
				}
				else if (record instanceof BoolErrRecord bool && bool.isBoolean()) {
					row.cell(bool.getRow(), bool.getColumn(), Boolean.toString(bool.getBooleanValue()));
				}
				else if (record instanceof FormulaRecord formula) {
					stringResultNext = formula.hasCachedResultString();
					if (stringResultNext) {
						row.pending(formula.getRow(), formula.getColumn());
					}
					else if (formula.getCachedResultTypeEnum() == CellType.NUMERIC) {
						row.cell(formula.getRow(), formula.getColumn(),
								NumberToTextConverter.toText(formula.getValue()));
					}
				}
				else if (record instanceof StringRecord result && stringResultNext) {
					row.pendingValue(result.getString());
					stringResultNext = false;
				}
			}
			row.flush();
		}
	}

	/**
	 * The cells of the row being read from a BIFF8 sheet, written when the row changes.
	 */
	private static final class XlsRow {

		private final RowCopy copy;

		private final List<String> cells = new ArrayList<>();

		private String sheet = "";

		private int rowIndex = -1;

		private int pendingRow;

		private int pendingColumn;

		XlsRow(RowCopy copy) {
			this.copy = copy;
		}

		void cell(int row, int column, String text) {
			if (row != this.rowIndex) {
				flush();
				this.rowIndex = row;
			}
			while (this.cells.size() < column) {
				this.cells.add(null);
			}
			this.cells.add(text);
		}

		void pending(int row, int column) {
			this.pendingRow = row;
			this.pendingColumn = column;
		}

		void pendingValue(String text) {
			cell(this.pendingRow, this.pendingColumn, text);
		}

		void flush() {
			if (this.rowIndex < 0) {
				return;
			}
			this.copy.start(this.sheet, this.rowIndex + 1);
			for (String text : this.cells) {
				this.copy.cell(text);
			}
			try {
				this.copy.end();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			this.cells.clear();
			this.rowIndex = -1;
		}

	}

	/** Encodes rows into the COPY stream: file, sheet, row number, the cells joined. */
	private static final class RowCopy {

		private final OutputStream out;

		private final String fileName;

		private final StringBuilder line = new StringBuilder(512);

		private long rows;

		private boolean firstCell;

		RowCopy(OutputStream out, String fileName) {
			this.out = out;
			this.fileName = fileName;
		}

		void start(String sheet, int rowNo) {
			this.line.setLength(0);
			this.line.append(this.fileName).append('\t').append(CopyText.escape(sheet)).append('\t').append(rowNo);
			this.line.append('\t');
			this.firstCell = true;
		}

		void cell(String text) {
			if (!this.firstCell) {
				this.line.append(CELL_SEPARATOR);
			}
			this.firstCell = false;
			if (text != null) {
				this.line.append(CopyText.escape(text));
			}
		}

		void end() throws IOException {
			this.line.append('\n');
			this.out.write(this.line.toString().getBytes(StandardCharsets.UTF_8));
			this.rows++;
		}

	}

}
