package io.vqr.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.jobs.ingest.CrossSchoolWarnings;
import io.vqr.review.ReviewQueries.Detail;
import io.vqr.review.ReviewService.Outcome;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.warehouse.AcceptedFiles;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schools' files through review on a real warehouse: explain, certify, approve, return,
 * unlock; a new file for an approved school-year; late warnings; a city level; two people
 * acting at once; and the audit of it all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFlowTest {

	static final int YEAR = 2024;

	static final long SEED = 16;

	@TempDir
	static Path dir;

	ReviewWarehouse db;

	ReviewService review;

	@BeforeAll
	void open() throws Exception {
		this.db = new ReviewWarehouse(dir, "review_flow");
		this.review = this.db.review;
	}

	@AfterAll
	void close() throws Exception {
		this.db.close();
	}

	static SampleSchool school(int index) {
		return SampleSchools.generate(SEED, index, YEAR, 0.1);
	}

	@Test
	void explainCertifyApproveMakesTheFileUnderReviewOfficial() throws Exception {
		SampleSchool school = ReviewWarehouse.withIncome(school(1), 2, 450_000);
		String code = school.code();
		long file = this.db.submit(YEAR, school, code + "_2024.xlsx", false);
		assertThat(this.db.rules(file)).containsExactly("W-INCOME-RANGE");
		assertThat(this.db.state(YEAR, code)).isEqualTo(ReviewState.TO_EXPLAIN);
		assertThat(this.db.official(YEAR, code)).as("nothing official before an approval").isNull();
		Reviewer head = Reviewer.school("李校长", code);
		Reviewer province = Reviewer.province("省教育厅王审核");

		assertThatThrownBy(() -> this.review.certify(YEAR, code, head, null)).isInstanceOf(ReviewException.class)
			.hasMessage("该校2024年度数据状态为\"待说明\"：W-INCOME-RANGE 尚未说明，不能确认");
		assertThatThrownBy(() -> this.review.approve(YEAR, code, null, province, null))
			.hasMessage("该校2024年度数据状态为\"待说明\"：W-INCOME-RANGE 尚未说明，不能省级审核通过");
		assertThatThrownBy(() -> this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "属实", head, null))
			.hasMessageContaining("至少5个字");
		assertThatThrownBy(() -> this.review.explain(YEAR, code, "W-GENDER-ID", null, "该生性别填写无误。", head, null))
			.hasMessageContaining("没有 W-GENDER-ID 警告");
		assertThatThrownBy(() -> this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "该生收入属实，有合同为证。",
				Reviewer.province("省教育厅王审核"), null))
			.hasMessageContaining("本校人员");
		assertThat(this.db.auditRows(YEAR, code)).as("refused actions leave no trace but the re-entry").isEqualTo(1);

		List<Map<String, Object>> findings = this.db.jdbc.queryForList(
				"select sheet, excel_row from finding where submission_id = ? and rule_id = 'W-INCOME-RANGE' order by seq",
				file);
		assertThat(findings).hasSize(2);
		FindingRef first = new FindingRef((String) findings.get(0).get("sheet"),
				(Integer) findings.get(0).get("excel_row"));
		Outcome one = this.review.explain(YEAR, code, "w-income-range", first, "该毕业生为外派工程师，月薪含海外补贴。", head, null);
		assertThat(one.to()).as("one of two findings explained").isEqualTo(ReviewState.TO_EXPLAIN);
		Outcome all = this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "两名毕业生收入经核实属实，已留存劳动合同。", head, null);
		assertThat(all.from()).isEqualTo(ReviewState.TO_EXPLAIN);
		assertThat(all.to()).isEqualTo(ReviewState.TO_CERTIFY);

		assertThatThrownBy(() -> this.review.approve(YEAR, code, null, province, null))
			.hasMessage("该校2024年度数据状态为\"待确认\"：待学校确认，不能省级审核通过");
		assertThat(this.review.certify(YEAR, code, head, null).to()).isEqualTo(ReviewState.CERTIFIED);
		assertThatThrownBy(() -> this.review.approve(YEAR, code, null, head, null)).hasMessageContaining("学校人员不能");
		Outcome approved = this.review.approve(YEAR, code, null, province, null);
		assertThat(approved.level()).isEqualTo(ReviewLevel.PROVINCE);
		assertThat(approved.to()).isEqualTo(ReviewState.APPROVED);
		assertThat(this.db.official(YEAR, code)).isEqualTo(file);

		List<AuditEntry> history = this.db.queries.history(YEAR, code);
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly(ReviewAction.REENTRY, ReviewAction.EXPLAIN, ReviewAction.EXPLAIN, ReviewAction.CERTIFY,
					ReviewAction.APPROVE);
		assertThat(history).extracting(AuditEntry::actor).containsExactly("system", "李校长", "李校长", "李校长", "省教育厅王审核");
		assertThat(history).extracting(AuditEntry::level)
			.containsExactly(ReviewLevel.SYSTEM, ReviewLevel.SCHOOL, ReviewLevel.SCHOOL, ReviewLevel.SCHOOL,
					ReviewLevel.PROVINCE);
		assertThat(history).extracting(AuditEntry::toState)
			.containsExactly(ReviewState.TO_EXPLAIN, ReviewState.TO_EXPLAIN, ReviewState.TO_CERTIFY,
					ReviewState.CERTIFIED, ReviewState.APPROVED);
		String sha = this.db.jdbc.queryForObject("select sha256 from submission where submission_id = ?", String.class,
				file);
		assertThat(history).allSatisfy((entry) -> {
			assertThat(entry.submissionId()).isEqualTo(file);
			assertThat(entry.sha256()).isEqualTo(sha);
			assertThat(entry.year()).isEqualTo(YEAR);
			assertThat(entry.actedAt()).isNotNull();
		});
		assertThat(history.get(1).reason()).contains(first.sheet()).contains("外派工程师");

		Detail detail = this.db.queries.detail(YEAR, code).orElseThrow();
		assertThat(detail.entry().state()).isEqualTo(ReviewState.APPROVED);
		assertThat(detail.entry().schoolName()).isEqualTo(school.name());
		assertThat(detail.warnedRules()).singleElement().satisfies((rule) -> {
			assertThat(rule.findings()).isEqualTo(2);
			assertThat(rule.unexplained()).isZero();
			assertThat(rule.ruleExplanation().text()).isEqualTo("两名毕业生收入经核实属实，已留存劳动合同。");
			assertThat(rule.warnings().get(0).explanation().text()).contains("外派工程师");
		});
		assertThat(detail.files()).singleElement().satisfies((entry) -> {
			assertThat(entry.official()).isTrue();
			assertThat(entry.underReview()).isTrue();
		});
	}

	@Test
	void aReturnKeepsTheExplanationsAndTheSchoolMayEditThemBeforeCertifyingAgain() throws Exception {
		SampleSchool school = ReviewWarehouse.withIncome(school(2), 1, 300_000);
		String code = school.code();
		this.db.submit(YEAR, school, code + "_2024.xlsx", false);
		Reviewer head = Reviewer.school("赵校长", code);
		Reviewer province = Reviewer.province("省教育厅王审核");
		this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "收入单位填写为元，数据属实。", head, null);
		this.review.certify(YEAR, code, head, null);
		assertThatThrownBy(() -> this.review.returnToSchool(YEAR, code, null, "  ", province, null))
			.hasMessageContaining("退回理由至少5个字");
		Outcome returned = this.review.returnToSchool(YEAR, code, null, "月收入30万元明显偏高，请提供佐证材料。", province, null);
		assertThat(returned.to()).isEqualTo(ReviewState.RETURNED);
		assertThat(this.db.queries.detail(YEAR, code).orElseThrow().warnedRules().get(0).ruleExplanation().text())
			.as("a return keeps the explanations")
			.isEqualTo("收入单位填写为元，数据属实。");
		assertThatThrownBy(() -> this.review.approve(YEAR, code, null, province, null))
			.hasMessage("该校2024年度数据状态为\"已退回\"：已退回学校，待学校修改说明后重新确认，不能省级审核通过");

		assertThat(this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "经核实为年收入误填为月收入，学校已更正说明。", head, null).to())
			.isEqualTo(ReviewState.RETURNED);
		assertThat(this.db.queries.detail(YEAR, code).orElseThrow().warnedRules().get(0).ruleExplanation().text())
			.isEqualTo("经核实为年收入误填为月收入，学校已更正说明。");
		assertThat(this.review.certify(YEAR, code, head, null).to()).isEqualTo(ReviewState.CERTIFIED);
		assertThat(this.review.approve(YEAR, code, ReviewLevel.PROVINCE, province, null).to())
			.isEqualTo(ReviewState.APPROVED);
		assertThat(this.db.queries.history(YEAR, code)).filteredOn((entry) -> entry.action() == ReviewAction.RETURN)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.reason()).isEqualTo("月收入30万元明显偏高，请提供佐证材料。"));
	}

	@Test
	void aNewFileReentersReviewWithoutTheOldFilesExplanations() throws Exception {
		SampleSchool school = ReviewWarehouse.withIncome(school(3), 1, 200_000);
		String code = school.code();
		long v1 = this.db.submit(YEAR, school, code + "_2024.xlsx", false);
		Reviewer head = Reviewer.school("钱校长", code);
		this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "该生为企业高管，收入属实。", head, null);
		this.review.certify(YEAR, code, head, null);
		assertThat(this.db.state(YEAR, code)).isEqualTo(ReviewState.CERTIFIED);

		long v2 = this.db.submit(YEAR, ReviewWarehouse.withIncome(school(3), 1, 210_000), code + "_2024_更正.xlsx",
				false);
		SchoolYear now = this.review.schoolYear(YEAR, code);
		assertThat(now.reviewSubmissionId()).isEqualTo(v2).isNotEqualTo(v1);
		assertThat(now.state()).as("explanations of the old file do not carry over").isEqualTo(ReviewState.TO_EXPLAIN);
		AuditEntry reentry = this.db.queries.history(YEAR, code).get(3);
		assertThat(reentry.action()).isEqualTo(ReviewAction.REENTRY);
		assertThat(reentry.fromState()).isEqualTo(ReviewState.CERTIFIED);
		assertThat(reentry.submissionId()).isEqualTo(v2);

		long clean = this.db.submit(YEAR, school(3), code + "_2024_第三版.xlsx", false);
		assertThat(this.review.schoolYear(YEAR, code).reviewSubmissionId()).isEqualTo(clean);
		assertThat(this.db.state(YEAR, code)).as("no warning: straight to certifying")
			.isEqualTo(ReviewState.TO_CERTIFY);
		assertThat(this.db.official(YEAR, code)).isNull();
	}

	@Test
	void aNewFileForAnApprovedSchoolYearIsLockedUntilTheProvinceUnlocks() throws Exception {
		SampleSchool school = school(4);
		String code = school.code();
		long v1 = this.db.submit(YEAR, school, code + "_2024.xlsx", false);
		Reviewer head = Reviewer.school("孙校长", code);
		Reviewer province = Reviewer.province("省教育厅王审核");
		this.review.certify(YEAR, code, head, null);
		this.review.approve(YEAR, code, null, province, null);
		assertThat(this.db.official(YEAR, code)).isEqualTo(v1);
		AcceptedFiles hook = this.db.warehouse.bean(AcceptedFiles.class);
		assertThat(hook).isInstanceOf(ReviewedAcceptedFiles.class);
		assertThat(hook.outcomeNote(YEAR, code)).isEqualTo("已锁定：省级解锁后方可替换");
		assertThat(hook.outcomeNote(YEAR, code, true)).as("review: auto approves over it").isNull();
		int audited = this.db.auditRows(YEAR, code);

		long v2 = this.db.submit(YEAR, ReviewWarehouse.withIncome(school, 1, 150_000), code + "_2024_v2.xlsx", false);
		long v3 = this.db.submit(YEAR, ReviewWarehouse.withIncome(school, 1, 160_000), code + "_2024_v3.xlsx", false);
		SchoolYear locked = this.review.schoolYear(YEAR, code);
		assertThat(locked.state()).isEqualTo(ReviewState.APPROVED);
		assertThat(locked.reviewSubmissionId()).isEqualTo(v1);
		assertThat(this.db.official(YEAR, code)).isEqualTo(v1);
		assertThat(this.db.auditRows(YEAR, code)).isEqualTo(audited);
		assertThat(this.db.queries.detail(YEAR, code).orElseThrow().files()).extracting(ReviewQueries.FileEntry::status)
			.as("the locked files were still validated")
			.containsExactly("ACCEPTED", "ACCEPTED_WITH_WARNINGS", "ACCEPTED_WITH_WARNINGS");

		assertThatThrownBy(() -> this.review.unlock(YEAR, code, "学校申请更正收入数据", Reviewer.city("广州市审核", "4401"), null))
			.hasMessage("只有省级审核人员可以解锁已审核的数据");
		assertThatThrownBy(() -> this.review.unlock(YEAR, code, "更正", province, null)).hasMessageContaining("至少5个字");
		Outcome unlocked = this.review.unlock(YEAR, code, "学校申请更正收入数据，同意重新报送。", province, null);
		assertThat(unlocked.to()).isEqualTo(ReviewState.RETURNED);
		SchoolYear reopened = this.review.schoolYear(YEAR, code);
		assertThat(reopened.reviewSubmissionId()).as("the newest file that passed the rules").isEqualTo(v3);
		assertThat(this.db.official(YEAR, code)).as("the official file stays official until approved again")
			.isEqualTo(v1);
		assertThat(v2).isLessThan(v3);

		assertThatThrownBy(() -> this.review.certify(YEAR, code, head, null))
			.hasMessage("该校2024年度数据状态为\"已退回\"：W-INCOME-RANGE 尚未说明，不能确认");
		this.review.explain(YEAR, code, "W-INCOME-RANGE", null, "该生收入经核实属实，附劳动合同。", head, null);
		this.review.certify(YEAR, code, head, null);
		this.review.approve(YEAR, code, null, province, null);
		assertThat(this.db.official(YEAR, code)).isEqualTo(v3);
		assertThatThrownBy(() -> this.review.unlock(YEAR + 1, code, "没有数据的年度解锁", province, null))
			.hasMessage("该校2025年度数据状态为\"未报送\"：尚无通过校验的文件，不能解锁");
	}

	@Test
	void reviewAutoApprovesAtOnceWithASystemAuditRow() throws Exception {
		SampleSchool school = ReviewWarehouse.withIncome(school(5), 1, 120_000);
		String code = school.code();
		long v1 = this.db.submit(YEAR, school, code + "_2024.xlsx", true);
		assertThat(this.db.state(YEAR, code)).isEqualTo(ReviewState.APPROVED);
		assertThat(this.db.official(YEAR, code)).isEqualTo(v1);
		long v2 = this.db.submit(YEAR, school(5), code + "_2024_v2.xlsx", true);
		assertThat(this.db.official(YEAR, code)).as("a newer file replaces it, as before review").isEqualTo(v2);
		assertThat(this.db.queries.history(YEAR, code)).allSatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo(ReviewAction.APPROVE);
			assertThat(entry.level()).isEqualTo(ReviewLevel.SYSTEM);
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.toState()).isEqualTo(ReviewState.APPROVED);
		}).extracting(AuditEntry::submissionId).containsExactly(v1, v2);
	}

	@Test
	void aCrossSchoolWarningAfterCertificationSendsTheSchoolYearBackToExplaining() throws Exception {
		SampleSchool a = school(6);
		SampleSchool c = school(8);
		long fileA = this.db.submit(YEAR, a, a.code() + "_2024.xlsx", false);
		long fileC = this.db.submit(YEAR, c, c.code() + "_2024.xlsx", false);
		Reviewer province = Reviewer.province("省教育厅王审核");
		this.review.certify(YEAR, a.code(), Reviewer.school("周校长", a.code()), null);
		this.review.certify(YEAR, c.code(), Reviewer.school("吴校长", c.code()), null);
		this.review.approve(YEAR, c.code(), null, province, null);

		// School B reports a graduate of A and of C, and is approved; a later check of
		// A's
		// and C's files (as a portal upload's run would do) finds the graduates in B's
		// official data.
		SampleSchool b = ReviewWarehouse.withGraduateId(
				ReviewWarehouse.withGraduateId(school(7), 0, a.graduates().get(0).idNumber()), 1,
				c.graduates().get(0).idNumber());
		long fileB = this.db.submit(YEAR, b, b.code() + "_2024.xlsx", false);
		assertThat(this.db.rules(fileB)).as("C's graduate is in C's official data").contains("W-CROSS-SCHOOL-ID");
		for (String rule : this.db.rules(fileB)) {
			this.review.explain(YEAR, b.code(), rule, null, "两名学生为转学生，已与原学校核对。", Reviewer.school("郑校长", b.code()),
					null);
		}
		this.review.certify(YEAR, b.code(), Reviewer.school("郑校长", b.code()), null);
		this.review.approve(YEAR, b.code(), null, province, null);
		this.db.jdbc.update("update submission set ids_checked = false where submission_id in (?, ?)", fileA, fileC);
		assertThat(this.db.warehouse.bean(CrossSchoolWarnings.class).check(YEAR).warned()).isEqualTo(2);

		assertThat(this.db.state(YEAR, a.code())).isEqualTo(ReviewState.TO_EXPLAIN);
		AuditEntry late = this.db.queries.history(YEAR, a.code()).get(2);
		assertThat(late.action()).isEqualTo(ReviewAction.LATE_WARNING);
		assertThat(late.actor()).isEqualTo("system");
		assertThat(late.fromState()).isEqualTo(ReviewState.CERTIFIED);
		assertThat(late.toState()).isEqualTo(ReviewState.TO_EXPLAIN);
		assertThat(late.reason()).contains("W-CROSS-SCHOOL-ID");
		assertThatThrownBy(() -> this.review.approve(YEAR, a.code(), null, province, null))
			.hasMessageContaining("W-CROSS-SCHOOL-ID 尚未说明");

		assertThat(this.db.state(YEAR, c.code())).as("approved stays approved").isEqualTo(ReviewState.APPROVED);
		assertThat(this.db.official(YEAR, c.code())).isEqualTo(fileC);
		AuditEntry recorded = this.db.queries.history(YEAR, c.code()).get(3);
		assertThat(recorded.action()).isEqualTo(ReviewAction.LATE_WARNING);
		assertThat(recorded.toState()).isEqualTo(ReviewState.APPROVED);
		assertThat(this.db.queries.entry(YEAR, c.code()).orElseThrow().unexplainedRules()).as("shown to reviewers")
			.containsExactly("W-CROSS-SCHOOL-ID");
	}

	@Test
	void aCityApprovesFirstWhereTheJobFileSaysSo() throws Exception {
		int year = 2022;
		this.db.warehouse.bean(ReviewSettings.class)
			.save(year, new ReviewSettings.Settings(ReviewMode.REQUIRED, List.of("中等职业学校")));
		SampleSchool secondary = SampleSchools.generate(SEED, 0, year, 0.1);
		SampleSchool college = SampleSchools.generate(SEED, 1, year, 0.1);
		assertThat(secondary.type()).isEqualTo("中等职业学校");
		this.db.submit(year, secondary, secondary.code() + ".xlsx", false);
		this.db.submit(year, college, college.code() + ".xlsx", false);
		assertThat(this.review.schoolYear(year, secondary.code()).cityLevel()).isTrue();
		assertThat(this.review.schoolYear(year, college.code()).cityLevel()).isFalse();
		String city = this.db.queries.entry(year, secondary.code()).orElseThrow().cityCode();
		assertThat(city).hasSize(6);
		String otherCity = city.equals("440100") ? "440300" : "440100";
		Reviewer province = Reviewer.province("省教育厅王审核");
		Reviewer cityReviewer = Reviewer.city("市教育局刘审核", city.substring(0, 4));
		this.review.certify(year, secondary.code(), Reviewer.school("陈校长", secondary.code()), null);
		this.review.certify(year, college.code(), Reviewer.school("林校长", college.code()), null);
		assertThat(this.db.queries.list(year, new ReviewQueries.Filter(null, ReviewLevel.CITY, null)))
			.extracting(ReviewQueries.Entry::schoolCode)
			.containsExactly(secondary.code());

		assertThatThrownBy(() -> this.review.approve(year, secondary.code(), ReviewLevel.PROVINCE, province, null))
			.hasMessage("该校2022年度数据状态为\"待审核\"：须先经市级审核（省级可按市级代为审核：--level city），不能省级审核通过");
		assertThatThrownBy(() -> this.review.approve(year, secondary.code(), null,
				Reviewer.city("外市审核", otherCity.substring(0, 4)), null))
			.hasMessageContaining("市级审核人员只能审核通过本市学校的数据");
		assertThatThrownBy(() -> this.review.approve(year, college.code(), ReviewLevel.CITY, province, null))
			.hasMessage("该校2022年度数据状态为\"待审核\"：该校不设市级审核，由省级审核，不能市级审核通过");
		assertThat(this.review.approve(year, secondary.code(), null, cityReviewer, null).to())
			.isEqualTo(ReviewState.CITY_APPROVED);
		assertThat(this.db.official(year, secondary.code())).as("the city's approval is not the last").isNull();
		assertThatThrownBy(() -> this.review.approve(year, secondary.code(), ReviewLevel.PROVINCE, cityReviewer, null))
			.hasMessage("只有省级审核人员可以在省级审核通过");
		assertThatThrownBy(
				() -> this.review.returnToSchool(year, secondary.code(), null, "市级已经通过的不能再退回", cityReviewer, null))
			.hasMessage("该校2022年度数据状态为\"市级已审核\"：市级已审核，待省级审核，不能市级退回");

		ReviewService.BatchOutcome batch = this.review.approveAllCertified(year, ReviewLevel.PROVINCE, province);
		assertThat(batch.approved()).extracting(Outcome::schoolCode)
			.containsExactlyInAnyOrder(secondary.code(), college.code());
		assertThat(batch.refused()).isEmpty();
		assertThat(this.db.queries.history(year, secondary.code())).extracting(AuditEntry::level)
			.containsExactly(ReviewLevel.SYSTEM, ReviewLevel.SCHOOL, ReviewLevel.CITY, ReviewLevel.PROVINCE);
	}

	@Test
	void ofTwoPeopleApprovingAndReturningAtOnceExactlyOneWins() throws Exception {
		SampleSchool school = school(9);
		String code = school.code();
		this.db.submit(YEAR, school, code + "_2024.xlsx", false);
		Reviewer head = Reviewer.school("冯校长", code);
		this.review.certify(YEAR, code, head, null);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 4; round++) {
				SchoolYear seen = this.review.schoolYear(YEAR, code);
				assertThat(seen.state()).isEqualTo(ReviewState.CERTIFIED);
				int audited = this.db.auditRows(YEAR, code);
				CyclicBarrier together = new CyclicBarrier(2);
				Callable<Outcome> approve = () -> {
					together.await();
					return this.review.approve(YEAR, code, null, Reviewer.province("甲审核员"), seen.version());
				};
				Callable<Outcome> giveBack = () -> {
					together.await();
					return this.review.returnToSchool(YEAR, code, null, "乙审核员认为需要补充材料", Reviewer.province("乙审核员"),
							seen.version());
				};
				List<Future<Outcome>> results = threads.invokeAll(List.of(approve, giveBack));
				int won = 0;
				for (Future<Outcome> result : results) {
					try {
						result.get();
						won++;
					}
					catch (java.util.concurrent.ExecutionException ex) {
						assertThat(ex.getCause()).isInstanceOf(ReviewException.class)
							.hasMessageContaining("刚被他人处理")
							.hasMessageContaining("未执行");
					}
				}
				assertThat(won).isEqualTo(1);
				assertThat(this.db.auditRows(YEAR, code)).isEqualTo(audited + 1);
				SchoolYear after = this.review.schoolYear(YEAR, code);
				assertThat(after.version()).isEqualTo(seen.version() + 1);
				if (after.state() == ReviewState.APPROVED) {
					this.review.unlock(YEAR, code, "测试：重新打开以再比一次", Reviewer.province("省教育厅王审核"), null);
				}
				this.review.certify(YEAR, code, head, null);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theRunSummaryShowsTheReviewStateBesideEachFilesOutcome() throws Exception {
		SampleSchool warned = ReviewWarehouse.withIncome(school(11), 1, 450_000);
		SampleSchool approved = school(12);
		this.db.submit(YEAR, approved, approved.code() + ".xlsx", false);
		this.review.certify(YEAR, approved.code(), Reviewer.school("何校长", approved.code()), null);
		this.review.approve(YEAR, approved.code(), null, Reviewer.province("省教育厅王审核"), null);
		java.nio.file.Path inbox = java.nio.file.Files.createDirectories(dir.resolve("inbox-summary"));
		io.vqr.sample.SubmissionWriter writer = new io.vqr.sample.SubmissionWriter();
		writer.write(warned, io.vqr.sample.Form.CLEAN_XLSX, inbox.resolve(warned.code() + ".xlsx"));
		writer.write(ReviewWarehouse.withIncome(approved, 1, 200_000), io.vqr.sample.Form.CLEAN_XLSX,
				inbox.resolve(approved.code() + "_更正.xlsx"));
		java.nio.file.Path summary = dir.resolve("summary.json");
		this.db.warehouse.bean(io.vqr.jobs.ingest.IngestLauncher.class)
			.run(YEAR, inbox, dir.resolve("feedback"), summary, ReviewMode.REQUIRED);

		com.fasterxml.jackson.databind.JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(summary.toFile());
		Map<String, com.fasterxml.jackson.databind.JsonNode> files = new java.util.HashMap<>();
		run.get("files").forEach((file) -> files.put(file.get("schoolCode").asText(), file));
		assertThat(files.get(warned.code()).get("status").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
		assertThat(files.get(warned.code()).get("reviewState").asText()).isEqualTo("TO_EXPLAIN");
		assertThat(files.get(approved.code()).get("reviewState").asText()).isEqualTo("APPROVED");
		assertThat(files.get(approved.code()).get("note").asText()).isEqualTo("已锁定：省级解锁后方可替换");
		assertThat(run.get("reviewTotals").get("TO_EXPLAIN").asInt()).isEqualTo(1);
		assertThat(run.get("reviewTotals").get("APPROVED").asInt()).isEqualTo(1);
		assertThat(run.get("reviewTotals").get("CERTIFIED").asInt()).isZero();
	}

	@Test
	void theAuditCannotBeChangedOrDeleted() {
		this.db.jdbc.update("""
				insert into review_audit (year, school_code, level, action, from_state, to_state, actor)
				values (2020, '4144019999', 'system', 'REENTRY', 'NOT_SUBMITTED', 'TO_CERTIFY', 'system')
				""");
		assertThatThrownBy(() -> this.db.jdbc.update("update review_audit set actor = 'someone' where year = 2020"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.db.jdbc.update("delete from review_audit where year = 2020"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.db.jdbc.execute("truncate review_audit")).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.db.auditRows(2020, "4144019999")).isEqualTo(1);
	}

}
