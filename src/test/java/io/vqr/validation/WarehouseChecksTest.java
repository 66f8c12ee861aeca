package io.vqr.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.vqr.findings.Finding;
import io.vqr.ops.MigratedDatabase;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestsRule;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * W-YOY-JUMP against a migrated warehouse: each count compared with the school's accepted
 * data of the year before, at the bounds of the change allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseChecksTest {

	private static final int YEAR = 2024;

	private static final ValidationOutcome NO_TALLIES = new ValidationOutcome(SubmissionStandard.v1(), Optional.empty(),
			List.of(), Map.of(), Map.of());

	private JdbcTemplate jdbc;

	private WarehouseChecks checks;

	private int schools;

	@BeforeAll
	void migrate() {
		this.jdbc = new JdbcTemplate(MigratedDatabase.create("warehouse_checks"));
		this.checks = new WarehouseChecks(this.jdbc);
	}

	/** The counts of one submission. */
	private record Counts(long enrolled, int graduates, int fullTimeTeachers, int partTimeTeachers) {

		static Counts enrolled(long enrolled) {
			return new Counts(enrolled, 0, 0, 0);
		}

	}

	private String newSchool() {
		return String.format("41440%05d", ++this.schools);
	}

	private long submission(String school, int year, String status, Counts counts) {
		Long id = this.jdbc.queryForObject("""
				insert into submission (year, school_code, file_name, sha256, size_bytes, status)
				values (?, ?, ?, md5(random()::text) || md5(random()::text), 1, ?) returning submission_id
				""", Long.class, year, school, school + "_" + year + ".xlsx", status);
		this.jdbc.update("""
				insert into fact_majors (submission_id, sheet_row, major_code, major_name, duration, plan, admitted,
				                         registered, enrolled, graduates)
				select ?, 1 + n, '71020' || n, '专业' || n, 3, 0, 0, 0, ? / 2 + case when n = 0 then ? % 2 else 0 end, 0
				  from generate_series(0, 1) n
				""", id, counts.enrolled(), counts.enrolled());
		this.jdbc.update("""
				insert into fact_graduates (submission_id, sheet_row, student_no, name, id_number_hash,
				                            id_number_masked, gender, major_code, destination, id_number_key)
				select ?, 1 + n, 'S' || n, '毕业生', md5(? || n) || md5(n::text), '440111********1234', '男', '710201',
				       '10', n
				  from generate_series(1, ?) n
				""", id, school, counts.graduates());
		teachers(id, "专任教师", 0, counts.fullTimeTeachers());
		teachers(id, "校外兼职教师", 10_000, counts.partTimeTeachers());
		return id;
	}

	private void teachers(long submissionId, String category, int firstRow, int count) {
		this.jdbc.update("""
				insert into fact_teachers (submission_id, sheet_row, staff_no, name, id_number_hash, id_number_masked,
				                           gender, birth_date, category, dual_qualified, title, education,
				                           practice_days, training_hours, id_number_key)
				select ?, ? + n, 'T' || (? + n), '教师', md5(n::text) || md5(n::text), '440111********1234', '女',
				       date '1985-03-15', ?, true, '中级', '本科', 0, 0, n
				  from generate_series(1, ?) n
				""", submissionId, firstRow, firstRow, category, count);
	}

	private void makeCurrent(String school, int year, long submissionId) {
		this.jdbc.update("insert into current_submission (year, school_code, submission_id) values (?, ?, ?)", year,
				school, submissionId);
	}

	/**
	 * The findings of a submission of {@code now} against an accepted one of
	 * {@code before} in Y-1.
	 */
	private List<Finding> change(Counts before, Counts now) {
		String school = newSchool();
		makeCurrent(school, YEAR - 1, submission(school, YEAR - 1, "ACCEPTED", before));
		return this.checks.check(submission(school, YEAR, "PROCESSING", now), YEAR, school, NO_TALLIES);
	}

	private List<Finding> enrolled(long before, long now) {
		return change(Counts.enrolled(before), Counts.enrolled(now));
	}

	@Test
	@TestsRule(Rule.W_YOY_JUMP)
	void aChangeOfHalfIsWithinAndMoreIsAJump() {
		assertThat(RuleParameters.YEAR_OVER_YEAR_CHANGE.percentText()).isEqualTo("50%");
		assertThat(enrolled(100, 100)).isEmpty();
		assertThat(enrolled(100, 149)).isEmpty();
		assertThat(enrolled(100, 150)).isEmpty();
		assertThat(enrolled(100, 151)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.W_YOY_JUMP);
			assertThat(finding.sheet()).isEqualTo("专业与招生");
			assertThat(finding.message()).isEqualTo("在校生总数为 151，上一年度为 100，变化 +51.0%，超过50%。请确认数据是否正确。");
		});
		assertThat(enrolled(100, 51)).isEmpty();
		assertThat(enrolled(100, 50)).isEmpty();
		assertThat(enrolled(100, 49)).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("在校生总数为 49，上一年度为 100，变化 -51.0%"));
		assertThat(enrolled(100, 0)).extracting(Finding::rule).containsExactly(Rule.W_YOY_JUMP);
	}

	@Test
	@TestsRule(Rule.W_YOY_JUMP)
	void justOverHalfIsAJumpThoughItRoundsToHalf() {
		// 5001 / 10001 = 50.005%: more than half, shown rounded
		assertThat(enrolled(10_001, 15_001)).isEmpty();
		assertThat(enrolled(10_001, 15_002)).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("变化 +50.005%，超过50%"));
		assertThat(enrolled(10_001, 5_000)).extracting(Finding::rule).containsExactly(Rule.W_YOY_JUMP);
		assertThat(enrolled(10_001, 5_001)).isEmpty();
	}

	@Test
	@TestsRule(Rule.W_YOY_JUMP)
	void graduatesAndFullTimeTeachersAreComparedEachOnItsOwn() {
		assertThat(change(new Counts(0, 10, 0, 0), new Counts(0, 15, 0, 0))).isEmpty();
		assertThat(change(new Counts(0, 10, 0, 0), new Counts(0, 16, 0, 0))).singleElement().satisfies((finding) -> {
			assertThat(finding.sheet()).isEqualTo("毕业生去向");
			assertThat(finding.message()).startsWith("毕业生人数为 16，上一年度为 10，变化 +60.0%");
		});
		assertThat(change(new Counts(0, 0, 10, 3), new Counts(0, 0, 5, 30))).isEmpty();
		assertThat(change(new Counts(0, 0, 10, 3), new Counts(0, 0, 4, 3))).singleElement().satisfies((finding) -> {
			assertThat(finding.sheet()).isEqualTo("教师");
			assertThat(finding.message()).startsWith("专任教师人数为 4，上一年度为 10，变化 -60.0%");
		});
		assertThat(change(new Counts(100, 10, 10, 0), new Counts(200, 20, 20, 0))).extracting(Finding::message)
			.allSatisfy((message) -> assertThat(message).contains("+100.0%"))
			.hasSize(3);
	}

	@Test
	@TestsRule(Rule.W_YOY_JUMP)
	void onlyTheSchoolsAcceptedDataOfTheYearBefore() {
		// nothing in Y-1, or nothing to compare with (a count of zero)
		String school = newSchool();
		assertThat(this.checks.check(submission(school, YEAR, "PROCESSING", Counts.enrolled(500)), YEAR, school,
				NO_TALLIES))
			.isEmpty();
		assertThat(enrolled(0, 500)).isEmpty();
		// a file of Y-1 that is not the school's current data
		String rejected = newSchool();
		submission(rejected, YEAR - 1, "REJECTED", Counts.enrolled(100));
		assertThat(this.checks.check(submission(rejected, YEAR, "PROCESSING", Counts.enrolled(500)), YEAR, rejected,
				NO_TALLIES))
			.isEmpty();
		// Y-2 and another school's Y-1 are not the year before of this school
		String older = newSchool();
		makeCurrent(older, YEAR - 2, submission(older, YEAR - 2, "ACCEPTED", Counts.enrolled(100)));
		String other = newSchool();
		makeCurrent(other, YEAR - 1, submission(other, YEAR - 1, "ACCEPTED", Counts.enrolled(100)));
		assertThat(
				this.checks.check(submission(older, YEAR, "PROCESSING", Counts.enrolled(500)), YEAR, older, NO_TALLIES))
			.isEmpty();
	}

}
