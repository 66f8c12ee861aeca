package io.vqr.feedback;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.vqr.findings.Finding;
import io.vqr.standard.Severity;

/**
 * What the head of a feedback workbook says about one processed file.
 *
 * @param fileName the file name as the school submitted it
 * @param schoolCode the 学校代码 read from the file, or empty when it could not be read
 * @param schoolName the 学校名称 read from the file, or empty
 * @param year the reporting year being processed
 * @param status the verdict
 * @param version the version of the school's data this file became (1, 2, ...), or null
 * when it did not become one (rejected, duplicate)
 * @param processedAt when the file was processed, in the data office's local time
 * @param counts the number of findings per severity (missing severities count 0)
 * @param sheets rows read and loaded per sheet, in workbook order; empty when the file
 * could not be read
 * @param note what becomes of a file that passed the rules, when there is something to
 * say (e.g. {@code 已锁定：省级解锁后方可替换}), or null
 */
public record FeedbackSummary(String fileName, String schoolCode, String schoolName, int year, FeedbackStatus status,
		Integer version, LocalDateTime processedAt, Map<Severity, Integer> counts, List<SheetRows> sheets,
		String note) {

	/** Without a note. */
	public FeedbackSummary(String fileName, String schoolCode, String schoolName, int year, FeedbackStatus status,
			Integer version, LocalDateTime processedAt, Map<Severity, Integer> counts, List<SheetRows> sheets) {
		this(fileName, schoolCode, schoolName, year, status, version, processedAt, counts, sheets, null);
	}

	public FeedbackSummary {
		Objects.requireNonNull(fileName, "fileName");
		schoolCode = Objects.requireNonNullElse(schoolCode, "");
		schoolName = Objects.requireNonNullElse(schoolName, "");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(processedAt, "processedAt");
		EnumMap<Severity, Integer> complete = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			complete.put(severity, counts.getOrDefault(severity, 0));
		}
		counts = Map.copyOf(complete);
		sheets = List.copyOf(sheets);
	}

	/**
	 * Rows of one submitted sheet.
	 *
	 * @param sheet the sheet name as the workbook writes it
	 * @param read rows read (blank rows not counted)
	 * @param loaded rows loaded into the warehouse (0 when the file was rejected)
	 */
	public record SheetRows(String sheet, long read, long loaded) {

		public SheetRows {
			Objects.requireNonNull(sheet, "sheet");
		}

	}

	public int count(Severity severity) {
		return this.counts.get(severity);
	}

	public int totalFindings() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Counts the findings per severity, for callers that hold the findings. */
	public static Map<Severity, Integer> countBySeverity(Iterable<Finding> findings) {
		EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Finding finding : findings) {
			counts.merge(finding.severity(), 1, Integer::sum);
		}
		return counts;
	}

}
