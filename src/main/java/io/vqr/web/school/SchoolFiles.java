package io.vqr.web.school;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.vqr.web.Masking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A school's own files and their findings. Every query names the school: a file id of
 * another school finds nothing, whoever asks.
 */
@Component
public class SchoolFiles {

	private final JdbcTemplate jdbc;

	public SchoolFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A processed (or processing) file of the school. */
	public record SchoolFile(long id, int year, String fileName, Integer version, String status, Instant receivedAt,
			Instant processedAt, int errors, int warnings, boolean hasFeedback, Long supersededBy) {

		public String statusLabel() {
			return switch (this.status) {
				case "ACCEPTED" -> "通过校验";
				case "ACCEPTED_WITH_WARNINGS" -> "通过校验（有警告）";
				case "REJECTED" -> "未通过校验";
				case "FAILED" -> "处理失败，将自动重试";
				default -> "处理中";
			};
		}

		public boolean passed() {
			return this.status.startsWith("ACCEPTED");
		}

	}

	/** One finding as shown: sheet, row, column, value (masked), message. */
	public record FindingRow(String ruleId, String severity, String sheet, Integer row, String column, String header,
			String value, String message) {

		public String severityLabel() {
			return switch (this.severity) {
				case "ERROR" -> "错误";
				case "WARNING" -> "警告";
				default -> "提示";
			};
		}

	}

	private static final String FILE_COLUMNS = "submission_id, year, file_name, version, status, received_at,"
			+ " processed_at, error_count, warning_count, feedback_path, superseded_by";

	public List<SchoolFile> history(int year, String schoolCode) {
		return this.jdbc.query(
				"select " + FILE_COLUMNS
						+ " from submission where year = ? and school_code = ? order by submission_id desc",
				this::file, year, schoolCode);
	}

	public Optional<SchoolFile> find(long id, String schoolCode) {
		return this.jdbc
			.query("select " + FILE_COLUMNS + " from submission where submission_id = ? and school_code = ?",
					this::file, id, schoolCode)
			.stream()
			.findFirst();
	}

	/** The feedback workbook of a file of the school, if it has one. */
	public Optional<Path> feedback(long id, String schoolCode) {
		return this.jdbc
			.queryForList("select feedback_path from submission where submission_id = ? and school_code = ?"
					+ " and feedback_path is not null", String.class, id, schoolCode)
			.stream()
			.findFirst()
			.map(Path::of);
	}

	public List<FindingRow> findings(long id, String schoolCode) {
		return this.jdbc.query("""
				select f.rule_id, f.severity, f.sheet, f.excel_row, f.column_letter, f.header, f.value_masked, f.message
				  from finding f join submission s using (submission_id)
				 where f.submission_id = ? and s.school_code = ?
				 order by case f.severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, f.seq""",
				(row, i) -> new FindingRow(row.getString(1), row.getString(2), row.getString(3),
						(Integer) row.getObject(4), row.getString(5), row.getString(6), Masking.text(row.getString(7)),
						Masking.text(row.getString(8))),
				id, schoolCode);
	}

	/** The school's name as its latest file gives it, if any. */
	public Optional<String> schoolName(String schoolCode) {
		return this.jdbc
			.queryForList("select school_name from submission where school_code = ? and school_name is not null"
					+ " order by submission_id desc limit 1", String.class, schoolCode)
			.stream()
			.findFirst()
			.or(() -> this.jdbc
				.queryForList("select school_name from school_roster where school_code = ? order by year desc limit 1",
						String.class, schoolCode)
				.stream()
				.findFirst());
	}

	private SchoolFile file(java.sql.ResultSet row, int i) throws java.sql.SQLException {
		java.sql.Timestamp processed = row.getTimestamp("processed_at");
		Number superseded = (Number) row.getObject("superseded_by");
		return new SchoolFile(row.getLong("submission_id"), row.getInt("year"), row.getString("file_name"),
				(Integer) row.getObject("version"), row.getString("status"),
				row.getTimestamp("received_at").toInstant(), (processed != null) ? processed.toInstant() : null,
				row.getInt("error_count"), row.getInt("warning_count"), row.getString("feedback_path") != null,
				(superseded != null) ? superseded.longValue() : null);
	}

}
