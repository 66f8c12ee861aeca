package io.vqr.warehouse;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	/** A row of {@code submission}, as much as the pipeline needs. */
	public record Submission(long id, int year, String schoolCode, String fileName, String sha256, Integer version,
			SubmissionStatus status, String archivePath, String feedbackPath) {
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
	 * province), in the given order.
	 * @param files distinct contents
	 * @return the new submission ids by SHA-256
	 */
	@Transactional
	public Map<String, Long> register(int year, List<NewFile> files, Long runId) {
		Map<String, Long> ids = new HashMap<>();
		if (files.isEmpty()) {
			return ids;
		}
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					with f as (
					  select * from unnest(?::text[], ?::text[], ?::bigint[], ?::text[])
					    with ordinality as f(file_name, sha256, size_bytes, archive_path, n)
					), s as (
					  insert into submission (year, file_name, sha256, size_bytes, status, archive_path, run_id)
					  select ?, file_name, sha256, size_bytes, 'PROCESSING', archive_path, ? from f order by n
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
			statement.setObject(6, runId, Types.BIGINT);
			statement.setInt(7, year);
			statement.setObject(8, runId, Types.BIGINT);
			return statement;
		}, (row) -> {
			ids.put(row.getString("sha256"), row.getLong("submission_id"));
		});
		if (ids.size() != files.size()) {
			throw new IllegalStateException("registered " + ids.size() + " of " + files.size() + " files");
		}
		return ids;
	}

	/** Records a file whose bytes were already processed under another name. */
	public void recordDuplicate(int year, String fileName, String sha256, long originalId, Long runId) {
		this.jdbc.update("""
				insert into received_file (year, file_name, sha256, submission_id, duplicate, run_id)
				values (?, ?, ?, ?, true, ?) on conflict do nothing
				""", year, fileName, sha256, originalId, runId);
	}

	/**
	 * Submissions to (re)process: new ones and those an infrastructure fault or a kill
	 * interrupted.
	 */
	public List<Submission> pending(int year) {
		return this.jdbc.query(
				"select * from submission where year = ? and status in ('PROCESSING', 'FAILED') order by submission_id",
				this::map, year);
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
	 */
	public void complete(long id, SubmissionStatus status, Map<String, Integer> severityCounts,
			Map<String, Long> rowsRead, Map<String, Long> rowsLoaded, Map<String, Long> rowsSkipped,
			String feedbackPath, FileColumn graduateIdColumn) {
		this.jdbc.update(
				"""
						update submission set status = ?, processed_at = now(), error_count = ?, warning_count = ?, info_count = ?,
						       rows_read = ?::jsonb, rows_loaded = ?::jsonb, rows_skipped = ?::jsonb, feedback_path = ?, failure = null,
						       ids_checked = false, graduate_id_sheet = ?, graduate_id_column = ?, graduate_id_header = ?
						 where submission_id = ?
						""",
				status.name(), severityCounts.getOrDefault("ERROR", 0), severityCounts.getOrDefault("WARNING", 0),
				severityCounts.getOrDefault("INFO", 0), toJson(rowsRead), toJson(rowsLoaded), toJson(rowsSkipped),
				feedbackPath, (graduateIdColumn != null) ? graduateIdColumn.sheet() : null,
				(graduateIdColumn != null) ? graduateIdColumn.column() : null,
				(graduateIdColumn != null) ? graduateIdColumn.header() : null, id);
	}

	/**
	 * Records findings added to a processed submission after the fact (the run's
	 * cross-school ID check): its status and counts.
	 */
	public void amend(long id, SubmissionStatus status, Map<String, Integer> severityCounts) {
		this.jdbc.update("""
				update submission set status = ?, error_count = ?, warning_count = ?, info_count = ?
				 where submission_id = ?
				""", status.name(), severityCounts.getOrDefault("ERROR", 0), severityCounts.getOrDefault("WARNING", 0),
				severityCounts.getOrDefault("INFO", 0), id);
	}

	/**
	 * Marks a submission whose processing failed for an infrastructure reason; it is
	 * retried by the next run. In its own transaction: the processing one is being rolled
	 * back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void fail(long id, String reason) {
		this.jdbc.update("update submission set status = 'FAILED', failure = ? where submission_id = ?", reason, id);
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
	 */
	public record Recorded(Submission submission, String schoolName, Map<String, Long> rowsRead,
			Map<String, Long> rowsLoaded, FileColumn graduateIdColumn) {
	}

	public Recorded recorded(long id) {
		return this.jdbc.queryForObject("select * from submission where submission_id = ?", (row, index) -> {
			String idColumn = row.getString("graduate_id_column");
			return new Recorded(map(row, index), row.getString("school_name"), rowCounts(row.getString("rows_read")),
					rowCounts(row.getString("rows_loaded")),
					(idColumn != null) ? new FileColumn(row.getString("graduate_id_sheet"), idColumn,
							row.getString("graduate_id_header")) : null);
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
			for (SheetDef sheet : SubmissionStandard.v1().sheets()) {
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
				row.getString("feedback_path"));
	}

}
