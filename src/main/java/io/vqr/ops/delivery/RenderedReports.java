package io.vqr.ops.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vqr.report.output.ReportFiles;

/**
 * Reads the index the report job writes beside the reports
 * ({@link io.vqr.report.output.ReportIndex}, {@code <out>/<year>/reports.json}): which
 * report is which school's, and its files (relative to {@code <out>/<year>}).
 */
public final class RenderedReports {

	public static final String FILE_NAME = io.vqr.report.output.ReportIndex.FILE;

	private static final ObjectMapper json = new ObjectMapper();

	private final Path yearFolder;

	private final List<Entry> entries;

	private RenderedReports(Path yearFolder, List<Entry> entries) {
		this.yearFolder = yearFolder;
		this.entries = entries;
	}

	/** One report: a school's, a city's or the province's; {@code draft} for a draft. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Entry(String kind, String schoolCode, String schoolName, String schoolType, String cityCode,
			List<String> files, boolean draft) {

		public Entry(String kind, String schoolCode, String schoolName, String schoolType, String cityCode,
				List<String> files) {
			this(kind, schoolCode, schoolName, schoolType, cityCode, files, false);
		}

		public boolean province() {
			return "province".equals(this.kind);
		}

		/**
		 * A city report (中职地市级年报); its {@code cityCode} is the city's 4-digit prefix.
		 */
		public boolean city() {
			return io.vqr.report.output.ReportIndex.CITY.equals(this.kind);
		}

		/** The PDFs of this report, relative to the year folder. */
		public List<String> pdfs() {
			return (this.files != null)
					? this.files.stream().filter((file) -> file.toLowerCase(Locale.ROOT).endsWith(".pdf")).toList()
					: List.of();
		}

	}

	/** Reads {@code <output>/<year>/reports.json}. */
	public static RenderedReports read(Path output, int year) throws IOException {
		Path yearFolder = output.resolve(Integer.toString(year));
		Path file = yearFolder.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			throw new IOException("no " + FILE_NAME + " in " + yearFolder + "; run the report job for " + year
					+ " before delivering");
		}
		List<Entry> entries = json.readValue(file.toFile(), new TypeReference<List<Entry>>() {
		});
		// A draft is never delivered, whatever an index says (review-workflow.md).
		return new RenderedReports(yearFolder, entries.stream().filter((entry) -> !isDraft(entry)).toList());
	}

	private static boolean isDraft(Entry entry) {
		return entry.draft()
				|| (entry.files() != null && entry.files().stream().anyMatch(RenderedReports::inDraftFolder));
	}

	private static boolean inDraftFolder(String relative) {
		Path path = Path.of(relative).normalize();
		return path.getNameCount() > 0 && path.getName(0).toString().equals(ReportFiles.DRAFT_FOLDER);
	}

	public Path yearFolder() {
		return this.yearFolder;
	}

	public List<Entry> entries() {
		return this.entries;
	}

	/**
	 * A file of the index as a path, refusing names that would leave the year folder.
	 */
	public Path resolve(String relative) throws IOException {
		Path file = this.yearFolder.resolve(relative).normalize();
		if (!file.startsWith(this.yearFolder.normalize())) {
			throw new IOException(FILE_NAME + " names " + relative + ", outside " + this.yearFolder);
		}
		if (file.startsWith(this.yearFolder.normalize().resolve(ReportFiles.DRAFT_FOLDER))) {
			throw new IOException(FILE_NAME + " names " + relative + ", a draft: drafts are never delivered");
		}
		return file;
	}

}
