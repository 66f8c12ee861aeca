package io.vqr.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.vqr.findings.Finding;
import io.vqr.workbook.SheetInfo;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookReader;
import io.vqr.workbook.XmlTransformers;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the feedback workbook a school gets for every processed file (submission
 * standard section 3): a first sheet 校验结果 with the verdict, the counts and one row per
 * finding, then a copy of each submitted sheet that has ERROR or WARNING findings on its
 * rows or cells, with the offending cells filled (red ERROR, yellow WARNING, light blue
 * INFO) and commented.
 *
 * <p>
 * Everything streams: sheets are written with SXSSF, copied sheets are read from the
 * {@link WorkbookReader} row by row and only sheets with findings are copied. The
 * findings are sorted once (a list of references, the findings themselves are not
 * copied). Comments and links are held in memory until the file is written, so at most
 * {@link #DEFAULT_MAX_COMMENTED_CELLS} cells get them (the first in sheet, row, column
 * order); every offending cell is filled regardless, and 校验结果 says so.
 */
public final class FeedbackWorkbookWriter {

	/** The name of the first sheet. */
	public static final String RESULT_SHEET = "校验结果";

	/** What the feedback file name adds to the original base name. */
	public static final String FILE_SUFFIX = "_校验结果.xlsx";

	public static final int DEFAULT_MAX_COMMENTED_CELLS = 10_000;

	private static final int SHEET_NAME_LIMIT = 31;

	/** Rows SXSSF keeps in memory per sheet before flushing to its temp file. */
	private static final int ROW_WINDOW = 200;

	private final int maxCommentedCells;

	public FeedbackWorkbookWriter() {
		this(DEFAULT_MAX_COMMENTED_CELLS);
	}

	/**
	 * @param maxCommentedCells how many offending cells get a comment and a link from
	 * 校验结果
	 */
	public FeedbackWorkbookWriter(int maxCommentedCells) {
		if (maxCommentedCells < 0) {
			throw new IllegalArgumentException("maxCommentedCells must not be negative");
		}
		this.maxCommentedCells = maxCommentedCells;
		XmlTransformers.skipProviderLookup();
	}

	/**
	 * The feedback file name for a submitted file: its base name (without directory and
	 * extension) plus {@value #FILE_SUFFIX}, e.g. {@code 4144012345_2024.xlsx} →
	 * {@code 4144012345_2024_校验结果.xlsx}.
	 */
	public static String feedbackFileName(String originalFileName) {
		String name = originalFileName
			.substring(Math.max(originalFileName.lastIndexOf('/'), originalFileName.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		return base.isBlank() ? RESULT_SHEET + ".xlsx" : base + FILE_SUFFIX;
	}

	/**
	 * Writes the feedback workbook of a file that could be read.
	 * @param summary the head of 校验结果
	 * @param findings every finding of the file, in any order
	 * @param original the submitted workbook, open; read again (sheets with findings
	 * only) and not closed
	 * @param out the file to write; replaced atomically when it exists
	 * @throws IOException when the original or the output cannot be read or written
	 */
	public void write(FeedbackSummary summary, Iterable<Finding> findings, WorkbookReader original, Path out)
			throws IOException {
		Objects.requireNonNull(original, "original");
		writeWorkbook(summary, findings, original, out);
	}

	/**
	 * Writes the feedback workbook of a file that could not be read at all (F-UNREADABLE,
	 * F-ENCRYPTED, F-TOO-LARGE): 校验结果 only.
	 */
	public void writeWithoutOriginal(FeedbackSummary summary, Iterable<Finding> findings, Path out) throws IOException {
		writeWorkbook(summary, findings, null, out);
	}

	private void writeWorkbook(FeedbackSummary summary, Iterable<Finding> findings, WorkbookReader original, Path out)
			throws IOException {
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(findings, "findings");
		List<SheetInfo> sheets = (original != null) ? original.sheets() : List.of();
		OrderedFindings ordered = OrderedFindings.of(findings, sheets.stream().map(SheetInfo::name).toList());
		Path parent = out.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		// Written beside the target and moved into place, so a reader never sees half a
		// file; not a temp file, whose owner-only permissions would stay on the result.
		Path partial = parent.resolve("." + out.getFileName() + "." + System.nanoTime() + ".part");
		// Temp files uncompressed: gzipping them only to inflate them again when the
		// workbook is zipped doubles the compression work.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false)) {
			FeedbackStyles styles = new FeedbackStyles(workbook);
			CommentBudget budget = new CommentBudget(this.maxCommentedCells);
			// 校验结果 is created first so that it is the first sheet; its rows are written
			// last, when the copies are known (SXSSF streams each sheet separately).
			SXSSFSheet result = workbook.createSheet(RESULT_SHEET);
			List<String> notes = new ArrayList<>();
			Map<String, String> copies = (original != null)
					? copySheets(workbook, styles, budget, original, sheets, ordered, notes) : Map.of();
			if (budget.exhausted()) {
				notes.add("本文件问题较多：仅前 " + budget.max() + " 个问题单元格附有批注和跳转链接，其余问题单元格只填充了颜色，请按下表的行号、列号查找。");
			}
			int listed = Math.min(ordered.all().size(), ResultSheetWriter.listCapacity(true));
			if (listed < ordered.all().size()) {
				notes.add("问题超过 Excel 的行数上限，下表只列出前 " + listed + " 条。");
			}
			else if (listed < summary.totalFindings()) {
				notes.add("共有 " + summary.totalFindings() + " 个问题，下表列出其中 " + listed + " 条。");
			}
			new ResultSheetWriter(workbook, styles).write(result, summary, ordered, copies, budget, notes);
			workbook.setActiveSheet(0);
			try (OutputStream stream = Files.newOutputStream(partial)) {
				workbook.write(stream);
			}
			Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Copies the sheets with located findings; returns school sheet name → copy name. */
	private static Map<String, String> copySheets(SXSSFWorkbook workbook, FeedbackStyles styles, CommentBudget budget,
			WorkbookReader original, List<SheetInfo> sheets, OrderedFindings ordered, List<String> notes)
			throws IOException {
		Set<String> wanted = new HashSet<>();
		ordered.sheetsToCopy().forEach(wanted::add);
		Map<String, String> copies = new LinkedHashMap<>();
		Set<String> takenNames = new HashSet<>();
		takenNames.add(RESULT_SHEET.toLowerCase(Locale.ROOT));
		SheetCopier copier = new SheetCopier(workbook, styles, budget);
		for (SheetInfo sheet : sheets) {
			if (!wanted.contains(sheet.name()) || copies.containsKey(sheet.name())) {
				continue;
			}
			String copyName = copyName(sheet.name(), takenNames);
			try {
				copier.copy(original, sheet, copyName, ordered.locatedIn(sheet.name()));
				copies.put(sheet.name(), copyName);
			}
			catch (WorkbookException ex) {
				// Flushed first: POI's removal flushes the rows still in memory after
				// closing the sheet's temp file, and logs a failure otherwise.
				workbook.getSheet(copyName).flushRows();
				workbook.removeSheetAt(workbook.getSheetIndex(copyName));
				budget.release(copyName);
				notes.add("工作表「" + sheet.name() + "」读取时出错（" + ex.detail() + "），未附副本，请按下表的行号、列号在原文件中查找。");
			}
		}
		return copies;
	}

	/**
	 * The copy keeps the school's sheet name unless it collides (case-insensitively, as
	 * Excel compares) with 校验结果 or an earlier copy.
	 */
	static String copyName(String sheetName, Set<String> takenNames) {
		String name = truncate(sheetName, SHEET_NAME_LIMIT);
		int attempt = 1;
		while (takenNames.contains(name.toLowerCase(Locale.ROOT))) {
			String suffix = (attempt == 1) ? "（原表）" : "（原表" + attempt + "）";
			name = truncate(sheetName, SHEET_NAME_LIMIT - suffix.length()) + suffix;
			attempt++;
		}
		takenNames.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
