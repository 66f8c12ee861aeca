package io.vqr.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.findings.FindingCollector;
import io.vqr.review.ReviewMode;
import io.vqr.jobs.ingest.IngestSettings.IdSecretKey;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SubmissionStandard;
import io.vqr.validation.ColumnRef;
import io.vqr.validation.SchoolIdentity;
import io.vqr.validation.SheetTally;
import io.vqr.validation.SubmissionValidator;
import io.vqr.validation.ValidationOutcome;
import io.vqr.validation.WarehouseChecks;
import io.vqr.warehouse.FindingStore;
import io.vqr.warehouse.Publisher;
import io.vqr.warehouse.FactSink;
import io.vqr.warehouse.FactTables;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Claim;
import io.vqr.warehouse.SubmissionRegistry.FileColumn;
import io.vqr.warehouse.SubmissionRegistry.Submission;
import io.vqr.warehouse.SubmissionStatus;
import io.vqr.workbook.ReadLimits;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookFiles;
import io.vqr.workbook.WorkbookReader;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one claimed submission in stages. Validate and stage: the archived file is
 * read while its clean records stream into the fact tables under its submission id (the
 * staging); warehouse checks (W-YOY-JUMP); the outcome, its findings and the school's
 * feedback workbook; all in one transaction, committed together, with the submission's
 * row locked so no other process can take the claim over meanwhile. A rejected file's
 * staged rows are deleted before that commit. Then, as a step of its own, an accepted
 * file is handed on ({@link HandOn}: official at once, or review).
 * <p>
 * A bad file is an outcome. An infrastructure fault at any stage (disk full, database
 * gone) rolls the staging transaction back, so nothing of the file stays, and only then
 * is the file recorded {@link SubmissionStatus#FAILED}, in a transaction of its own: the
 * failed one may have held the row's lock. A later run takes it again. W-CROSS-SCHOOL-ID
 * comes after all the run's files ({@link CrossSchoolIdCheck}).
 */
@Component
public class SubmissionProcessor {

	private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);

	private final SubmissionRegistry registry;

	private final SubmissionValidator validator;

	private final WarehouseChecks warehouseChecks;

	private final Publisher publisher;

	private final FindingStore findingStore;

	private final FeedbackFiles feedback;

	private final DataSource dataSource;

	private final IdSecretKey idSecret;

	private final ReadLimits limits;

	private final FactTables factTables;

	private final HandOn handOn;

	private final TransactionTemplate ownTransaction;

	/** Findings stored at once: a COPY each. */
	private static final int FINDING_BATCH = 5_000;

	public SubmissionProcessor(SubmissionRegistry registry, SubmissionValidator validator,
			WarehouseChecks warehouseChecks, Publisher publisher, FindingStore findingStore, FeedbackFiles feedback,
			DataSource dataSource, IdSecretKey idSecret, ReadLimits limits, FactTables factTables, HandOn handOn,
			PlatformTransactionManager transactions) {
		this.registry = registry;
		this.validator = validator;
		this.warehouseChecks = warehouseChecks;
		this.publisher = publisher;
		this.findingStore = findingStore;
		this.feedback = feedback;
		this.dataSource = dataSource;
		this.idSecret = idSecret;
		this.limits = limits;
		this.factTables = factTables;
		this.handOn = handOn;
		// Never part of a caller's transaction: a failure must be recorded after the
		// staging transaction has ended.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Processes a claimed submission through every stage. Never throws for a file: a
	 * failure is recorded and returned ({@link ProcessedSubmission#problem()}).
	 * @param defaultFeedbackDir where the feedback goes when the submission does not say
	 * (registered before it was recorded)
	 */
	public ProcessedSubmission process(Claim claim, Path defaultFeedbackDir) {
		return process(claim, defaultFeedbackDir, null);
	}

	/**
	 * @param review the run's review mode ({@code ingest --review}), or null for the
	 * year's
	 */
	public ProcessedSubmission process(Claim claim, Path defaultFeedbackDir, ReviewMode review) {
		long start = System.nanoTime();
		if (claim.takenOver() != null) {
			log.warn("Submission {}: taking over the claim of {} (its process stopped or its claim expired)",
					claim.submissionId(), claim.takenOver());
		}
		ProcessedSubmission result;
		try {
			result = this.ownTransaction.execute((transaction) -> stage(claim, defaultFeedbackDir, review, start));
		}
		catch (RuntimeException ex) {
			// The staging transaction has been rolled back (or its connection is gone):
			// nothing of the file stays, and no lock of it is held.
			return failed(claim, (ex instanceof UncheckedIOException io) ? io.getCause() : ex, start);
		}
		if (result == null || !result.status().accepted()) {
			return result;
		}
		try {
			this.handOn.handOn(result.submissionId(), yearOf(claim), result.schoolCode(), result.status(), review);
			return result;
		}
		catch (RuntimeException ex) {
			log.error("{}: accepted, but cannot be handed on ({}); the next run tries again",
					UntrustedText.forLog(result.fileName()), UntrustedText.forLog(ex.toString()));
			return result.withFailure("accepted, not handed on: " + ex);
		}
	}

	private int yearOf(Claim claim) {
		return this.registry.get(claim.submissionId()).year();
	}

	private ProcessedSubmission failed(Claim claim, Throwable cause, long start) {
		String fileName = "submission " + claim.submissionId();
		try {
			fileName = this.registry.get(claim.submissionId()).fileName();
			if (this.registry.fail(claim, cause.toString())) {
				log.error("{}: processing failed ({}); nothing of it is loaded, and the next run takes it again",
						UntrustedText.forLog(fileName), UntrustedText.forLog(cause.toString()));
			}
			else {
				log.error("{}: processing failed ({}) after another process took it over",
						UntrustedText.forLog(fileName), UntrustedText.forLog(cause.toString()));
			}
		}
		catch (RuntimeException ex) {
			log.error(
					"{}: processing failed ({}), and the failure cannot be recorded ({}); the file stays claimed "
							+ "until its claim expires or this process ends, then another run takes it",
					UntrustedText.forLog(fileName), UntrustedText.forLog(cause.toString()),
					UntrustedText.forLog(ex.toString()));
		}
		return ProcessedSubmission.failed(claim.submissionId(), fileName, cause.toString(),
				Duration.ofNanos(System.nanoTime() - start));
	}

	private ProcessedSubmission stage(Claim claim, Path defaultFeedbackDir, ReviewMode review, long start) {
		Submission submission = this.registry.lockClaimed(claim);
		Path feedbackDir = (submission.feedbackDir() != null) ? Path.of(submission.feedbackDir()) : defaultFeedbackDir;
		try {
			// Opened once for validation and the feedback's sheet copies: parsing an
			// .xls (POI loads it whole) was a large share of the time per file.
			WorkbookReader original;
			try {
				if (submission.archivePath() == null) {
					// Over the size limit when received, and so never archived.
					WorkbookFiles.checkSize(submission.sizeBytes(), this.limits);
					throw new IOException("submission " + submission.id() + " has no archived file");
				}
				original = WorkbookFiles.open(Path.of(submission.archivePath()), this.limits);
			}
			catch (WorkbookException ex) {
				return stage(claim, submission, null, ex, feedbackDir, review, start);
			}
			try (original) {
				return stage(claim, submission, original, null, feedbackDir, review, start);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ProcessedSubmission stage(Claim claim, Submission submission, WorkbookReader original,
			WorkbookException unreadable, Path feedbackDir, ReviewMode review, long start) throws IOException {
		long id = submission.id();
		// Nothing of an interrupted attempt stays.
		this.findingStore.delete(id);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		FactSink sink = new FactSink(connection, id, this.idSecret.bytes(), this.factTables);
		// Findings go to the database as they are found, all of them, and only the first
		// of each rule stay in memory, for the feedback: a file with a million findings
		// ran the heap out. One connection: the rows' COPY ends while a batch is stored.
		FindingCollector findings = FindingCollector.streaming(FeedbackWorkbookWriter.LISTED_PER_RULE, FINDING_BATCH,
				(batch, firstSeq) -> {
					sink.pause();
					this.findingStore.append(id, firstSeq, batch);
				});
		ValidationOutcome outcome;
		try {
			if (original == null) {
				outcome = this.validator.unreadable(unreadable, submission.fileName(), submission.year());
				findings.addAll(outcome.findings());
			}
			else {
				outcome = this.validator.validate(original, submission.fileName(), submission.year(), sink, findings);
			}
		}
		finally {
			sink.close();
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		String schoolCode = outcome.school().map(SchoolIdentity::code).orElse(null);
		String schoolName = outcome.school().map(SchoolIdentity::name).orElse(null);
		Integer version = null;
		if (schoolCode != null) {
			// Two files of one school at once: numbered one after the other.
			this.publisher.lockSchoolYear(submission.year(), schoolCode);
			version = this.registry.assignSchool(id, submission.year(), schoolCode, schoolName);
			findings.addAll(this.warehouseChecks.check(id, submission.year(), schoolCode, outcome));
		}
		findings.flush();
		Map<Severity, Integer> counts = findings.countsBySeverity();
		SubmissionStatus status = (counts.get(Severity.ERROR) > 0 || schoolCode == null) ? SubmissionStatus.REJECTED
				: (counts.get(Severity.WARNING) > 0) ? SubmissionStatus.ACCEPTED_WITH_WARNINGS
						: SubmissionStatus.ACCEPTED;
		if (!status.accepted()) {
			// Nothing of a rejected file stays in the facts.
			this.publisher.discard(id);
		}
		String note = status.accepted() ? this.handOn.outcomeNote(submission.year(), schoolCode, review) : null;
		Map<String, Long> read = new LinkedHashMap<>();
		Map<String, Long> loaded = new LinkedHashMap<>();
		Map<String, Long> skipped = new LinkedHashMap<>();
		for (Map.Entry<String, SheetTally> entry : outcome.tallies().entrySet()) {
			String sheetName = outcome.sheetName(entry.getKey());
			read.put(sheetName, entry.getValue().read());
			loaded.put(sheetName, status.accepted() ? entry.getValue().clean() : 0L);
			skipped.put(sheetName, entry.getValue().skipped());
		}
		Path feedbackFile = this.feedback.write(submission, original, outcome, findings.kept(), findings.notKept(),
				status, version, counts, read, loaded, note, feedbackDir);
		Map<String, Integer> severityCounts = new LinkedHashMap<>();
		counts.forEach((severity, count) -> severityCounts.put(severity.name(), count));
		this.registry.complete(claim, status, severityCounts, read, loaded, skipped,
				(feedbackFile != null) ? feedbackFile.toString() : null, graduateIdColumn(outcome), note);
		return new ProcessedSubmission(id, submission.fileName(), schoolCode, status, version, counts,
				read.values().stream().mapToLong(Long::longValue).sum(),
				loaded.values().stream().mapToLong(Long::longValue).sum(), note, feedbackFile, null,
				Duration.ofNanos(System.nanoTime() - start), findings.mostHeld());
	}

	/** Where the run's cross-school ID check will say a graduate's ID is. */
	private static FileColumn graduateIdColumn(ValidationOutcome outcome) {
		ColumnRef column = outcome.columns().getOrDefault(SubmissionStandard.GRADUATES, Map.of()).get("id_number");
		return (column != null) ? new FileColumn(column.sheetName(), column.column(), column.header()) : null;
	}

	/** Counts per severity from counts per rule id, every severity present. */
	static Map<Severity, Integer> countBySeverity(Map<String, Integer> byRule) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		byRule.forEach((ruleId, count) -> Rule.byId(ruleId)
			.ifPresent((rule) -> counts.merge(rule.severity(), count, Integer::sum)));
		return counts;
	}

}
