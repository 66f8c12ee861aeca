package io.vqr.report.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

import io.vqr.text.UntrustedText;

/**
 * Where reports go and how they are written:
 * {@code <out>/<year>/schools/<code>_<name>_<Y>年度质量报告.pdf|xlsx} and
 * {@code <out>/<year>/province/<省>_<Y>年度职业教育质量报告.pdf|xlsx} and
 * {@code <out>/<year>/city/<城市代码>_<城市>_<Y>年度中等职业教育质量报告.pdf|xlsx}. Drafts go to their own
 * folder, {@code <out>/<year>/draft/...}, with {@code （草稿）} in every name, so that a
 * draft is never taken for (or delivered as) the official report. Each file is written
 * under a temporary name and moved into place, so a reader (or a delivery) never sees
 * half a report, even after a kill.
 */
public final class ReportFiles {

	public static final String PDF = "pdf";

	public static final String XLSX = "xlsx";

	public static final Set<String> FORMATS = Set.of(PDF, XLSX);

	/** The folder of drafts inside a year's folder. */
	public static final String DRAFT_FOLDER = "draft";

	private static final String DRAFT_SUFFIX = "（草稿）";

	private static final String TEMPORARY_PREFIX = ".";

	private static final String TEMPORARY_SUFFIX = ".part";

	private static final int TEMPORARY_NAME_BYTES = TEMPORARY_PREFIX.length() + TEMPORARY_SUFFIX.length();

	private final Path yearDir;

	private final boolean draft;

	/** The official reports' files. */
	public ReportFiles(Path out, int year) {
		this(out, year, false);
	}

	/** The official reports' files, or the drafts' in {@code <out>/<year>/draft}. */
	public ReportFiles(Path out, int year, boolean draft) {
		Path official = out.resolve(Integer.toString(year));
		this.yearDir = draft ? official.resolve(DRAFT_FOLDER) : official;
		this.draft = draft;
	}

	/** Where the reports and their {@code reports.json} go. */
	public Path yearDir() {
		return this.yearDir;
	}

	public boolean draft() {
		return this.draft;
	}

	public Path school(String code, String name, int year, String format) {
		return this.yearDir.resolve("schools")
			.resolve(fileName(code + "_" + name, "_" + year + "年度质量报告" + suffix() + "." + format));
	}

	public Path province(String provinceName, int year, String format) {
		return this.yearDir.resolve("province")
			.resolve(fileName(provinceName, "_" + year + "年度职业教育质量报告" + suffix() + "." + format));
	}

	/**
	 * {@code <year>/city/<4-digit prefix>_<城市>_<Y>年度中等职业教育质量报告.pdf|xlsx}: the city report
	 * (中职地市级年报).
	 */
	public Path city(String cityPrefix, String cityName, int year, String format) {
		return this.yearDir.resolve("city")
			.resolve(fileName(cityPrefix + "_" + cityName, "_" + year + "年度中等职业教育质量报告" + suffix() + "." + format));
	}

	private String suffix() {
		return this.draft ? DRAFT_SUFFIX : "";
	}

	/**
	 * A report's file name: the names come from submitted workbooks, so they are made
	 * safe and shortened to leave room for the suffix and for the temporary name
	 * {@link #write} uses (a 100-character school name took 300 bytes, more than a file
	 * name may have, and failed the report job). The school code before the name keeps a
	 * shortened name unique.
	 */
	static String fileName(String names, String suffix) {
		int room = UntrustedText.MAX_FILE_NAME_BYTES - TEMPORARY_NAME_BYTES - UntrustedText.utf8Length(suffix);
		return UntrustedText.forFileName(names, room) + suffix;
	}

	/** A content producer that may fail with an I/O error. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/** Writes the file atomically: a temporary sibling, then a rename over the target. */
	public static void write(Path target, Content content) throws IOException {
		Files.createDirectories(target.getParent());
		Path temporary = target.resolveSibling(TEMPORARY_PREFIX + target.getFileName() + TEMPORARY_SUFFIX);
		try (OutputStream out = Files.newOutputStream(temporary)) {
			content.writeTo(out);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Parses {@code pdf,xlsx}; unknown formats are refused. */
	public static Set<String> formats(String list) {
		Set<String> formats = new java.util.TreeSet<>();
		for (String format : list.split(",")) {
			String value = format.strip().toLowerCase(Locale.ROOT);
			if (!FORMATS.contains(value)) {
				throw new IllegalArgumentException(
						"unknown report format '" + format.strip() + "': use pdf, xlsx or both");
			}
			formats.add(value);
		}
		return formats;
	}

}
