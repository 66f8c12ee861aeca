package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.vqr.feedback.FeedbackStatus;
import io.vqr.review.ReviewState;
import io.vqr.warehouse.FindingStore;
import io.vqr.warehouse.SubmissionRegistry;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run summary of the contract ({@code --summary FILE}): run id, year, start and end,
 * and per file its name, sha256, school, status, rows read and loaded per sheet, findings
 * per rule id, feedback file name and, for an accepted file, what becomes of it when
 * review has something to say ({@code note}). A run's files are those it received and
 * those it processed (left by an earlier run, or received by another process); a file it
 * received that another process is still working on shows as {@code PROCESSING}.
 */
@Component
public class IngestSummary {

	private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT);

	private final JdbcTemplate jdbc;

	private final FindingStore findings;

	private final JobExplorer explorer;

	public IngestSummary(JdbcTemplate jdbc, FindingStore findings, JobExplorer explorer) {
		this.jdbc = jdbc;
		this.findings = findings;
		this.explorer = explorer;
	}

	/** What the inbox held that the run refused to read, and why (in Chinese). */
	public record RefusedFile(String fileName, String reason) {
	}

	/**
	 * A file's status as the data office reads it: an outcome as the school's feedback
	 * says it, the states on the way in words.
	 */
	public static String statusLabel(String status) {
		return switch (status) {
			case "FAILED" -> "处理失败（下次运行重试）";
			case "PROCESSING" -> "处理中";
			case "RECEIVED" -> "待处理";
			default -> FeedbackStatus.valueOf(status).label();
		};
	}

	/** Files per status, in words: 已通过 3 个，未通过 1 个. */
	public static String totalsText(Map<String, Integer> totals) {
		StringJoiner text = new StringJoiner("，");
		totals.forEach((status, count) -> text.add(statusLabel(status) + " " + count + " 个"));
		return text.toString();
	}

	/** Why a symbolic link in the inbox was not read. */
	public static final String LINK_REFUSED = "符号链接，未读取：收件箱只接受直接放入的工作簿文件，不跟随链接。请把工作簿本身（而不是指向它的链接）放入收件箱。";

	public record FileSummary(String fileName, String sha256, String schoolCode, String status, Integer version,
			Map<String, Long> rowsRead, Map<String, Long> rowsLoaded, Map<String, Long> rowsSkipped,
			Map<String, Integer> findingsByRule, String feedbackFile, String note, String reviewState) {
	}

	/**
	 * @param reviewTotals the run's schools per review state, at the end of the run
	 * @param refused what the inbox held that the run did not read (symbolic links)
	 */
	public record RunSummary(long runId, int year, OffsetDateTime start, OffsetDateTime end,
			Map<String, Integer> totals, Map<String, Integer> reviewTotals, List<FileSummary> files,
			List<RefusedFile> refused) {
	}

	public RunSummary build(long runId, int year, OffsetDateTime start, OffsetDateTime end) {
		List<FileSummary> files = new ArrayList<>();
		// Where review stands for each school of the run: beside each file's outcome.
		Map<String, String> reviewStates = new HashMap<>();
		this.jdbc.query("select trim(school_code), state from school_year where year = ?", (row) -> {
			reviewStates.put(row.getString(1), row.getString(2));
		}, year);
		this.jdbc.query("""
				select r.file_name, r.sha256, r.duplicate, s.submission_id, s.school_code, s.status, s.version,
				       s.rows_read::text, s.rows_loaded::text, s.rows_skipped::text, s.feedback_path, s.outcome_note,
				       r.received_at
				  from received_file r join submission s on s.submission_id = r.submission_id
				 where r.run_id = ? and r.year = ?
				union all
				select s.file_name, s.sha256, false, s.submission_id, s.school_code, s.status, s.version,
				       s.rows_read::text, s.rows_loaded::text, s.rows_skipped::text, s.feedback_path, s.outcome_note,
				       s.received_at
				  from submission s
				 where s.claim_run = ? and s.year = ? and s.run_id is distinct from s.claim_run
				 order by 13, 1
				""", (row) -> {
			boolean duplicate = row.getBoolean("duplicate");
			int version = row.getInt("version");
			Integer shownVersion = row.wasNull() ? null : version;
			String feedback = row.getString("feedback_path");
			files.add(new FileSummary(row.getString("file_name"), row.getString("sha256"),
					trim(row.getString("school_code")), duplicate ? "DUPLICATE" : row.getString("status"),
					duplicate ? null : shownVersion,
					duplicate ? Map.of() : SubmissionRegistry.rowCounts(row.getString(8)),
					duplicate ? Map.of() : SubmissionRegistry.rowCounts(row.getString(9)),
					duplicate ? Map.of() : SubmissionRegistry.rowCounts(row.getString(10)),
					duplicate ? Map.of() : this.findings.countsByRule(row.getLong("submission_id")),
					(duplicate || feedback == null) ? null : Path.of(feedback).getFileName().toString(),
					duplicate ? null : row.getString("outcome_note"),
					reviewState(reviewStates, trim(row.getString("school_code")))));
		}, runId, year, runId, year);
		Map<String, Integer> totals = new LinkedHashMap<>();
		files.forEach((file) -> totals.merge(file.status(), 1, Integer::sum));
		Map<String, Integer> reviewTotals = new LinkedHashMap<>();
		for (ReviewState state : ReviewState.values()) {
			reviewTotals.put(state.name(), 0);
		}
		files.stream()
			.filter((file) -> file.schoolCode() != null)
			.collect(Collectors.toMap(FileSummary::schoolCode, FileSummary::reviewState, (first, second) -> first))
			.values()
			.forEach((state) -> reviewTotals.merge(state, 1, Integer::sum));
		return new RunSummary(runId, year, start, end, totals, reviewTotals, files, refused(runId));
	}

	/**
	 * The symbolic links the run's inbox scan refused, from its step's execution context.
	 */
	private List<RefusedFile> refused(long runId) {
		List<RefusedFile> refused = new ArrayList<>();
		JobInstance instance = this.explorer.getJobInstance(runId);
		if (instance == null) {
			return refused;
		}
		for (JobExecution execution : this.explorer.getJobExecutions(instance)) {
			for (StepExecution step : execution.getStepExecutions()) {
				if (step.getExecutionContext().get(IngestRunState.REFUSED_LINKS) instanceof List<?> names) {
					names.forEach((name) -> refused.add(new RefusedFile(String.valueOf(name), LINK_REFUSED)));
				}
			}
		}
		return refused;
	}

	private static String reviewState(Map<String, String> states, String schoolCode) {
		return (schoolCode != null) ? states.getOrDefault(schoolCode, ReviewState.NOT_SUBMITTED.name()) : null;
	}

	public void write(RunSummary summary, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		json.writeValue(file.toFile(), summary);
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

}
