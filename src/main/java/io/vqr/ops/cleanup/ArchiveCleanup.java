package io.vqr.ops.cleanup;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.warehouse.SubmissionStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes archived workbooks nobody needs any more: those of submissions processed before
 * the cut-off that are not the current submission of their school and year and not the
 * school's latest file of that year (superseded versions and rejected files a later file
 * replaced; unreadable files with no school). The warehouse keeps the facts of every
 * accepted version, the registry row and findings stay; only the workbook goes, and the
 * row's archive_path is cleared. Files still to be processed are never touched, nor the
 * official file, the file under review and the newest file that passed the rules of a
 * school-year (the one an unlock puts under review).
 */
@Component
public class ArchiveCleanup {

	private static final Logger log = LoggerFactory.getLogger(ArchiveCleanup.class);

	private static final String REMOVABLE = """
			select s.submission_id, s.year, s.school_code, s.file_name, s.sha256, s.archive_path, s.status
			  from submission s
			 where s.archive_path is not null
			   and s.status in %s
			   and s.processed_at < ?
			   and not exists (select 1 from current_submission c where c.submission_id = s.submission_id)
			   and not exists (select 1 from school_year y where y.review_submission_id = s.submission_id)
			   and not (s.status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')
			            and not exists (select 1 from submission newer
			                             where newer.year = s.year and newer.school_code = s.school_code
			                               and newer.submission_id > s.submission_id
			                               and newer.status in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')))
			   and (s.school_code is null
			        or exists (select 1 from submission later
			                    where later.year = s.year and later.school_code = s.school_code
			                      and later.submission_id > s.submission_id))
			 order by s.submission_id
			""".formatted(SubmissionStatus.sql(
			EnumSet.of(SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED_WITH_WARNINGS, SubmissionStatus.REJECTED)));

	private final JdbcTemplate jdbc;

	public ArchiveCleanup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An archived workbook removed (or that would be). */
	public record RemovedFile(long submissionId, int year, String schoolCode, String fileName, String status, Path path,
			long bytes) {
	}

	public List<RemovedFile> remove(OffsetDateTime processedBefore, boolean dryRun) throws IOException {
		List<RemovedFile> removed = new ArrayList<>();
		List<Candidate> candidates = this.jdbc.query(REMOVABLE, (row, index) -> new Candidate(
				new RemovedFile(row.getLong("submission_id"), row.getInt("year"), trim(row.getString("school_code")),
						row.getString("file_name"), row.getString("status"), Path.of(row.getString("archive_path")), 0),
				row.getString("sha256")), processedBefore);
		for (Candidate found : candidates) {
			RemovedFile candidate = found.file();
			String sha256 = found.sha256();
			Path folder = candidate.path().getParent();
			if (folder == null || !folder.getFileName().toString().equals(sha256)) {
				log.warn("Not removing {}: not in the archive's <year>/<sha256>/ layout", candidate.path());
				continue;
			}
			long bytes = Files.exists(candidate.path()) ? Files.size(candidate.path()) : 0;
			if (!dryRun) {
				Files.deleteIfExists(candidate.path());
				try {
					Files.deleteIfExists(folder);
				}
				catch (DirectoryNotEmptyException ex) {
					// another name of the same bytes is still there
				}
				this.jdbc.update("update submission set archive_path = null where submission_id = ?",
						candidate.submissionId());
			}
			removed.add(new RemovedFile(candidate.submissionId(), candidate.year(), candidate.schoolCode(),
					candidate.fileName(), candidate.status(), candidate.path(), bytes));
		}
		return removed;
	}

	private record Candidate(RemovedFile file, String sha256) {
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

}
