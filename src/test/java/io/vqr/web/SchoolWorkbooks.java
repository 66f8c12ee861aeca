package io.vqr.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import io.vqr.review.ReviewWarehouse;
import io.vqr.sample.Form;
import io.vqr.sample.Manifest;
import io.vqr.sample.SampleCorpus;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;

/**
 * Sample workbooks of good schools for the web tests (the sample generator's, written
 * once per test JVM), and a broken copy of one: a school's file with an error to fix.
 */
public final class SchoolWorkbooks {

	public static final int YEAR = 2024;

	/** The sample generator's seed of these workbooks. */
	public static final long SEED = 11;

	private static final double SCALE = 0.3;

	private static SchoolWorkbooks instance;

	private final Path dir;

	private final Manifest manifest;

	private SchoolWorkbooks(Path dir, Manifest manifest) {
		this.dir = dir;
		this.manifest = manifest;
	}

	public static synchronized SchoolWorkbooks get() {
		if (instance == null) {
			try {
				Path dir = Files.createTempDirectory("vqr-web-samples");
				Manifest manifest = new SampleCorpus().generate(dir, 8, YEAR, SEED,
						SampleCorpus.Options.defaults().withDefects(false).withSizeScale(SCALE).withThreads(2));
				instance = new SchoolWorkbooks(dir, manifest);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return instance;
	}

	/** The good school of this index (0, 2 and 6 are clean .xlsx, 4 a clean .xls). */
	public Manifest.Entry school(int index) {
		return this.manifest.files().stream().filter((entry) -> entry.schoolIndex() == index).findFirst().orElseThrow();
	}

	public Path file(int index) {
		return this.dir.resolve(school(index).file());
	}

	public byte[] bytes(int index) {
		try {
			return Files.readAllBytes(file(index));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The school's .xlsx with this text as the first graduate's ID number (under the
	 * first header that names 身份证).
	 */
	public byte[] withIdNumber(int index, String idNumber) {
		try (InputStream in = Files.newInputStream(file(index)); Workbook workbook = WorkbookFactory.create(in)) {
			List<Cell> cells = new java.util.ArrayList<>();
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
								&& cell.getStringCellValue().strip().matches("\\d{17}[\\dX]")
								&& !List.of("44011120060315123X", "440111198503151234")
									.contains(cell.getStringCellValue().strip())) {
							cells.add(cell);
						}
					}
				}
			}
			for (Cell cell : cells) {
				// A new cell: POI keeps an inline string's old text beside a value set on
				// it.
				Row row = cell.getRow();
				int column = cell.getColumnIndex();
				org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
				row.removeCell(cell);
				Cell replacement = row.createCell(column);
				replacement.setCellStyle(style);
				replacement.setCellValue(idNumber);
			}
			if (cells.isEmpty()) {
				throw new IllegalStateException("no ID number in " + file(index));
			}
			Path out = Files.createTempFile(this.dir, "id", ".xlsx");
			try (OutputStream stream = Files.newOutputStream(out)) {
				workbook.write(stream);
			}
			return Files.readAllBytes(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A school of the sample generator outside the corpus (review tests use indices from
	 * 20 on, which no other web test uploads, so their review states are their own).
	 */
	public static SampleSchool extraSchool(int index) {
		return SampleSchools.generate(SEED, index, YEAR, SCALE);
	}

	/** The extra school's clean .xlsx. */
	public static byte[] clean(int index) {
		return new SubmissionWriter().toBytes(extraSchool(index), Form.CLEAN_XLSX);
	}

	/**
	 * The extra school's .xlsx with two graduates earning 450,000 元 a month: a file that
	 * passes the rules with W-INCOME-RANGE warnings to explain.
	 */
	public static byte[] warned(int index) {
		return new SubmissionWriter().toBytes(ReviewWarehouse.withIncome(extraSchool(index), 2, 450_000),
				Form.CLEAN_XLSX);
	}

	/**
	 * The school's .xlsx with text where the first data row of the second sheet wants a
	 * number: a file the rules reject, as a school might send it first.
	 */
	public byte[] broken(int index) {
		try {
			return broken(Files.readAllBytes(file(index)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * This .xlsx with text where the first data row of the second sheet wants a number.
	 */
	public static byte[] broken(byte[] xlsx) {
		try (InputStream in = new java.io.ByteArrayInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(1);
			boolean changed = false;
			for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && !changed; r++) {
				Row row = sheet.getRow(r);
				if (row == null || r < 3) {
					continue;
				}
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
						cell.setCellValue("很多");
						changed = true;
						break;
					}
				}
			}
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
