package io.vqr.indicators;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import io.vqr.report.model.IndicatorValue;
import io.vqr.review.ReviewState;

import static io.vqr.indicators.ProvinceFixture.S1;
import static io.vqr.indicators.ProvinceFixture.S2;
import static io.vqr.indicators.ProvinceFixture.S3;
import static io.vqr.indicators.ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which file of a school-year the indicators read ({@link DataView}): official figures
 * contain exactly the school-years with an official (approved) file; a draft reads each
 * school's file under review whatever its state.
 */
class DataViewTest {

	private static final Offset<Double> EXACT = Offset.offset(1e-9);

	@Test
	void officialFiguresHoldExactlyTheApprovedSchoolYearsAndDraftsTheFilesUnderReview() {
		WarehouseFixture db = ProvinceFixture.create("dataview");
		long s1Official = currentOf(db, S1);
		long s1UnderReview = db.jdbc.queryForObject(
				"select submission_id from submission where year = ? and school_code = ? and submission_id <> ?",
				Long.class, YEAR, S1, s1Official);
		long s2File = currentOf(db, S2);
		// S1: approved last time, unlocked, a new file waits for explanations (the
		// official file stays official); S2: certified, never approved (no official
		// file); S3: approved.
		schoolYear(db, S1, "RETURNED", s1UnderReview);
		schoolYear(db, S2, "CERTIFIED", s2File);
		schoolYear(db, S3, "APPROVED", currentOf(db, S3));
		db.jdbc.update("delete from current_submission where year = ? and school_code = ?", YEAR, S2);

		IndicatorSnapshot official = new IndicatorRepository(db.jdbc, DataView.OFFICIAL).load(YEAR);
		assertThat(official.schools()).containsOnlyKeys(S1, S3);
		assertThat(official.value(S1, Indicator.STUDENTS).value()).isCloseTo(400, EXACT);
		assertThat(official.province().value(Indicator.STUDENTS).value()).isCloseTo(500, EXACT);
		assertThat(new IndicatorRepository(db.jdbc, DataView.OFFICIAL).schoolsWithCurrentData(YEAR)).containsExactly(S1,
				S3);

		IndicatorSnapshot draft = new IndicatorRepository(db.jdbc, DataView.DRAFT).load(YEAR);
		assertThat(draft.view()).isEqualTo(DataView.DRAFT);
		assertThat(draft.schools()).containsOnlyKeys(S1, S2, S3);
		assertThat(draft.value(S1, Indicator.STUDENTS).value()).isCloseTo(9999, EXACT);
		assertThat(draft.schools().get(S1).reviewState()).isEqualTo(ReviewState.RETURNED);
		assertThat(draft.schools().get(S2).reviewState()).isEqualTo(ReviewState.CERTIFIED);
		assertThat(draft.value(S2, Indicator.STUDENTS).value()).isCloseTo(600, EXACT);
		assertThat(draft.province().value(Indicator.STUDENTS).value()).isCloseTo(9999 + 600 + 100, EXACT);
	}

	@Test
	void aSchoolYearTheReviewModelDoesNotKnowCountsWithItsOfficialFileInADraft() {
		WarehouseFixture db = ProvinceFixture.create("dataviewfallback");
		IndicatorSnapshot draft = new IndicatorRepository(db.jdbc, DataView.DRAFT).load(YEAR);
		assertThat(draft.schools()).containsOnlyKeys(S1, S2, S3);
		assertThat(draft.schools().get(S1).reviewState()).isEqualTo(ReviewState.APPROVED);
	}

	@Test
	void unexplainedIncomeRangeWarningsLeaveTheMeanAndTheMedian() {
		WarehouseFixture db = ProvinceFixture.create("incomerange");
		long s1 = currentOf(db, S1);
		long s2 = currentOf(db, S2);
		// S2 earns 5000, 6000 and 8000; S1 4000, 5000, 3000 and 6000 (one without income)
		incomeWarning(db, s2, rowWithIncome(db, s2, 8000), 1);
		incomeWarning(db, s1, rowWithIncome(db, s1, 6000), 1);
		incomeWarning(db, s1, rowWithIncome(db, s1, 3000), 2);
		explainRow(db, s1, rowWithIncome(db, s1, 6000));

		IndicatorSnapshot snapshot = new IndicatorRepository(db.jdbc).load(YEAR);
		mean(snapshot.value(S2, Indicator.MEAN_MONTHLY_INCOME), 11000, 2);
		assertThat(snapshot.value(S2, Indicator.MEDIAN_MONTHLY_INCOME).value()).isCloseTo(5500, EXACT);
		assertThat(snapshot.value(S2, Indicator.MEDIAN_MONTHLY_INCOME).n()).isEqualTo(2);
		assertThat(snapshot.excludedIncomes(S2)).isEqualTo(1);
		// the explained 6000 counts, the unexplained 3000 does not
		mean(snapshot.value(S1, Indicator.MEAN_MONTHLY_INCOME), 15000, 3);
		assertThat(snapshot.excludedIncomes(S1)).isEqualTo(1);
		mean(snapshot.province().value(Indicator.MEAN_MONTHLY_INCOME), 26000, 5);
		assertThat(snapshot.province().value(Indicator.MEDIAN_MONTHLY_INCOME).value()).isCloseTo(5000, EXACT);
		assertThat(snapshot.province().value(Indicator.MEDIAN_MONTHLY_INCOME).n()).isEqualTo(5);
		assertThat(snapshot.excludedIncomes(GroupKind.PROVINCE, "")).isEqualTo(2);
		assertThat(snapshot.excludedIncomes(GroupKind.CITY, "440300")).isEqualTo(1);

		// the school explains the rule as a whole: every income of S1 counts again
		db.jdbc.update("""
				insert into explanation (submission_id, rule_id, text, explained_by)
				values (?, 'W-INCOME-RANGE', '毕业生在外企任高级技术岗位，收入属实', '张校长')
				""", s1);
		IndicatorSnapshot explained = new IndicatorRepository(db.jdbc).load(YEAR);
		mean(explained.value(S1, Indicator.MEAN_MONTHLY_INCOME), 18000, 4);
		assertThat(explained.excludedIncomes(S1)).isZero();
		mean(explained.value(S2, Indicator.MEAN_MONTHLY_INCOME), 11000, 2);
	}

	private static void mean(IndicatorValue value, double sum, int n) {
		assertThat(value.numerator()).isCloseTo(sum, EXACT);
		assertThat(value.n()).isEqualTo(n);
		assertThat(value.value()).isCloseTo(sum / n, EXACT);
	}

	private static long currentOf(WarehouseFixture db, String school) {
		return db.jdbc.queryForObject("select submission_id from current_submission where year = ? and school_code = ?",
				Long.class, YEAR, school);
	}

	private static void schoolYear(WarehouseFixture db, String school, String state, long underReview) {
		db.jdbc.update("insert into school_year (year, school_code, state, review_submission_id) values (?, ?, ?, ?)",
				YEAR, school, state, underReview);
	}

	private static int rowWithIncome(WarehouseFixture db, long submission, int income) {
		return db.jdbc.queryForObject(
				"select sheet_row from fact_graduates where submission_id = ? and monthly_income = ?", Integer.class,
				submission, income);
	}

	private static void incomeWarning(WarehouseFixture db, long submission, int row, int seq) {
		db.jdbc.update("""
				insert into finding (submission_id, seq, rule_id, severity, sheet, excel_row, column_letter, header,
				                     value_masked, message)
				values (?, ?, 'W-INCOME-RANGE', 'WARNING', '毕业生去向', ?, 'M', '月收入（元）', '8000', '月收入异常')
				""", submission, 100 + seq, row);
	}

	private static void explainRow(WarehouseFixture db, long submission, int row) {
		db.jdbc.update("""
				insert into explanation (submission_id, rule_id, sheet, excel_row, text, explained_by)
				values (?, 'W-INCOME-RANGE', '毕业生去向', ?, '该生为企业技术骨干，收入经核实无误', '李老师')
				""", submission, row);
	}

}
