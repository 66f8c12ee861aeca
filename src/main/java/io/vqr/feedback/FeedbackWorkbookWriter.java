package io.vqr.feedback;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.workbook.SheetInfo;
import io.vqr.workbook.WorkbookException;
import io.vqr.text.UntrustedText;
import io.vqr.workbook.WorkbookReader;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the feedback workbook a school gets for every processed file (submission
 * standard section 3): a first sheet 校验结果 with the verdict, the counts and one row per
 * finding, then a copy of each submitted sheet that has ERROR or WARNING findings on its
 * rows or cells, with the offending cells filled (red ERROR, yellow WARNING, light blue
 * INFO) and commented.
 *
 * <p>
 * Everything streams: sheets are written with fastexcel, copied sheets are read from the
 * {@link WorkbookReader} row by row and written out as they come, and only sheets with
 * findings are copied. 校验结果 is the first sheet but is written last, when the copies (and
 * which cells got a comment) are known. The findings are sorted once (a list of
 * references, the findings themselves are not copied). Comments and links are held in
 * memory until the file is written, so at most {@link #DEFAULT_MAX_COMMENTED_CELLS} cells
 * get them (the first in sheet, row, column order); every offending cell is filled
 * regardless, and 校验结果 says so.
 */
public final class FeedbackWorkbookWriter {

	/** The name of the first sheet. */
	public static final String RESULT_SHEET = "校验结果";

	/** What the feedback file name adds to the original base name. */
	public static final String FILE_SUFFIX = "_校验结果.xlsx";

	public static final int DEFAULT_MAX_COMMENTED_CELLS = 10_000;

	/**
	 * Findings listed in 校验结果 per rule; the rest of a rule are counted in one row.
	 */
	public static final int LISTED_PER_RULE = OrderedFindings.LISTED_PER_RULE;

	private static final int SHEET_NAME_LIMIT = 31;

	private static final String APPLICATION = "vqr";

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
	}

	/**
	 * The feedback file name for a submitted file: its base name (without directory and
	 * extension) plus {@value #FILE_SUFFIX}, e.g. {@code 4144012345_2024.xlsx} →
	 * {@code 4144012345_2024_校验结果.xlsx}. A base name so long that the result would not
	 * fit in a file name ({@value #MAX_NAME_BYTES} bytes of UTF-8 on common file systems)
	 * is cut, and a short digest of it added so two such names stay apart.
	 */
	public static String feedbackFileName(String originalFileName) {
		String name = originalFileName
			.substring(Math.max(originalFileName.lastIndexOf('/'), originalFileName.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			return RESULT_SHEET + ".xlsx";
		}
		// An inbox name may have the 255 bytes a file name allows: the suffix and the
		// partial name it is written under would make it longer than that.
		int room = UntrustedText.MAX_FILE_NAME_BYTES - PARTIAL_NAME_BYTES - UntrustedText.utf8Length(FILE_SUFFIX);
		return UntrustedText.forFileName(base, room) + FILE_SUFFIX;
	}

	/**
	 * What {@link #partialName} adds to a name: a dot, a nanosecond time, {@code .part}.
	 */
	static final int PARTIAL_NAME_BYTES = 1 + 1 + 19 + ".part".length();

	/**
	 * Where a feedback workbook is written before it is moved into place: beside the
	 * target, not a temp file, whose owner-only permissions would stay on the result.
	 */
	static Path partialName(Path parent, Path out) {
		return parent.resolve("." + out.getFileName() + "." + System.nanoTime() + ".part");
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
		write(summary, findings, Map.of(), original, out);
	}

	/**
	 * Writes the feedback workbook of a file from the first findings of each rule and the
	 * counts of the rest, for a file whose findings are not all in memory.
	 * @param listed the first findings of each rule (at least {@link #LISTED_PER_RULE}
	 * where there are as many), in any order
	 * @param notListed per rule, how many more were found
	 */
	public void write(FeedbackSummary summary, Iterable<Finding> listed, Map<Rule, Integer> notListed,
			WorkbookReader original, Path out) throws IOException {
		Objects.requireNonNull(original, "original");
		writeWorkbook(summary, listed, notListed, original, out);
	}

	/**
	 * Writes the feedback workbook of a file that could not be read at all (F-UNREADABLE,
	 * F-ENCRYPTED, F-TOO-LARGE): 校验结果 only.
	 */
	public void writeWithoutOriginal(FeedbackSummary summary, Iterable<Finding> findings, Path out) throws IOException {
		writeWorkbook(summary, findings, Map.of(), null, out);
	}

	/**
	 * {@link #writeWithoutOriginal(FeedbackSummary, Iterable, Path)} from the first
	 * findings of each rule and the counts of the rest.
	 */
	public void writeWithoutOriginal(FeedbackSummary summary, Iterable<Finding> listed, Map<Rule, Integer> notListed,
			Path out) throws IOException {
		writeWorkbook(summary, listed, notListed, null, out);
	}

	private void writeWorkbook(FeedbackSummary summary, Iterable<Finding> findings, Map<Rule, Integer> notListed,
			WorkbookReader original, Path out) throws IOException {
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(findings, "findings");
		List<SheetInfo> sheets = (original != null) ? original.sheets() : List.of();
		OrderedFindings ordered = OrderedFindings.of(findings, notListed,
				sheets.stream().map(SheetInfo::name).toList());
		Path parent = out.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		// Sheets that could not be read again, with why; a copy already streamed out
		// cannot be taken back, so the workbook is written again without them.
		Map<String, String> unreadable = new LinkedHashMap<>();
		while (true) {
			// Written beside the target and moved into place, so a reader never sees half
			// a file.
			Path partial = partialName(parent, out);
			try {
				try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
					writeTo(stream, summary, ordered, original, sheets, unreadable);
				}
				Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				return;
			}
			catch (UnreadableSheet ex) {
				unreadable.put(ex.sheet, ex.detail);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
	}

	private void writeTo(OutputStream stream, FeedbackSummary summary, OrderedFindings ordered, WorkbookReader original,
			List<SheetInfo> sheets, Map<String, String> unreadable) throws IOException, UnreadableSheet {
		// Not closed when writing fails: closing finishes the workbook.
		Workbook workbook = new Workbook(stream, APPLICATION, null);
		CommentBudget budget = new CommentBudget(this.maxCommentedCells);
		// 校验结果 is created first so that it is the first sheet; it is written last,
		// when the copies are known (sheets are written one after the other).
		Worksheet result = workbook.newWorksheet(RESULT_SHEET);
		List<String> notes = new ArrayList<>();
		Map<String, String> copies = (original != null)
				? copySheets(workbook, budget, original, sheets, ordered, unreadable) : Map.of();
		unreadable
			.forEach((sheet, detail) -> notes.add("工作表「" + sheet + "」读取时出错（" + detail + "），未附副本，请按下表的行号、列号在原文件中查找。"));
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
		ResultSheetWriter.write(result, summary, ordered, copies, budget, notes);
		workbook.setActiveTab(0);
		workbook.finish();
	}

	/**
	 * Copies the sheets with located findings, except those known to be unreadable;
	 * returns school sheet name → copy name.
	 */
	private static Map<String, String> copySheets(Workbook workbook, CommentBudget budget, WorkbookReader original,
			List<SheetInfo> sheets, OrderedFindings ordered, Map<String, String> unreadable)
			throws IOException, UnreadableSheet {
		Set<String> wanted = new HashSet<>();
		ordered.sheetsToCopy().forEach(wanted::add);
		Map<String, String> copies = new LinkedHashMap<>();
		Set<String> takenNames = new HashSet<>();
		takenNames.add(RESULT_SHEET.toLowerCase(Locale.ROOT));
		SheetCopier copier = new SheetCopier(workbook, budget);
		for (SheetInfo sheet : sheets) {
			if (!wanted.contains(sheet.name()) || copies.containsKey(sheet.name())
					|| unreadable.containsKey(sheet.name())) {
				continue;
			}
			String copyName = copyName(sheet.name(), takenNames);
			try {
				copier.copy(original, sheet, copyName, ordered.locatedIn(sheet.name()));
			}
			catch (WorkbookException ex) {
				throw new UnreadableSheet(sheet.name(), ex.detail());
			}
			copies.put(sheet.name(), copyName);
		}
		return copies;
	}

	/** A sheet to copy failed to read: the workbook is written again without it. */
	private static final class UnreadableSheet extends Exception {

		private static final long serialVersionUID = 1L;

		private final String sheet;

		private final String detail;

		UnreadableSheet(String sheet, String detail) {
			super(sheet, null, false, false);
			this.sheet = sheet;
			this.detail = detail;
		}

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
