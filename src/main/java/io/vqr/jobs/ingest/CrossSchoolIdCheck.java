package io.vqr.jobs.ingest;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.feedback.FeedbackWorkbookWriter;
import io.vqr.findings.Finding;
import io.vqr.standard.Rule;
import io.vqr.standard.Severity;
import io.vqr.standard.SubmissionStandard;
import io.vqr.warehouse.FindingStore;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.FileColumn;
import io.vqr.warehouse.SubmissionRegistry.Recorded;
import io.vqr.warehouse.SubmissionStatus;
import io.vqr.workbook.ReadLimits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * W-CROSS-SCHOOL-ID (a graduate's ID number is also in another school's accepted data for
 * the same year), checked once after the files of an ingest run: every submission
 * accepted since the last check against the current data of every other school, both
 * sides of a pair found in the same run included. A warned submission gets the findings,
 * its status and counts, and its feedback workbook written again.
 * <p>
 * Why not while each file is processed: two files processed at the same time could not
 * see each other's uncommitted rows, so a graduate both reported was missed, and which of
 * two files of one run was warned depended on the order the workers took them. Once per
 * run it is also one pass over the year's ID keys (an aggregate, no index to maintain)
 * instead of an index probe per graduate.
 */
@Component
public class CrossSchoolIdCheck {

	private static final Logger log = LoggerFactory.getLogger(CrossSchoolIdCheck.class);

	private final JdbcTemplate jdbc;

	private final SubmissionRegistry registry;

	private final FindingStore findingStore;

	private final FeedbackFiles feedback;

	private final ReadLimits limits;

	public CrossSchoolIdCheck(JdbcTemplate jdbc, SubmissionRegistry registry, FindingStore findingStore,
			FeedbackFiles feedback, ReadLimits limits) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.findingStore = findingStore;
		this.feedback = feedback;
		this.limits = limits;
	}

	/**
	 * What a check did.
	 *
	 * @param checked submissions checked
	 * @param warned submissions that got W-CROSS-SCHOOL-ID findings
	 * @param graduates their graduates found in another school's data
	 * @param warnedFiles the submissions warned, to hand to
	 * {@link io.vqr.warehouse.AcceptedFiles#warningsAdded} once the check has committed
	 */
	public record Result(int checked, int warned, int graduates, List<WarnedFile> warnedFiles) {

		public Result(int checked, int warned, int graduates) {
			this(checked, warned, graduates, List.of());
		}

		public Result {
			warnedFiles = List.copyOf(warnedFiles);
		}

	}

	/** A submission the check warned. */
	public record WarnedFile(long submissionId, int year, String schoolCode) {
	}

	/**
	 * A graduate's row whose ID key is in more than one row of the year's submissions.
	 */
	private record KeyRow(long submissionId, int sheetRow, String hash, String masked) {
	}

	/** A checked graduate's row and the other school that reported the same ID. */
	private record Match(KeyRow row, String otherSchool) {
	}

	/**
	 * Checks the year's accepted submissions not checked yet; all or nothing, in one
	 * transaction (the feedback workbooks are written before it commits, so a failure
	 * leaves them to be written again by the next run's check).
	 */
	@Transactional
	public Result check(int year) throws IOException {
		// Two runs of one year ending together check one after the other.
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row) -> {
		}, "cross-school-ids:" + year);
		Map<Long, String> checking = schools("""
				select submission_id, school_code from submission
				 where year = ? and not ids_checked and school_code is not null
				   and status in\s""" + SubmissionStatus.acceptedSql(), year);
		if (checking.isEmpty()) {
			return new Result(0, 0, 0);
		}
		Map<Long, String> current = schools("select submission_id, school_code from current_submission where year = ?",
				year);
		log.info("正在核查毕业生身份证号是否与其他学校重复：新文件 {} 个，对照 {} 所学校", checking.size(), current.size());
		Map<Long, List<Match>> found = matches(checking, current);
		int graduates = 0;
		List<WarnedFile> warned = new ArrayList<>();
		for (Map.Entry<Long, List<Match>> entry : found.entrySet()) {
			Recorded recorded = this.registry.recorded(entry.getKey());
			warn(recorded, findings(recorded, entry.getValue()));
			graduates += entry.getValue().size();
			warned.add(new WarnedFile(entry.getKey(), year, checking.get(entry.getKey()).trim()));
		}
		this.jdbc.update("update submission set ids_checked = true where submission_id = any(?)",
				(statement) -> statement.setArray(1, ids(statement.getConnection(), new TreeSet<>(checking.keySet()))));
		return new Result(checking.size(), found.size(), graduates, warned);
	}

	/**
	 * The matches per checked submission: from the rows whose key is in two or more of
	 * the year's submissions (one aggregate over the keys), those whose whole hash is
	 * also in another school's current submission.
	 */
	private Map<Long, List<Match>> matches(Map<Long, String> checking, Map<Long, String> current) {
		TreeSet<Long> present = new TreeSet<>(current.keySet());
		present.addAll(checking.keySet());
		// The aggregate sees a key per graduate of the year, nearly all distinct. Sorted
		// (24 MB for the 780,000 of a province, which work_mem of 16 MB embedded would
		// spill to disk) it took 0.39 s; hashed, 0.49 s, and 2.2 s against 1.3 s at four
		// times the rows, where the hash table outgrew memory.
		this.jdbc.execute("set local work_mem = '128MB'");
		this.jdbc.execute("set local enable_hashagg = off");
		// The year's new rows are usually not in the statistics yet (the last ANALYZE ran
		// for the reports of the year before): the planner then takes them for a handful
		// and joins them in a nested loop, which ran for minutes on the demo's 15,000
		// graduates of 2025 after 2024's reports. Joined by sorting or hashing, the check
		// does not depend on the statistics.
		this.jdbc.execute("set local enable_nestloop = off");
		Map<String, List<KeyRow>> byHash = new HashMap<>();
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					select g.submission_id, g.sheet_row, g.id_number_hash, g.id_number_masked
					  from fact_graduates g
					 where g.submission_id = any(?)
					   and g.id_number_key in (select id_number_key from fact_graduates where submission_id = any(?)
					                            group by id_number_key having count(*) > 1)
					""");
			Array ids = ids(connection, present);
			statement.setArray(1, ids);
			statement.setArray(2, ids);
			return statement;
		}, (row) -> {
			KeyRow keyRow = new KeyRow(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4));
			byHash.computeIfAbsent(keyRow.hash(), (hash) -> new ArrayList<>()).add(keyRow);
		});
		Map<Long, List<Match>> warned = new TreeMap<>();
		for (List<KeyRow> rows : byHash.values()) {
			for (KeyRow row : rows) {
				String school = checking.get(row.submissionId());
				if (school == null) {
					continue;
				}
				// The smallest other school code, as the message has room for one.
				rows.stream()
					.map((other) -> current.get(other.submissionId()))
					.filter((other) -> other != null && !other.equals(school))
					.min(Comparator.naturalOrder())
					.ifPresent((other) -> warned.computeIfAbsent(row.submissionId(), (id) -> new ArrayList<>())
						.add(new Match(row, other.trim())));
			}
		}
		return warned;
	}

	/** The W-CROSS-SCHOOL-ID findings of a submission's matches, in row order. */
	private static List<Finding> findings(Recorded recorded, List<Match> matches) {
		// An accepted file with graduates always had the ID column; the standard's names
		// stand in should its place be missing.
		FileColumn column = Objects.requireNonNullElse(recorded.graduateIdColumn(), new FileColumn(
				SubmissionStandard.forYear(recorded.submission().year()).sheet(SubmissionStandard.GRADUATES).name(), "",
				""));
		return matches.stream()
			.sorted(Comparator.comparingInt((match) -> match.row().sheetRow()))
			.map((match) -> Finding.ofCell(Rule.W_CROSS_SCHOOL_ID, column.sheet(), match.row().sheetRow(),
					column.column(), column.header(), match.row().masked(),
					Rule.W_CROSS_SCHOOL_ID.message(match.row().masked(), match.otherSchool())))
			.toList();
	}

	/**
	 * Adds the findings to the submission's (replacing any an interrupted check left),
	 * and records its status, counts and feedback workbook.
	 */
	private void warn(Recorded recorded, List<Finding> crossSchool) throws IOException {
		long submissionId = recorded.submission().id();
		// Its other findings stay where they are: an accepted file may have a million
		// warnings, which would all have been read back.
		this.findingStore.delete(submissionId, Rule.W_CROSS_SCHOOL_ID);
		this.findingStore.append(submissionId, this.findingStore.nextSeq(submissionId), crossSchool);
		Map<String, Integer> byRule = this.findingStore.countsByRule(submissionId);
		Map<Severity, Integer> counts = SubmissionProcessor.countBySeverity(byRule);
		// Only accepted submissions are checked, so they have no errors.
		SubmissionStatus status = SubmissionStatus.ACCEPTED_WITH_WARNINGS;
		Map<String, Integer> severityCounts = new LinkedHashMap<>();
		counts.forEach((severity, count) -> severityCounts.put(severity.name(), count));
		this.registry.amend(submissionId, status, severityCounts);
		if (recorded.submission().feedbackPath() != null && recorded.submission().archivePath() != null) {
			List<Finding> listed = this.findingStore.loadListed(submissionId, FeedbackWorkbookWriter.LISTED_PER_RULE);
			Map<Rule, Integer> notListed = new EnumMap<>(Rule.class);
			byRule.forEach((ruleId, count) -> Rule.byId(ruleId)
				.filter((rule) -> count > FeedbackWorkbookWriter.LISTED_PER_RULE)
				.ifPresent((rule) -> notListed.put(rule, count - FeedbackWorkbookWriter.LISTED_PER_RULE)));
			this.feedback.rewrite(recorded, listed, notListed, status, counts, this.limits);
			log.info("{}：{} 名毕业生也出现在其他学校的数据中（W-CROSS-SCHOOL-ID），已重写反馈工作簿",
					UntrustedText.forLog(recorded.submission().fileName()), crossSchool.size());
		}
		else {
			log.warn(
					"{}: {} graduate(s) also in another school's data (W-CROSS-SCHOOL-ID); recorded, but it has no "
							+ "feedback workbook or archived file to write the feedback from",
					UntrustedText.forLog(recorded.submission().fileName()), crossSchool.size());
		}
	}

	private Map<Long, String> schools(String sql, int year) {
		Map<Long, String> schools = new HashMap<>();
		this.jdbc.query(sql, (row) -> {
			schools.put(row.getLong(1), row.getString(2));
		}, year);
		return schools;
	}

	private static Array ids(Connection connection, TreeSet<Long> ids) throws SQLException {
		return connection.createArrayOf("bigint", ids.toArray(Long[]::new));
	}

}
