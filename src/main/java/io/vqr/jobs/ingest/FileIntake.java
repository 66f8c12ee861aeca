package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.standard.Severity;
import io.vqr.warehouse.Archive;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Claim;
import io.vqr.warehouse.SubmissionRegistry.NewFile;
import io.vqr.warehouse.SubmissionRegistry.Registration;
import io.vqr.warehouse.SubmissionStatus;
import io.vqr.workbook.ReadLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One file processed at once in the caller's thread (an upload through the web portal):
 * archived, registered and claimed like an inbox's files, then the same stages as the
 * ingest job ({@link SubmissionProcessor}, the hand-on, the cross-school ID check). It
 * works alongside a running ingest: the claim keeps them from processing the file twice.
 */
@Component
public class FileIntake {

	private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

	private final Archive archive;

	private final SubmissionRegistry registry;

	private final Claimant claimant;

	private final SubmissionProcessor processor;

	private final CrossSchoolWarnings crossSchool;

	private final JdbcTemplate jdbc;

	private final Duration claimTimeout;

	private final ReadLimits limits;

	public FileIntake(Archive archive, SubmissionRegistry registry, Claimant claimant, SubmissionProcessor processor,
			CrossSchoolWarnings crossSchool, JdbcTemplate jdbc,
			@Value(IngestJobConfiguration.CLAIM_TIMEOUT) Duration claimTimeout, ReadLimits limits) {
		this.limits = limits;
		this.archive = archive;
		this.registry = registry;
		this.claimant = claimant;
		this.processor = processor;
		this.crossSchool = crossSchool;
		this.jdbc = jdbc;
		this.claimTimeout = claimTimeout;
	}

	/**
	 * Processes one received file through every stage and says what became of it.
	 * @param year the reporting year
	 * @param fileName the name the school gave the file (its folders, if any, are
	 * dropped)
	 * @param uploadedFile where its bytes are now (left in place)
	 * @param feedbackDir where its feedback workbook goes
	 * @throws IOException when the file cannot be read or archived (nothing registered)
	 */
	public IntakeResult submit(int year, String fileName, Path uploadedFile, Path feedbackDir) throws IOException {
		String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
		if (!InboxScanner.isWorkbookName(name)) {
			throw new IllegalArgumentException("not a workbook (.xlsx, .xlsm, .xls): " + name);
		}
		String sha256 = Archive.sha256(uploadedFile);
		long size = Files.size(uploadedFile);
		// A file over the size limit is recorded but not archived, as in the inbox.
		Path archived = (size > this.limits.maxFileBytes()) ? null
				: this.archive.store(uploadedFile, name, year, sha256);
		Registration registration = this.registry.registerOne(year,
				new NewFile(name, sha256, size, (archived != null) ? archived.toString() : null),
				feedbackDir.toAbsolutePath().normalize().toString());
		if (registration.duplicate()) {
			log.info("{}：与提交 {} 内容相同，不再处理", UntrustedText.forLog(name), registration.submissionId());
			return recorded(registration.submissionId(), name, SubmissionStatus.DUPLICATE);
		}
		Optional<Claim> claim = this.registry.claim(registration.submissionId(), this.claimant.id(), this.claimTimeout,
				null);
		if (claim.isEmpty()) {
			// Processed already (the same file given twice), or another process is on it.
			return recorded(registration.submissionId(), name, null);
		}
		ProcessedSubmission processed = this.processor.process(claim.get(), feedbackDir);
		log.info("{} {} {}：{} 行，错误 {} 个，警告 {} 个，用时 {} 毫秒", UntrustedText.forLog(name),
				UntrustedText.forLog((processed.schoolCode() != null) ? processed.schoolCode() : "-"),
				IngestSummary.statusLabel(processed.status().name()), processed.rowsRead(),
				processed.findings().get(Severity.ERROR), processed.findings().get(Severity.WARNING),
				processed.took().toMillis());
		if (processed.status().accepted()) {
			// Checked against every other school's data now rather than at the next
			// run's end; its feedback is written again when warned.
			this.crossSchool.check(year);
		}
		IntakeResult result = recorded(processed.submissionId(), name, null);
		return (processed.failure() != null) ? withFailure(result, processed.failure()) : result;
	}

	/** What the registry holds of a submission now. */
	private IntakeResult recorded(long submissionId, String fileName, SubmissionStatus shownAs) {
		return this.jdbc.queryForObject("""
				select status, school_code, version, error_count, warning_count, info_count, rows_read::text,
				       rows_loaded::text, outcome_note, feedback_path, failure
				  from submission where submission_id = ?
				""", (row, index) -> {
			Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
			findings.put(Severity.ERROR, row.getInt("error_count"));
			findings.put(Severity.WARNING, row.getInt("warning_count"));
			findings.put(Severity.INFO, row.getInt("info_count"));
			int version = row.getInt("version");
			Integer shownVersion = row.wasNull() ? null : version;
			String schoolCode = row.getString("school_code");
			String feedback = row.getString("feedback_path");
			SubmissionStatus status = SubmissionStatus.valueOf(row.getString("status"));
			return new IntakeResult(submissionId, fileName, (shownAs != null) ? shownAs : status,
					(schoolCode != null) ? schoolCode.trim() : null, shownVersion, findings,
					sum(row.getString("rows_read")), sum(row.getString("rows_loaded")), row.getString("outcome_note"),
					(feedback != null) ? Path.of(feedback) : null,
					(status == SubmissionStatus.FAILED) ? row.getString("failure") : null);
		}, submissionId);
	}

	private static long sum(String counts) {
		return SubmissionRegistry.rowCounts(counts).values().stream().mapToLong(Long::longValue).sum();
	}

	private static IntakeResult withFailure(IntakeResult result, String failure) {
		return new IntakeResult(result.submissionId(), result.fileName(), result.status(), result.schoolCode(),
				result.version(), result.findings(), result.rowsRead(), result.rowsLoaded(), result.note(),
				result.feedbackFile(), failure);
	}

}
