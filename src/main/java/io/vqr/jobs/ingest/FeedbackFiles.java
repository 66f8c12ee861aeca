package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vqr.feedback.FeedbackStatus;
import io.vqr.feedback.FeedbackSummary;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.validation.SchoolIdentity;
import io.vqr.validation.ValidationOutcome;
import io.vqr.warehouse.SubmissionRegistry.Recorded;
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
	 * @param findings the first findings of each rule
	 * @param notListed per rule, how many more were found
	 */
	public Path write(Submission submission, WorkbookReader original, ValidationOutcome outcome, List<Finding> findings,
			Map<Rule, Integer> notListed, SubmissionStatus status, Integer version, Map<Severity, Integer> counts,
			Map<String, Long> read, Map<String, Long> loaded, String note, Path feedbackDir) throws IOException {
		return write(original, submission.fileName(), submission.year(), school(outcome, SchoolIdentity::code),
				school(outcome, SchoolIdentity::name), findings, notListed, FeedbackStatus.valueOf(status.name()),
				version, counts, read, loaded, note, feedbackDir, this.writer);
	}

	/**
	 * Writes a processed submission's feedback workbook again, over the one processing
	 * wrote, from what the warehouse recorded and its findings now (the run's
	 * cross-school ID check adds some after the file was processed). The archived
	 * original is opened again for the sheets with findings.
	 */
	public Path rewrite(Recorded recorded, List<Finding> findings, Map<Rule, Integer> notListed,
			SubmissionStatus status, Map<Severity, Integer> counts, ReadLimits limits) throws IOException {
		Submission submission = recorded.submission();
		Path feedbackDir = Path.of(submission.feedbackPath()).getParent();
		try (WorkbookReader original = WorkbookFiles.open(Path.of(submission.archivePath()), limits)) {
			return write(original, submission.fileName(), submission.year(), submission.schoolCode().trim(),
					recorded.schoolName(), findings, notListed, FeedbackStatus.valueOf(status.name()),
					submission.version(), counts, recorded.rowsRead(), recorded.rowsLoaded(), recorded.outcomeNote(),
					feedbackDir, this.writer);
		}
		catch (WorkbookException ex) {
			throw new IOException(submission.archivePath() + " was accepted but cannot be opened again", ex);
		}
	}

	/** Shared with offline validation, which has no submission row. */
	public static Path write(Path file, String fileName, int year, ValidationOutcome outcome, List<Finding> findings,
			FeedbackStatus status, Integer version, Map<Severity, Integer> counts, Map<String, Long> read,
			Map<String, Long> loaded, Path feedbackDir, FeedbackWorkbookWriter writer, ReadLimits limits)
			throws IOException {
		return write(file, fileName, year, outcome, findings, Map.of(), status, version, counts, read, loaded,
				feedbackDir, writer, limits);
	}

	/**
	 * Offline validation's feedback from the first findings of each rule and the counts
	 * of the rest.
	 */
	public static Path write(Path file, String fileName, int year, ValidationOutcome outcome, List<Finding> findings,
			Map<Rule, Integer> notListed, FeedbackStatus status, Integer version, Map<Severity, Integer> counts,
			Map<String, Long> read, Map<String, Long> loaded, Path feedbackDir, FeedbackWorkbookWriter writer,
			ReadLimits limits) throws IOException {
		String schoolCode = school(outcome, SchoolIdentity::code);
		String schoolName = school(outcome, SchoolIdentity::name);
		try (WorkbookReader original = WorkbookFiles.open(file, limits)) {
			return write(original, fileName, year, schoolCode, schoolName, findings, notListed, status, version, counts,
					read, loaded, null, feedbackDir, writer);
		}
		catch (WorkbookException ex) {
			return write(null, fileName, year, schoolCode, schoolName, findings, notListed, status, version, counts,
					read, loaded, null, feedbackDir, writer);
		}
	}

	private static String school(ValidationOutcome outcome, Function<SchoolIdentity, String> part) {
		return outcome.school().map(part).orElse(null);
	}

	private static Path write(WorkbookReader original, String fileName, int year, String schoolCode, String schoolName,
			List<Finding> findings, Map<Rule, Integer> notListed, FeedbackStatus status, Integer version,
			Map<Severity, Integer> counts, Map<String, Long> read, Map<String, Long> loaded, String note,
			Path feedbackDir, FeedbackWorkbookWriter writer) throws IOException {
		Files.createDirectories(feedbackDir);
		Path out = feedbackDir.resolve(FeedbackWorkbookWriter.feedbackFileName(fileName));
		List<FeedbackSummary.SheetRows> sheets = new ArrayList<>();
		read.forEach((sheet, rows) -> sheets
			.add(new FeedbackSummary.SheetRows(sheet, rows, loaded.getOrDefault(sheet, 0L))));
		FeedbackSummary summary = new FeedbackSummary(fileName, schoolCode, schoolName, year, status, version,
				LocalDateTime.now(), counts, sheets, note);
		if (original != null) {
			writer.write(summary, findings, notListed, original, out);
		}
		else {
			writer.writeWithoutOriginal(summary, findings, notListed, out);
		}
		return out;
	}

}
