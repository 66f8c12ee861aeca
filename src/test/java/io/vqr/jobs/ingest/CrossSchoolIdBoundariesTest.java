package io.vqr.jobs.ingest;

import java.io.IOException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.vqr.findings.Finding;
import io.vqr.ops.MigratedDatabase;
import io.vqr.standard.Rule;
import io.vqr.test.TestsRule;
import io.vqr.warehouse.FindingStore;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.workbook.ReadLimits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * W-CROSS-SCHOOL-ID at its boundaries, against a migrated warehouse: the same ID number
 * in another school's accepted data of the same year warns; the same number in another
 * year, in the school's own earlier file, in a rejected file, or a different number whose
 * key (the hash's first eight bytes) collides does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSchoolIdBoundariesTest {

	private JdbcTemplate jdbc;

	private CrossSchoolIdCheck check;

	private TransactionTemplate transaction;

	private FindingStore findings;

	private int year = 2030;

	@BeforeAll
	void migrate() {
		DataSource dataSource = MigratedDatabase.create("cross_school_ids");
		this.jdbc = new JdbcTemplate(dataSource);
		this.findings = new FindingStore(dataSource, this.jdbc);
		this.check = new CrossSchoolIdCheck(this.jdbc, new SubmissionRegistry(this.jdbc), this.findings,
				new FeedbackFiles(), ReadLimits.defaults());
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/** A hash of 64 hex digits: {@code prefix} (16) then {@code rest} repeated. */
	private static String hash(String prefix, char rest) {
		return prefix + String.valueOf(rest).repeat(48);
	}

	/**
	 * A submission with one graduate per hash (rows 2, 3, ...), current for its school
	 * and year when accepted; {@code checked} when an earlier run's check has seen it.
	 */
	private long submission(String school, int year, String status, boolean checked, String... hashes) {
		Long id = this.jdbc.queryForObject("""
				insert into submission (year, school_code, file_name, sha256, size_bytes, status, ids_checked,
				                        graduate_id_sheet, graduate_id_column, graduate_id_header)
				values (?, ?, ?, md5(random()::text) || md5(random()::text), 1, ?, ?, '毕业生去向', 'C', '身份证号')
				returning submission_id
				""", Long.class, year, school, school + "_" + year + ".xlsx", status, checked);
		for (int i = 0; i < hashes.length; i++) {
			this.jdbc.update("""
					insert into fact_graduates (submission_id, sheet_row, student_no, name, id_number_hash,
					                            id_number_masked, gender, major_code, destination, id_number_key)
					values (?, ?, ?, '毕业生', ?, ?, '男', '710201', '10', ('x' || substr(?, 1, 16))::bit(64)::bigint)
					""", id, i + 2, "S" + i, hashes[i], "440111********" + String.format("%04d", i), hashes[i]);
		}
		if (!status.equals("REJECTED")) {
			this.jdbc.update("""
					insert into current_submission (year, school_code, submission_id) values (?, ?, ?)
					on conflict (year, school_code) do update set submission_id = excluded.submission_id
					""", year, school, id);
		}
		return id;
	}

	private CrossSchoolIdCheck.Result check(int year) {
		return this.transaction.execute((status) -> {
			try {
				return this.check.check(year);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** What the check counted: submissions checked, warned, graduates warned. */
	private static List<Integer> counts(CrossSchoolIdCheck.Result result) {
		return List.of(result.checked(), result.warned(), result.graduates());
	}

	private List<Finding> crossSchool(long submissionId) {
		return this.findings.load(submissionId)
			.stream()
			.filter((finding) -> finding.rule() == Rule.W_CROSS_SCHOOL_ID)
			.toList();
	}

	private String status(long submissionId) {
		return this.jdbc.queryForObject("select status from submission where submission_id = ?", String.class,
				submissionId);
	}

	@Test
	@TestsRule(Rule.W_CROSS_SCHOOL_ID)
	void theSameIdInAnotherSchoolsAcceptedDataOfTheYearWarns() {
		int year = ++this.year;
		String shared = hash("1111111111111111", 'a');
		submission("4144000001", year, "ACCEPTED", true, shared);
		long checked = submission("4144000002", year, "ACCEPTED", false, hash("2222222222222222", 'b'), shared);
		assertThat(counts(check(year))).containsExactly(1, 1, 1);
		assertThat(crossSchool(checked)).singleElement().satisfies((finding) -> {
			assertThat(finding.excelRow()).isEqualTo(3);
			assertThat(finding.column()).isEqualTo("C");
			assertThat(finding.value()).isEqualTo("440111********0001");
			assertThat(finding.message())
				.isEqualTo("身份证号 440111********0001 也出现在另一所学校（学校代码 4144000001）本年度已通过的毕业生数据中。请核对该毕业生是否属于本校。");
		});
		assertThat(status(checked)).isEqualTo("ACCEPTED_WITH_WARNINGS");
		// checked once: a second check has nothing left to do
		assertThat(counts(check(year))).containsExactly(0, 0, 0);
	}

	@Test
	@TestsRule(Rule.W_CROSS_SCHOOL_ID)
	void twoSchoolsOfOneRunAreBothWarned() {
		int year = ++this.year;
		String shared = hash("3333333333333333", 'c');
		long first = submission("4144000001", year, "ACCEPTED", false, shared);
		long second = submission("4144000002", year, "ACCEPTED_WITH_WARNINGS", false, shared);
		assertThat(counts(check(year))).containsExactly(2, 2, 2);
		assertThat(crossSchool(first)).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("学校代码 4144000002"));
		assertThat(crossSchool(second)).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("学校代码 4144000001"));
	}

	@Test
	@TestsRule(Rule.W_CROSS_SCHOOL_ID)
	void anotherYearTheSchoolsOwnFileOrARejectedFileDoNotWarn() {
		int year = ++this.year;
		String shared = hash("4444444444444444", 'd');
		// another school's graduate of the year before
		submission("4144000001", year - 1, "ACCEPTED", true, shared);
		// the school's own earlier file of the year, superseded by the checked one
		submission("4144000002", year, "ACCEPTED", true, shared);
		// another school's rejected file
		submission("4144000003", year, "REJECTED", true, shared);
		long checked = submission("4144000002", year, "ACCEPTED", false, shared);
		assertThat(counts(check(year))).containsExactly(1, 0, 0);
		assertThat(crossSchool(checked)).isEmpty();
		assertThat(status(checked)).isEqualTo("ACCEPTED");
	}

	@Test
	@TestsRule(Rule.W_CROSS_SCHOOL_ID)
	void aDifferentIdWhoseKeyCollidesDoesNotWarn() {
		int year = ++this.year;
		submission("4144000001", year, "ACCEPTED", true, hash("5555555555555555", 'e'));
		long checked = submission("4144000002", year, "ACCEPTED", false, hash("5555555555555555", 'f'),
				hash("5555555555555556", 'e'));
		assertThat(counts(check(year))).containsExactly(1, 0, 0);
		assertThat(crossSchool(checked)).isEmpty();
	}

}
