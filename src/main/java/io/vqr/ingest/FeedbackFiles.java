package io.vqr.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vqr.feedback.FeedbackStatus;
import io.vqr.feedback.FeedbackSummary;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.findings.Finding;
import io.vqr.standard.Severity;
import io.vqr.validation.SchoolIdentity;
import io.vqr.validation.ValidationOutcome;
import io.vqr.warehouse.SubmissionRegistry.Submission;
import io.vqr.warehouse.SubmissionStatus;
import io.vqr.workbook.ReadLimits;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookFiles;
import io.vqr.workbook.WorkbookReader;

import org.springframework.stereotype.Component;

/**
 * Writes the feedback workbook of a processed submission next to the others, named after
 * the school's file. The original is read again only for the sheets that have findings,
 * through the reader validation opened, so it is parsed once.
 */
@Component
public class FeedbackFiles {

	private final FeedbackWorkbookWriter writer = new FeedbackWorkbookWriter();

	/**
	 * @param original the submitted workbook still open from validation (not closed
	 * here), or null when it could not be opened
	 */
	public Path write(Submission submission, WorkbookReader original, ValidationOutcome outcome, List<Finding> findings,
			SubmissionStatus status, Integer version, Map<Severity, Integer> counts, Map<String, Long> read,
			Map<String, Long> loaded, Path feedbackDir) throws IOException {
		return write(original, submission.fileName(), submission.year(), outcome, findings,
				FeedbackStatus.valueOf(status.name()), version, counts, read, loaded, feedbackDir, this.writer);
	}

	/** Shared with offline validation, which has no submission row. */
	public static Path write(Path file, String fileName, int year, ValidationOutcome outcome, List<Finding> findings,
			FeedbackStatus status, Integer version, Map<Severity, Integer> counts, Map<String, Long> read,
			Map<String, Long> loaded, Path feedbackDir, FeedbackWorkbookWriter writer, ReadLimits limits)
			throws IOException {
		try (WorkbookReader original = WorkbookFiles.open(file, limits)) {
			return write(original, fileName, year, outcome, findings, status, version, counts, read, loaded,
					feedbackDir, writer);
		}
		catch (WorkbookException ex) {
			return write(null, fileName, year, outcome, findings, status, version, counts, read, loaded, feedbackDir,
					writer);
		}
	}

	private static Path write(WorkbookReader original, String fileName, int year, ValidationOutcome outcome,
			List<Finding> findings, FeedbackStatus status, Integer version, Map<Severity, Integer> counts,
			Map<String, Long> read, Map<String, Long> loaded, Path feedbackDir, FeedbackWorkbookWriter writer)
			throws IOException {
		Files.createDirectories(feedbackDir);
		Path out = feedbackDir.resolve(FeedbackWorkbookWriter.feedbackFileName(fileName));
		List<FeedbackSummary.SheetRows> sheets = new ArrayList<>();
		read.forEach((sheet, rows) -> sheets
			.add(new FeedbackSummary.SheetRows(sheet, rows, loaded.getOrDefault(sheet, 0L))));
		FeedbackSummary summary = new FeedbackSummary(fileName, outcome.school().map(SchoolIdentity::code).orElse(null),
				outcome.school().map(SchoolIdentity::name).orElse(null), year, status, version, LocalDateTime.now(),
				counts, sheets);
		if (original != null) {
			writer.write(summary, findings, original, out);
		}
		else {
			writer.writeWithoutOriginal(summary, findings, out);
		}
		return out;
	}

}
