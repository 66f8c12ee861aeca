package io.vqr.jobs.ingest;

import java.io.IOException;
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

import io.vqr.findings.Finding;
import io.vqr.jobs.ingest.IngestSettings.IdSecretKey;
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
import io.vqr.warehouse.SubmissionRegistry.FileColumn;
import io.vqr.warehouse.SubmissionRegistry.Submission;
import io.vqr.warehouse.SubmissionStatus;
import io.vqr.workbook.ReadLimits;
import io.vqr.workbook.WorkbookException;
import io.vqr.workbook.WorkbookFiles;
import io.vqr.workbook.WorkbookReader;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processes one registered submission, all or nothing in one transaction: validate the
 * archived file while streaming its clean records into the fact tables, run W-YOY-JUMP
 * against the warehouse, then publish (accepted) or discard (rejected), store the
 * findings and write the school's feedback workbook. W-CROSS-SCHOOL-ID comes after all
 * the run's files ({@link CrossSchoolIdCheck}). A bad file is an outcome; only an
 * infrastructure fault throws, leaving the submission to be retried.
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

	private final JdbcTemplate jdbc;

	private final IdSecretKey idSecret;

	private final ReadLimits limits;

	private final FactTables factTables;

	public SubmissionProcessor(SubmissionRegistry registry, SubmissionValidator validator,
			WarehouseChecks warehouseChecks, Publisher publisher, FindingStore findingStore, FeedbackFiles feedback,
			DataSource dataSource, JdbcTemplate jdbc, IdSecretKey idSecret, ReadLimits limits, FactTables factTables) {
		this.registry = registry;
		this.validator = validator;
		this.warehouseChecks = warehouseChecks;
		this.publisher = publisher;
		this.findingStore = findingStore;
		this.feedback = feedback;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.idSecret = idSecret;
		this.limits = limits;
		this.factTables = factTables;
	}

	/**
	 * Processes one submission in a transaction of its own, rolled back on any exception
	 * (an I/O error included: nothing of a failed file stays).
	 */
	@Transactional(rollbackFor = Exception.class)
	public ProcessedSubmission process(long submissionId, Path feedbackDir) throws IOException {
		long start = System.nanoTime();
		Submission submission = this.registry.get(submissionId);
		try {
			return processInTransaction(submission, feedbackDir, start);
		}
		catch (IOException | RuntimeException ex) {
			log.error("{}: processing failed ({}); it will be retried by the next run", submission.fileName(),
					ex.toString());
			this.registry.fail(submissionId, ex.toString());
			throw ex;
		}
	}

	private ProcessedSubmission processInTransaction(Submission submission, Path feedbackDir, long start)
			throws IOException {
		// Opened once for validation and the feedback's sheet copies: parsing an .xls
		// (POI loads it whole) was a large share of the time per file.
		WorkbookReader original;
		try {
			original = WorkbookFiles.open(Path.of(submission.archivePath()), this.limits);
		}
		catch (WorkbookException ex) {
			return processInTransaction(submission, null, ex, feedbackDir, start);
		}
		try (original) {
			return processInTransaction(submission, original, null, feedbackDir, start);
		}
	}

	private ProcessedSubmission processInTransaction(Submission submission, WorkbookReader original,
			WorkbookException unreadable, Path feedbackDir, long start) throws IOException {
		long id = submission.id();
		ValidationOutcome outcome;
		if (original == null) {
			outcome = this.validator.unreadable(unreadable, submission.fileName(), submission.year());
		}
		else {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try (FactSink sink = new FactSink(connection, id, this.idSecret.bytes(), this.factTables)) {
				outcome = this.validator.validate(original, submission.fileName(), submission.year(), sink);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		}
		List<Finding> findings = new ArrayList<>(outcome.findings());
		String schoolCode = outcome.school().map(SchoolIdentity::code).orElse(null);
		String schoolName = outcome.school().map(SchoolIdentity::name).orElse(null);
		Integer version = null;
		if (schoolCode != null) {
			// Two files of one school in the same run: number and publish them one after
			// the other.
			this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row) -> {
			}, "submission:" + submission.year() + ":" + schoolCode);
			version = this.registry.assignSchool(id, submission.year(), schoolCode, schoolName);
			findings.addAll(this.warehouseChecks.check(id, submission.year(), schoolCode, outcome));
		}
		Map<Severity, Integer> counts = countBySeverity(findings);
		SubmissionStatus status = (counts.get(Severity.ERROR) > 0 || schoolCode == null) ? SubmissionStatus.REJECTED
				: (counts.get(Severity.WARNING) > 0) ? SubmissionStatus.ACCEPTED_WITH_WARNINGS
						: SubmissionStatus.ACCEPTED;
		if (status.accepted()) {
			this.publisher.publish(id, submission.year(), schoolCode);
		}
		else {
			this.publisher.discard(id);
		}
		this.findingStore.replace(id, findings);
		Map<String, Long> read = new LinkedHashMap<>();
		Map<String, Long> loaded = new LinkedHashMap<>();
		Map<String, Long> skipped = new LinkedHashMap<>();
		for (Map.Entry<String, SheetTally> entry : outcome.tallies().entrySet()) {
			String sheetName = io.vqr.standard.SubmissionStandard.v1().sheet(entry.getKey()).name();
			read.put(sheetName, entry.getValue().read());
			loaded.put(sheetName, status.accepted() ? entry.getValue().clean() : 0L);
			skipped.put(sheetName, entry.getValue().skipped());
		}
		Path feedbackFile = this.feedback.write(submission, original, outcome, findings, status, version, counts, read,
				loaded, feedbackDir);
		Map<String, Integer> severityCounts = new LinkedHashMap<>();
		counts.forEach((severity, count) -> severityCounts.put(severity.name(), count));
		this.registry.complete(id, status, severityCounts, read, loaded, skipped,
				(feedbackFile != null) ? feedbackFile.toString() : null, graduateIdColumn(outcome));
		return new ProcessedSubmission(id, submission.fileName(), schoolCode, status, version, counts,
				read.values().stream().mapToLong(Long::longValue).sum(),
				loaded.values().stream().mapToLong(Long::longValue).sum(),
				(feedbackFile != null) ? feedbackFile.getFileName().toString() : null,
				Duration.ofNanos(System.nanoTime() - start));
	}

	/** Where the run's cross-school ID check will say a graduate's ID is. */
	private static FileColumn graduateIdColumn(ValidationOutcome outcome) {
		ColumnRef column = outcome.columns().getOrDefault(SubmissionStandard.GRADUATES, Map.of()).get("id_number");
		return (column != null) ? new FileColumn(column.sheetName(), column.column(), column.header()) : null;
	}

	static Map<Severity, Integer> countBySeverity(List<Finding> findings) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		findings.forEach((finding) -> counts.merge(finding.severity(), 1, Integer::sum));
		return counts;
	}

}
