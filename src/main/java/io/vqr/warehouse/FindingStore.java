package io.vqr.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The findings of submissions: written with COPY in the submission's transaction, read
 * back whole or per rule.
 */
@Component
public class FindingStore {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public FindingStore(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the findings of a submission (a redone submission must not keep an
	 * interrupted attempt's).
	 */
	public void replace(long submissionId, List<Finding> findings) {
		delete(submissionId);
		append(submissionId, 1, findings);
	}

	/** Deletes the findings of a submission, before it is processed (again). */
	public void delete(long submissionId) {
		this.jdbc.update("delete from finding where submission_id = ?", submissionId);
	}

	/** Deletes the findings of one rule of a submission (a check run again). */
	public void delete(long submissionId, Rule rule) {
		this.jdbc.update("delete from finding where submission_id = ? and rule_id = ?", submissionId, rule.id());
	}

	/** The number after the last finding of a submission, to append more after it. */
	public int nextSeq(long submissionId) {
		Integer last = this.jdbc.queryForObject("select max(seq) from finding where submission_id = ?", Integer.class,
				submissionId);
		return (last != null) ? last + 1 : 1;
	}

	/**
	 * Adds findings to a submission's, numbered from {@code firstSeq}, with COPY on the
	 * transaction's connection: a batch of a file whose findings stream in as they are
	 * found. The connection must not be in another COPY.
	 */
	public void append(long submissionId, int firstSeq, List<Finding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			try (PGCopyOutputStream out = new PGCopyOutputStream(pg, """
					copy finding (submission_id, seq, rule_id, severity, sheet, excel_row, column_letter, header,
					              value_masked, message) from stdin (format text)""", 1 << 16)) {
				int seq = firstSeq;
				StringBuilder line = new StringBuilder(256);
				for (Finding finding : findings) {
					line.setLength(0);
					append(line, submissionId).append('\t');
					append(line, seq++).append('\t');
					append(line, finding.rule().id()).append('\t');
					append(line, finding.severity().name()).append('\t');
					append(line, finding.sheet()).append('\t');
					append(line, (finding.excelRow() > 0) ? finding.excelRow() : null).append('\t');
					append(line, finding.column()).append('\t');
					append(line, finding.header()).append('\t');
					append(line, finding.value()).append('\t');
					append(line, finding.message()).append('\n');
					out.write(line.toString().getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot store findings of submission " + submissionId, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static StringBuilder append(StringBuilder line, Object value) {
		if (value instanceof String text && text.isEmpty()) {
			return line.append("\\N");
		}
		return line.append(CopyText.escape(value));
	}

	/** The findings of a submission in the order they were stored. */
	public List<Finding> load(long submissionId) {
		return this.jdbc.query("""
				select rule_id, sheet, excel_row, column_letter, header, value_masked, message
				  from finding where submission_id = ? order by seq
				""", (row, index) -> {
			String ruleId = row.getString(1);
			Rule rule = Rule.byId(ruleId)
				.orElseThrow(() -> new IllegalStateException("unknown rule " + ruleId + " in a stored finding"));
			return new Finding(rule, row.getString(2), row.getInt(3), row.getString(4), row.getString(5),
					row.getString(6), row.getString(7));
		}, submissionId);
	}

	/**
	 * The first {@code perRule} findings of each rule of a submission, in the order they
	 * were stored: what its feedback workbook lists, however many it has.
	 */
	public List<Finding> loadListed(long submissionId, int perRule) {
		return this.jdbc.query("""
				select rule_id, sheet, excel_row, column_letter, header, value_masked, message
				  from (select f.*, row_number() over (partition by rule_id order by seq) as n
				          from finding f where submission_id = ?) f
				 where n <= ? order by seq
				""", (row, index) -> finding(row), submissionId, perRule);
	}

	private static Finding finding(java.sql.ResultSet row) throws SQLException {
		String ruleId = row.getString(1);
		Rule rule = Rule.byId(ruleId)
			.orElseThrow(() -> new IllegalStateException("unknown rule " + ruleId + " in a stored finding"));
		return new Finding(rule, row.getString(2), row.getInt(3), row.getString(4), row.getString(5), row.getString(6),
				row.getString(7));
	}

	/** Counts per rule id of a submission, in the catalogue's order. */
	public Map<String, Integer> countsByRule(long submissionId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Integer> found = new java.util.HashMap<>();
		this.jdbc.query("select rule_id, count(*) from finding where submission_id = ? group by rule_id", (row) -> {
			found.put(row.getString(1), row.getInt(2));
		}, submissionId);
		for (Rule rule : Rule.values()) {
			if (found.containsKey(rule.id())) {
				counts.put(rule.id(), found.remove(rule.id()));
			}
		}
		counts.putAll(found);
		return counts;
	}

}
