package io.vqr.standard;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The numbers and code sets the rules of the catalogue check against (submission standard
 * 5.1), each defined once: the checks read these constants, and the rule catalogue's
 * descriptions and messages ({@link Rule}), the fields' ranges
 * ({@link SubmissionStandard}) and the published docs are written from them. Changing a
 * number here changes the check and every text that states it.
 * <p>
 * All constants are immutable and made once, so the per-cell checks read them without
 * allocating or looking anything up.
 */
public final class RuleParameters {

	/** F-SCHOOL-UNKNOWN, W-FILE-NAME: the digits of a 学校代码 (学校标识码). */
	public static final int SCHOOL_CODE_DIGITS = 10;

	/**
	 * W-FILE-NAME: a run of digits of a file name in these bounds names a year (and warns
	 * when it is not the year processed).
	 */
	public static final Bounds FILE_NAME_YEARS = Bounds.of(2000, 2099);

	/** R-RANGE of 学制: years of schooling. */
	public static final Bounds DURATION_YEARS = Bounds.of(2, 6);

	/** R-RANGE of 年度企业实践天数. */
	public static final Bounds PRACTICE_DAYS = Bounds.of(0, 365);

	/** R-RANGE of 年度培训学时. */
	public static final Bounds TRAINING_HOURS = Bounds.of(0, 2000);

	/**
	 * R-ID-INVALID: the earliest year of birth an ID number may state. The contract asks
	 * for a valid date in the past; a year before this one is taken as a typing error.
	 */
	public static final int ID_BIRTH_YEAR_MIN = 1900;

	/**
	 * R-ID-PRECISION: the significant digits Excel keeps of a number; an ID number stored
	 * as a number with more digits than these has lost some.
	 */
	public static final int EXCEL_SIGNIFICANT_DIGITS = 15;

	/** R-MAJOR-UNKNOWN for 技工院校: the digits of a major code. */
	public static final int TECHNICIAN_MAJOR_DIGITS = 4;

	/** R-MAJOR-UNKNOWN for 技工院校: the 专业类别 the first two digits may name. */
	public static final Bounds TECHNICIAN_MAJOR_CATEGORIES = Bounds.of(1, 14);

	/** R-MAJOR-UNKNOWN for 技工院校: the first digit of a provincial 特色专业 (8xxx). */
	public static final char TECHNICIAN_PROVINCIAL_PREFIX = '8';

	/** W-ADMITTED-GT-PLAN: 录取数 may be up to this many times 招生计划数. */
	public static final Ratio ADMITTED_PER_PLAN = Ratio.of("1.2");

	/**
	 * The day of 统计年度 Y that teachers' ages (W-AGE), teachers on the books and students
	 * in school are counted on.
	 */
	public static final MonthDay CENSUS_DAY = MonthDay.of(9, 30);

	/** W-AGE: a teacher's age in whole years on {@link #CENSUS_DAY}. */
	public static final Bounds TEACHER_AGE = Bounds.of(18, 75);

	/** W-INCOME-RANGE: a graduate's 月收入 in 元. */
	public static final Bounds MONTHLY_INCOME = Bounds.of(500, 100_000);

	/**
	 * X-INCOME-NOT-EMPLOYED: the 毕业去向 codes that may state a 月收入 (签约就业, 灵活就业, 自主创业).
	 */
	public static final List<String> INCOME_DESTINATIONS = List.of("10", "11", "12");

	/** v2 R-CASE-LENGTH: the most characters of a 案例标题. */
	public static final int CASE_TITLE_MAX = 40;

	/** v2 R-CASE-LENGTH: the fewest characters of a 案例正文. */
	public static final int CASE_BODY_MIN = 100;

	/** v2 R-CASE-LENGTH: the most characters of a 案例正文. */
	public static final int CASE_BODY_MAX = 2000;

	/** v2 R-CASE-TOO-MANY: the most cases a school may give one report part. */
	public static final int CASES_PER_PART = 3;

	/**
	 * v2 X-SATISFIED-GT-SAMPLE: the satisfaction surveys of 基本信息, each a sample size and
	 * how many of it were satisfied, filled both or neither.
	 */
	public static final List<SurveyPair> SURVEY_PAIRS = List.of(new SurveyPair("alumni_survey_n", "alumni_satisfied"),
			new SurveyPair("employer_survey_n", "employer_satisfied"));

	/** A survey's two fields of 基本信息: its sample size and its satisfied count. */
	public record SurveyPair(String sampleField, String satisfiedField) {
	}

	/**
	 * W-YOY-JUMP: a count may change by up to this part of the school's accepted count of
	 * Y-1.
	 */
	public static final Ratio YEAR_OVER_YEAR_CHANGE = Ratio.percent(50);

	/** The counts W-YOY-JUMP compares with the year before, in the order checked. */
	public enum YearOverYearCount {

		/** The sum of 在校生数 over the majors. */
		ENROLLED("在校生总数", SubmissionStandard.MAJORS),

		/** The rows of 毕业生去向. */
		GRADUATES("毕业生人数", SubmissionStandard.GRADUATES),

		/** The teachers of 教师类别 专任教师. */
		FULL_TIME_TEACHERS("专任教师人数", SubmissionStandard.TEACHERS);

		private final String label;

		private final String sheetKey;

		YearOverYearCount(String label, String sheetKey) {
			this.label = label;
			this.sheetKey = sheetKey;
		}

		/** What the count is, as a school reads it. */
		public String label() {
			return this.label;
		}

		/** The sheet the count comes from, where a finding points. */
		public String sheetKey() {
			return this.sheetKey;
		}

	}

	private RuleParameters() {
	}

	/** The census day of a year: 30 September Y. */
	public static LocalDate censusDate(int year) {
		return CENSUS_DAY.atYear(year);
	}

	/** The census day as a school reads it, without the year: {@code 9月30日}. */
	public static String censusDayText() {
		return CENSUS_DAY.getMonthValue() + "月" + CENSUS_DAY.getDayOfMonth() + "日";
	}

	/** The census day of a year as a school reads it: {@code 2024年9月30日}. */
	public static String censusDayText(int year) {
		return year + "年" + censusDayText();
	}

	/** The 技工 专业类别 as two-digit prefixes: {@code 01–14}. */
	public static String technicianCategoriesText() {
		return twoDigits(TECHNICIAN_MAJOR_CATEGORIES.min()) + "–" + twoDigits(TECHNICIAN_MAJOR_CATEGORIES.max());
	}

	/** Whether a 技工 major code's first two digits name a 专业类别 or a 特色专业. */
	public static boolean technicianCategory(String code) {
		if (code.charAt(0) == TECHNICIAN_PROVINCIAL_PREFIX) {
			return true;
		}
		int category = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
		return TECHNICIAN_MAJOR_CATEGORIES.contains(category);
	}

	/** Alternatives as one phrase: {@code 甲、乙或丙}. */
	static String either(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join("、", items.subList(0, items.size() - 1)) + "或" + items.get(items.size() - 1);
	}

	private static String twoDigits(long number) {
		return (number < 10) ? "0" + number : Long.toString(number);
	}

}
