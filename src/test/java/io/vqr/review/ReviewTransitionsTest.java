package io.vqr.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.vqr.review.ReviewService.Outcome;
import io.vqr.review.ReviewTransitions.Transition;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every action in every state, at every level, with and without a city level, on a real
 * school-year: what the table allows happens (state, version, one audit row, the official
 * file), what it does not is refused and changes nothing. The table itself is checked
 * against the contract's list of allowed transitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewTransitionsTest {

	static final int YEAR = 2024;

	@TempDir
	static Path dir;

	ReviewWarehouse db;

	String code;

	String city;

	/** Older file with a warned rule of two findings. */
	long warnedOld;

	/** Clean file. */
	long clean;

	/** Newest file, with a warned rule. */
	long warnedNew;

	@BeforeAll
	void files() throws Exception {
		this.db = new ReviewWarehouse(dir, "review_transitions");
		SampleSchool school = SampleSchools.generate(16, 10, YEAR, 0.1);
		this.code = school.code();
		this.warnedOld = this.db.ingest(YEAR, ReviewWarehouse.withIncome(school, 2, 450_000), "v1.xlsx");
		this.clean = this.db.ingest(YEAR, school, "v2.xlsx");
		this.warnedNew = this.db.ingest(YEAR, ReviewWarehouse.withIncome(school, 1, 300_000), "v3.xlsx");
		assertThat(this.db.rules(this.warnedOld)).containsExactly("W-INCOME-RANGE");
		assertThat(this.db.rules(this.clean)).isEmpty();
		assertThat(this.db.rules(this.warnedNew)).containsExactly("W-INCOME-RANGE");
		this.db.review.fileAccepted(this.clean, YEAR, this.code, false);
		this.city = this.db.queries.entry(YEAR, this.code).orElseThrow().cityCode().substring(0, 4);
	}

	@AfterAll
	void close() throws Exception {
		this.db.close();
	}

	/**
	 * The allowed transitions as review-workflow.md lists them: from, action, level,
	 * route, next when everything is explained, next when not ("-": refused).
	 */
	static final List<String> CONTRACT = List.of(
	// @formatter:off
			"NOT_SUBMITTED REENTRY SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"TO_EXPLAIN REENTRY SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"TO_CERTIFY REENTRY SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"CERTIFIED REENTRY SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"CITY_APPROVED REENTRY SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"RETURNED REENTRY SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"TO_EXPLAIN EXPLAIN SCHOOL ANY TO_CERTIFY TO_EXPLAIN",
			"TO_CERTIFY EXPLAIN SCHOOL ANY TO_CERTIFY TO_EXPLAIN",
			"RETURNED EXPLAIN SCHOOL ANY RETURNED RETURNED",
			"TO_CERTIFY CERTIFY SCHOOL ANY CERTIFIED -",
			"RETURNED CERTIFY SCHOOL ANY CERTIFIED -",
			"CERTIFIED APPROVE CITY CITY CITY_APPROVED CITY_APPROVED",
			"CERTIFIED APPROVE PROVINCE DIRECT APPROVED APPROVED",
			"CITY_APPROVED APPROVE PROVINCE ANY APPROVED APPROVED",
			"CERTIFIED RETURN CITY CITY RETURNED RETURNED",
			"CERTIFIED RETURN PROVINCE ANY RETURNED RETURNED",
			"CITY_APPROVED RETURN PROVINCE ANY RETURNED RETURNED",
			"APPROVED UNLOCK PROVINCE ANY RETURNED RETURNED",
			"NOT_SUBMITTED APPROVE SYSTEM ANY APPROVED APPROVED",
			"TO_EXPLAIN APPROVE SYSTEM ANY APPROVED APPROVED",
			"TO_CERTIFY APPROVE SYSTEM ANY APPROVED APPROVED",
			"CERTIFIED APPROVE SYSTEM ANY APPROVED APPROVED",
			"CITY_APPROVED APPROVE SYSTEM ANY APPROVED APPROVED",
			"RETURNED APPROVE SYSTEM ANY APPROVED APPROVED",
			"APPROVED APPROVE SYSTEM ANY APPROVED APPROVED",
			"TO_EXPLAIN LATE_WARNING SYSTEM ANY TO_EXPLAIN TO_EXPLAIN",
			"TO_CERTIFY LATE_WARNING SYSTEM ANY TO_CERTIFY TO_EXPLAIN",
			"CERTIFIED LATE_WARNING SYSTEM ANY CERTIFIED TO_EXPLAIN",
			"CITY_APPROVED LATE_WARNING SYSTEM ANY CITY_APPROVED TO_EXPLAIN",
			"RETURNED LATE_WARNING SYSTEM ANY RETURNED TO_EXPLAIN",
			"APPROVED LATE_WARNING SYSTEM ANY APPROVED APPROVED");
	// @formatter:on

	@Test
	void theTableIsTheContractsList() {
		Set<String> table = new TreeSet<>();
		for (Transition row : ReviewTransitions.table()) {
			table.add(String.join(" ", row.from().name(), row.action().name(), row.level().name(), row.route().name(),
					row.whenExplained().name(), (row.whenUnexplained() != null) ? row.whenUnexplained().name() : "-"));
		}
		assertThat(table).containsExactlyInAnyOrderElementsOf(CONTRACT);
	}

	/** What a case does to the school-year, as a person or the system. */
	enum Act {

		EXPLAIN_RULE(ReviewAction.EXPLAIN, ReviewLevel.SCHOOL, true),
		EXPLAIN_ONE_OF_TWO(ReviewAction.EXPLAIN, ReviewLevel.SCHOOL, false),
		CERTIFY_EXPLAINED(ReviewAction.CERTIFY, ReviewLevel.SCHOOL, true),
		CERTIFY_UNEXPLAINED(ReviewAction.CERTIFY, ReviewLevel.SCHOOL, false),
		APPROVE_CITY(ReviewAction.APPROVE, ReviewLevel.CITY, true),
		APPROVE_PROVINCE(ReviewAction.APPROVE, ReviewLevel.PROVINCE, true),
		RETURN_CITY(ReviewAction.RETURN, ReviewLevel.CITY, true),
		RETURN_PROVINCE(ReviewAction.RETURN, ReviewLevel.PROVINCE, true),
		UNLOCK(ReviewAction.UNLOCK, ReviewLevel.PROVINCE, true),
		NEW_CLEAN_FILE(ReviewAction.REENTRY, ReviewLevel.SYSTEM, true),
		NEW_WARNED_FILE(ReviewAction.REENTRY, ReviewLevel.SYSTEM, false),
		NEW_FILE_AUTO(ReviewAction.APPROVE, ReviewLevel.SYSTEM, true),
		LATE_WARNING_EXPLAINED(ReviewAction.LATE_WARNING, ReviewLevel.SYSTEM, true),
		LATE_WARNING_UNEXPLAINED(ReviewAction.LATE_WARNING, ReviewLevel.SYSTEM, false);

		final ReviewAction action;

		final ReviewLevel level;

		final boolean explained;

		Act(ReviewAction action, ReviewLevel level, boolean explained) {
			this.action = action;
			this.level = level;
			this.explained = explained;
		}

	}

	static Stream<Object[]> cases() {
		List<Object[]> cases = new ArrayList<>();
		for (ReviewState state : ReviewState.values()) {
			for (Act act : Act.values()) {
				for (boolean cityLevel : new boolean[] { false, true }) {
					cases.add(new Object[] { state, act, cityLevel });
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} city level {2}")
	@MethodSource("cases")
	void everyActionInEveryStateIsAppliedOrRefusedAsTheTableSays(ReviewState state, Act act, boolean cityLevel) {
		long underReview = reset(state, act, cityLevel);
		SchoolYear before = this.db.review.schoolYear(YEAR, this.code);
		int audited = this.db.auditRows(YEAR, this.code);
		ReviewState expected = ReviewTransitions.find(state, act.action, act.level, cityLevel)
			.map((row) -> row.next(act.explained))
			.orElse(null);
		if (act == Act.NEW_CLEAN_FILE || act == Act.NEW_WARNED_FILE) {
			expected = (state == ReviewState.APPROVED) ? null : expected;
		}
		if (state == ReviewState.NOT_SUBMITTED && act.action == ReviewAction.LATE_WARNING) {
			expected = null;
		}

		Optional<Outcome> outcome;
		ReviewException refused = null;
		try {
			outcome = perform(act);
		}
		catch (ReviewException ex) {
			refused = ex;
			outcome = Optional.empty();
		}

		SchoolYear after = this.db.review.schoolYear(YEAR, this.code);
		if (expected == null) {
			assertThat(outcome).as("refused").isEmpty();
			if (act.level != ReviewLevel.SYSTEM) {
				assertThat(refused).isNotNull();
				assertThat(refused.getMessage()).startsWith("该校2024年度数据状态为\"" + state.label() + "\"：").contains("不能");
			}
			assertThat(after.state()).isEqualTo(state);
			assertThat(after.version()).isEqualTo(before.version());
			assertThat(after.reviewSubmissionId()).isEqualTo(before.reviewSubmissionId());
			assertThat(this.db.auditRows(YEAR, this.code)).as("no audit row").isEqualTo(audited);
			return;
		}
		assertThat(refused).as("allowed").isNull();
		assertThat(outcome).get().satisfies((done) -> {
			assertThat(done.from()).isEqualTo(state);
			assertThat(done.action()).isEqualTo(act.action);
			assertThat(done.level()).isEqualTo(act.level);
		});
		assertThat(after.state()).isEqualTo(outcome.get().to()).isEqualTo(expected);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(this.db.auditRows(YEAR, this.code)).as("exactly one audit row").isEqualTo(audited + 1);
		AuditEntry last = this.db.queries.history(YEAR, this.code).get(audited);
		assertThat(last.action()).isEqualTo(act.action);
		assertThat(last.level()).isEqualTo(act.level);
		assertThat(last.fromState()).isEqualTo(state);
		assertThat(last.toState()).isEqualTo(expected);
		assertThat(last.submissionId()).isEqualTo(after.reviewSubmissionId());
		if (expected == ReviewState.APPROVED && state != ReviewState.APPROVED) {
			assertThat(this.db.official(YEAR, this.code)).as("approval makes the file under review official")
				.isEqualTo(after.reviewSubmissionId());
		}
		else if (act.action != ReviewAction.APPROVE) {
			assertThat(this.db.official(YEAR, this.code)).as("only an approval changes the official file").isNull();
		}
		if (act == Act.UNLOCK) {
			assertThat(after.reviewSubmissionId()).as("the newest file that passed the rules")
				.isEqualTo(this.warnedNew);
		}
		assertThat(underReview).isPositive();
	}

	/**
	 * Puts the school-year into the state with the file the case needs under review, no
	 * explanation and nothing official; returns the file under review.
	 */
	private long reset(ReviewState state, Act act, boolean cityLevel) {
		long underReview = switch (act) {
			case EXPLAIN_RULE, EXPLAIN_ONE_OF_TWO, CERTIFY_UNEXPLAINED, NEW_CLEAN_FILE, NEW_WARNED_FILE,
					NEW_FILE_AUTO ->
				this.warnedOld;
			case LATE_WARNING_UNEXPLAINED -> this.warnedNew;
			default -> this.clean;
		};
		Long stored = (state == ReviewState.NOT_SUBMITTED) ? null : underReview;
		this.db.jdbc.update("""
				update school_year set state = ?, city_level = ?, review_submission_id = ?, version = version + 1
				 where year = ? and school_code = ?
				""", state.name(), cityLevel, stored, YEAR, this.code);
		this.db.jdbc.update("delete from explanation where submission_id in (?, ?, ?)", this.warnedOld, this.clean,
				this.warnedNew);
		this.db.jdbc.update("delete from current_submission where year = ? and school_code = ?", YEAR, this.code);
		return underReview;
	}

	private Optional<Outcome> perform(Act act) {
		ReviewService review = this.db.review;
		Reviewer school = Reviewer.school("学校经办人", this.code);
		Reviewer cityReviewer = Reviewer.city("市级审核员", this.city);
		Reviewer province = Reviewer.province("省级审核员");
		return switch (act) {
			case EXPLAIN_RULE ->
				Optional.of(review.explain(YEAR, this.code, "W-INCOME-RANGE", null, "收入经核实属实，附合同。", school, null));
			case EXPLAIN_ONE_OF_TWO -> Optional
				.of(review.explain(YEAR, this.code, "W-INCOME-RANGE", firstFinding(), "该生收入经核实属实。", school, null));
			case CERTIFY_EXPLAINED, CERTIFY_UNEXPLAINED -> Optional.of(review.certify(YEAR, this.code, school, null));
			case APPROVE_CITY -> Optional.of(review.approve(YEAR, this.code, ReviewLevel.CITY, cityReviewer, null));
			case APPROVE_PROVINCE -> Optional.of(review.approve(YEAR, this.code, ReviewLevel.PROVINCE, province, null));
			case RETURN_CITY ->
				Optional.of(review.returnToSchool(YEAR, this.code, ReviewLevel.CITY, "请补充收入佐证材料。", cityReviewer, null));
			case RETURN_PROVINCE ->
				Optional.of(review.returnToSchool(YEAR, this.code, ReviewLevel.PROVINCE, "请补充收入佐证材料。", province, null));
			case UNLOCK -> Optional.of(review.unlock(YEAR, this.code, "学校申请更正数据。", province, null));
			case NEW_CLEAN_FILE -> review.fileAccepted(this.clean, YEAR, this.code, false);
			case NEW_WARNED_FILE -> review.fileAccepted(this.warnedNew, YEAR, this.code, false);
			case NEW_FILE_AUTO -> review.fileAccepted(this.clean, YEAR, this.code, true);
			case LATE_WARNING_EXPLAINED -> review.warningsAdded(this.clean, YEAR, this.code);
			case LATE_WARNING_UNEXPLAINED -> review.warningsAdded(this.warnedNew, YEAR, this.code);
		};
	}

	private FindingRef firstFinding() {
		Map<String, Object> finding = this.db.jdbc.queryForMap("""
				select sheet, excel_row from finding where submission_id = ? and rule_id = 'W-INCOME-RANGE'
				 order by seq limit 1
				""", this.warnedOld);
		return new FindingRef((String) finding.get("sheet"), (Integer) finding.get("excel_row"));
	}

	@Test
	void aRefusalSaysTheStateAndWhatIsNeeded() {
		reset(ReviewState.TO_EXPLAIN, Act.CERTIFY_UNEXPLAINED, false);
		ReviewException refused = catchThrowableOfType(ReviewException.class,
				() -> this.db.review.certify(YEAR, this.code, Reviewer.school("学校经办人", this.code), null));
		assertThat(refused).hasMessage("该校2024年度数据状态为\"待说明\"：W-INCOME-RANGE 尚未说明，不能确认");
	}

}
