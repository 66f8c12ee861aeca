package io.vqr.warehouse;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of files received and submissions processed: what is new in an inbox, what
 * is a duplicate, which version a submission is, and its outcome and counts.
 */
@Component
public class SubmissionRegistry {

	private static final ObjectMapper json = new ObjectMapper();

	private final JdbcTemplate jdbc;

	public SubmissionRegistry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A row of {@code submission}, as much as the pipeline needs.
	 *
	 * @param archivePath the archived file, or null for a file over the size limit (never
	 * archived) or one whose archived copy was cleaned up
	 * @param feedbackDir where its feedback workbook goes (the folder of the inbox or
	 * upload it came through), or null for files registered before it was recorded
	 */
	public record Submission(long id, int year, String schoolCode, String fileName, String sha256, Integer version,
			SubmissionStatus status, String archivePath, String feedbackPath, String feedbackDir, long sizeBytes) {
	}

	/**
	 * Serializes inbox scans of one year until the scan's transaction ends: a scan reads
	 * what the year holds once, then registers against it.
	 */
	public void lockYearForScan(int year) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row) -> {
		}, "inbox-scan:" + year);
	}

	/** The files received for a year, as {@link #receivedKey} keys. */
	public Set<String> receivedFiles(int year) {
		Set<String> keys = new HashSet<>();
		this.jdbc.query("select file_name, sha256 from received_file where year = ?", (row) -> {
			keys.add(receivedKey(row.getString(1), row.getString(2)));
		}, year);
		return keys;
	}

	/** A received file's name and content, as one key. */
	public static String receivedKey(String fileName, String sha256) {
		return sha256 + "/" + fileName;
	}

	/** The year's submissions by the SHA-256 of their content. */
	public Map<String, Submission> submissionsBySha256(int year) {
		Map<String, Submission> submissions = new HashMap<>();
		this.jdbc.query("select * from submission where year = ?", (row) -> {
			Submission submission = map(row, 0);
			submissions.put(submission.sha256(), submission);
		}, year);
		return submissions;
	}

	public Submission get(long id) {
		return this.jdbc.queryForObject("select * from submission where submission_id = ?", this::map, id);
	}

	/** A file to register: its name in the inbox, content, size and archived copy. */
	public record NewFile(String fileName, String sha256, long sizeBytes, String archivePath) {
	}

	/**
	 * Registers new file contents for processing and the file names they came under, all
	 * in one statement (one round trip per file was a third of the inbox scan of a
	 * province), in the given order, free to take ({@link SubmissionStatus#RECEIVED}).
	 * @param files distinct contents
	 * @param feedbackDir where their feedback workbooks go, whoever processes them
	 * @return the new submission ids by SHA-256
	 */
	@Transactional
	public Map<String, Long> register(int year, List<NewFile> files, Long runId, String feedbackDir) {
		Map<String, Long> ids = new HashMap<>();
		if (files.isEmpty()) {
			return ids;
		}
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"""
							with f as (
							  select * from unnest(?::text[], ?::text[], ?::bigint[], ?::text[])
							    with ordinality as f(file_name, sha256, size_bytes, archive_path, n)
							), s as (
							  insert into submission (year, file_name, sha256, size_bytes, status, archive_path, run_id, feedback_dir)
							  select ?, file_name, sha256, size_bytes, ?, archive_path, ?, ? from f order by n
							  returning submission_id, sha256
							), r as (
							  insert into received_file (year, file_name, sha256, submission_id, duplicate, run_id)
							  select ?, f.file_name, f.sha256, s.submission_id, false, ? from f join s on s.sha256 = f.sha256
							)
							select submission_id, sha256 from s
							""");
			statement.setArray(1, connection.createArrayOf("text", files.stream().map(NewFile::fileName).toArray()));
			statement.setArray(2, connection.createArrayOf("text", files.stream().map(NewFile::sha256).toArray()));
			statement.setArray(3, connection.createArrayOf("bigint", files.stream().map(NewFile::sizeBytes).toArray()));
			statement.setArray(4, connection.createArrayOf("text", files.stream().map(NewFile::archivePath).toArray()));
			statement.setInt(5, year);
			statement.setString(6, SubmissionStatus.RECEIVED.name());
			statement.setObject(7, runId, Types.BIGINT);
			statement.setString(8, feedbackDir);
			statement.setInt(9, year);
			statement.setObject(10, runId, Types.BIGINT);
			return statement;
		}, (row) -> {
			ids.put(row.getString("sha256"), row.getLong("submission_id"));
		});
		if (ids.size() != files.size()) {
			throw new IllegalStateException("registered " + ids.size() + " of " + files.size() + " files");
		}
		return ids;
	}

	/**
	 * What registering one received file (an upload) found.
	 *
	 * @param submissionId its submission, or the earlier one with the same bytes
	 * @param duplicate the same bytes were received before under another name
	 * @param receivedBefore this very file (name and bytes) was received before
	 */
	public record Registration(long submissionId, boolean duplicate, boolean receivedBefore) {
	}

	/**
	 * Registers one received file, as an inbox scan registers each of its files: new
	 * bytes become a submission free to take; bytes received before under another name
	 * are recorded as its duplicate; the same name and bytes again are the same file.
	 */
	@Transactional
	public Registration registerOne(int year, NewFile file, String feedbackDir) {
		lockYearForScan(year);
		List<Object[]> received = this.jdbc.query(
				"select submission_id, duplicate from received_file where year = ? and file_name = ? and sha256 = ?",
				(row, index) -> new Object[] { row.getLong(1), row.getBoolean(2) }, year, file.fileName(),
				file.sha256());
		if (!received.isEmpty()) {
			return new Registration((Long) received.get(0)[0], (Boolean) received.get(0)[1], true);
		}
		List<Long> earlier = this.jdbc.queryForList(
				"select submission_id from submission where year = ? and sha256 = ?", Long.class, year, file.sha256());
		if (!earlier.isEmpty()) {
			recordDuplicate(year, file.fileName(), file.sha256(), earlier.get(0), null);
			return new Registration(earlier.get(0), true, false);
		}
		long id = register(year, List.of(file), null, feedbackDir).get(file.sha256());
		return new Registration(id, false, false);
	}

	/** Records a file whose bytes were already processed under another name. */
	public void recordDuplicate(int year, String fileName, String sha256, long originalId, Long runId) {
		this.jdbc.update("""
				insert into received_file (year, file_name, sha256, submission_id, duplicate, run_id)
				values (?, ?, ?, ?, true, ?) on conflict do nothing
				""", year, fileName, sha256, originalId, runId);
	}

	/**
	 * Who claims files: a number whose advisory lock the claimant's own database session
	 * holds while its process lives, and words for people (host, process).
	 */
	public record ClaimantId(long id, String label) {
	}

	/**
	 * A claim on one submission: its number fences every later write of the claimant (a
	 * claim taken over makes them change nothing).
	 *
	 * @param takenOver who held the claim before, when it was taken over (else null)
	 */
	public record Claim(long submissionId, long claimId, SubmissionStatus was, String takenOver) {
	}

	/**
	 * The advisory lock space of claimants (the two-int form, apart from the one-bigint
	 * keys vqr's other locks use).
	 */
	public static final int CLAIMANT_LOCK_SPACE = 0x76717201;

	/**
	 * Which claims may be taken: a file received; one failed before {@code failedBefore}
	 * (so a run does not retake what it failed itself); one claimed whose claim expired,
	 * or whose claimant's session is gone (its process stopped: the claimant's lock is
	 * free). Rows locked by a claimant working on them are skipped.
	 */
	private static final String FREE = """
			   (s.status = '%s'
			    or (s.status = '%s' and (s.failed_at is null or s.failed_at < ?))
			    or (s.status = '%s'
			        and (s.claim_expires_at is null or s.claim_expires_at < now()
			             or (s.claimant is not null
			                 and pg_try_advisory_xact_lock(%d, s.claimant::int)))))
			""".formatted(SubmissionStatus.RECEIVED, SubmissionStatus.FAILED, SubmissionStatus.PROCESSING,
			CLAIMANT_LOCK_SPACE);

	private static final String CLAIM = """
			with next as (
			  select s.submission_id, s.status as was, s.claimed_by as was_claimed_by from submission s
			   where %s
			   order by s.submission_id limit 1
			   for update skip locked
			)
			update submission s set status = '%s', claim_id = nextval('submission_claim_seq'),
			       claimant = ?, claimed_by = ?, claimed_at = now(), claim_expires_at = now() + ? * interval '1 second',
			       claim_run = ?
			  from next where s.submission_id = next.submission_id
			returning s.submission_id, s.claim_id, next.was, next.was_claimed_by
			""";

	/**
	 * Claims the year's next file free to take (in the order received), in a transaction
	 * of its own; none when nothing is free.
	 * @param timeout how long the claim holds without its claimant working on it
	 * @param failedBefore files that failed before this time are taken again
	 * @param run the run that claims, or null
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Claim> claimNext(int year, ClaimantId claimant, Duration timeout, OffsetDateTime failedBefore,
			Long run) {
		return claimWhere("s.year = ? and " + FREE, claimant, timeout, run, year, failedBefore);
	}

	/**
	 * Claims one submission (an upload processed at once), in a transaction of its own:
	 * when it is received or failed, or its claim may be taken over; none when another
	 * process is working on it or it has its outcome.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Claim> claim(long submissionId, ClaimantId claimant, Duration timeout, Long run) {
		return claimWhere("s.submission_id = ? and " + FREE, claimant, timeout, run, submissionId,
				OffsetDateTime.now().plusYears(1));
	}

	private Optional<Claim> claimWhere(String where, ClaimantId claimant, Duration timeout, Long run, Object key,
			OffsetDateTime failedBefore) {
		List<Claim> claims = this.jdbc.query(CLAIM.formatted(where, SubmissionStatus.PROCESSING), (row, index) -> {
			String was = row.getString("was");
			return new Claim(row.getLong("submission_id"), row.getLong("claim_id"), SubmissionStatus.valueOf(was),
					SubmissionStatus.valueOf(was) == SubmissionStatus.PROCESSING ? row.getString("was_claimed_by")
							: null);
		}, key, failedBefore, claimant.id(), claimant.label(), timeout.toSeconds(), run);
		return claims.stream().findFirst();
	}

	/** How many of the year's files are free to take now (see {@link #claimNext}). */
	public int countFree(int year, OffsetDateTime failedBefore) {
		// Counting must not take any claimant's lock: expired or abandoned claims are
		// counted as free once their claimant's lock is found free by a claim.
		Integer count = this.jdbc.queryForObject("""
				select count(*) from submission s
				 where s.year = ? and (s.status in %s or (s.status = '%s' and (s.failed_at is null or s.failed_at < ?)))
				""".formatted(SubmissionStatus.sql(EnumSet.of(SubmissionStatus.RECEIVED, SubmissionStatus.PROCESSING)),
				SubmissionStatus.FAILED), Integer.class, year, failedBefore);
		return (count != null) ? count : 0;
	}

	/**
	 * Locks the claimed submission's row for the caller's transaction, so no one can take
	 * the claim over while the file is being staged.
	 * @throws ClaimLostException when the claim was taken over
	 */
	public Submission lockClaimed(Claim claim) {
		List<Submission> rows = this.jdbc.query("""
				select * from submission where submission_id = ? and claim_id = ? and status = '%s'
				   for update
				""".formatted(SubmissionStatus.PROCESSING), this::map, claim.submissionId(), claim.claimId());
		if (rows.isEmpty()) {
			throw new ClaimLostException(claim);
		}
		return rows.get(0);
	}

	/** Another process took over a claim this one still worked on. */
	public static final class ClaimLostException extends IllegalStateException {

		public ClaimLostException(Claim claim) {
			super("submission " + claim.submissionId() + " was taken over by another process (claim " + claim.claimId()
					+ " lost)");
		}

	}

	/**
	 * Sets the school and the next version number of the school's submissions for the
	 * year (versions count every processed submission of the school, accepted or not).
	 * Idempotent for a submission being redone.
	 */
	public int assignSchool(long id, int year, String schoolCode, String schoolName) {
		Integer version = this.jdbc.queryForObject("""
				update submission set school_code = ?, school_name = ?,
				       version = coalesce(version, (select coalesce(max(version), 0) + 1 from submission
				                                     where year = ? and school_code = ? and submission_id <> ?))
				 where submission_id = ? returning version
				""", Integer.class, schoolCode, schoolName, year, schoolCode, id, id);
		return (version != null) ? version : 1;
	}

	/**
	 * Where a column was in the school's file: sheet name, column letter and header as
	 * the file writes them.
	 */
	public record FileColumn(String sheet, String column, String header) {
	}

	/**
	 * Records the outcome of a processed submission; the cross-school ID check of the run
	 * has yet to see it.
	 * @param graduateIdColumn where the graduates' ID numbers were, or null
	 * @param outcomeNote what becomes of the accepted file, or null
	 * @throws ClaimLostException when another process took the claim over
	 */
	public void complete(Claim claim, SubmissionStatus status, Map<String, Integer> severityCounts,
			Map<String, Long> rowsRead, Map<String, Long> rowsLoaded, Map<String, Long> rowsSkipped,
			String feedbackPath, FileColumn graduateIdColumn, String outcomeNote) {
		if (!status.outcome()) {
			throw new IllegalArgumentException("not an outcome: " + status);
		}
		int updated = this.jdbc.update(
				"""
						update submission set status = ?, processed_at = now(), error_count = ?, warning_count = ?, info_count = ?,
						       rows_read = ?::jsonb, rows_loaded = ?::jsonb, rows_skipped = ?::jsonb, feedback_path = ?, failure = null,
						       ids_checked = false, graduate_id_sheet = ?, graduate_id_column = ?, graduate_id_header = ?,
						       claim_expires_at = null, outcome_note = ?
						 where submission_id = ? and claim_id = ? and status in\s"""
						+ SubmissionStatus.sql(SubmissionStatus.from(status)),
				status.name(), severityCounts.getOrDefault("ERROR", 0), severityCounts.getOrDefault("WARNING", 0),
				severityCounts.getOrDefault("INFO", 0), toJson(rowsRead), toJson(rowsLoaded), toJson(rowsSkipped),
				feedbackPath, (graduateIdColumn != null) ? graduateIdColumn.sheet() : null,
				(graduateIdColumn != null) ? graduateIdColumn.column() : null,
				(graduateIdColumn != null) ? graduateIdColumn.header() : null, outcomeNote, claim.submissionId(),
				claim.claimId());
		if (updated != 1) {
			throw new ClaimLostException(claim);
		}
	}

	/**
	 * Records findings added to a processed submission after the fact (the run's
	 * cross-school ID check): its status and counts.
	 */
	public void amend(long id, SubmissionStatus status, Map<String, Integer> severityCounts) {
		this.jdbc.update("""
				update submission set status = ?, error_count = ?, warning_count = ?, info_count = ?
				 where submission_id = ? and status in\s""" + SubmissionStatus.sql(SubmissionStatus.from(status)),
				status.name(), severityCounts.getOrDefault("ERROR", 0), severityCounts.getOrDefault("WARNING", 0),
				severityCounts.getOrDefault("INFO", 0), id);
	}

	/**
	 * Records that processing a claimed submission failed for an infrastructure reason; a
	 * later run takes it again. Called after the transaction that staged it has ended
	 * (rolled back), never from inside it: that one may hold the row's lock.
	 * @return whether the claim was still this claimant's
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean fail(Claim claim, String reason) {
		return this.jdbc.update(
				"""
						update submission set status = ?, failure = ?, failed_at = now(), claim_expires_at = null
						 where submission_id = ? and claim_id = ? and status in\s"""
						+ SubmissionStatus.sql(SubmissionStatus.from(SubmissionStatus.FAILED)),
				SubmissionStatus.FAILED.name(), reason, claim.submissionId(), claim.claimId()) == 1;
	}

	/**
	 * Records that an accepted submission was handed on (made official or sent to
	 * review).
	 */
	public void handedOn(long id) {
		this.jdbc.update("update submission set handed_on_at = now() where submission_id = ?", id);
	}

	/** The year's accepted submissions a failure left before they were handed on. */
	public List<Submission> acceptedNotHandedOn(int year) {
		return this.jdbc.query("select * from submission where year = ? and handed_on_at is null and status in "
				+ SubmissionStatus.acceptedSql() + " order by submission_id", this::map, year);
	}

	private static String toJson(Map<String, ?> counts) {
		try {
			return json.writeValueAsString(counts);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What processing recorded of a submission, enough to write its feedback workbook
	 * again.
	 *
	 * @param graduateIdColumn where the graduates' ID numbers were, or null
	 * @param outcomeNote what its feedback said becomes of it, or null
	 */
	public record Recorded(Submission submission, String schoolName, Map<String, Long> rowsRead,
			Map<String, Long> rowsLoaded, FileColumn graduateIdColumn, String outcomeNote) {
	}

	public Recorded recorded(long id) {
		return this.jdbc.queryForObject("select * from submission where submission_id = ?", (row, index) -> {
			String idColumn = row.getString("graduate_id_column");
			return new Recorded(map(row, index), row.getString("school_name"), rowCounts(row.getString("rows_read")),
					rowCounts(row.getString("rows_loaded")),
					(idColumn != null) ? new FileColumn(row.getString("graduate_id_sheet"), idColumn,
							row.getString("graduate_id_header")) : null,
					row.getString("outcome_note"));
		}, id);
	}

	/**
	 * Row counts per sheet as the registry stores them (jsonb), in the standard's sheet
	 * order (jsonb keeps its own key order).
	 */
	public static Map<String, Long> rowCounts(String text) {
		try {
			Map<String, Long> stored = json.readValue(text, new TypeReference<LinkedHashMap<String, Long>>() {
			});
			Map<String, Long> ordered = new LinkedHashMap<>();
			for (SheetDef sheet : SubmissionStandard.allSheets()) {
				Long count = stored.remove(sheet.name());
				if (count != null) {
					ordered.put(sheet.name(), count);
				}
			}
			ordered.putAll(stored);
			return ordered;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("bad counts in the registry: " + text, ex);
		}
	}

	private Submission map(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		int version = row.getInt("version");
		Integer recordedVersion = row.wasNull() ? null : version;
		return new Submission(row.getLong("submission_id"), row.getInt("year"), row.getString("school_code"),
				row.getString("file_name"), row.getString("sha256"), recordedVersion,
				SubmissionStatus.valueOf(row.getString("status")), row.getString("archive_path"),
				row.getString("feedback_path"), row.getString("feedback_dir"), row.getLong("size_bytes"));
	}

}
