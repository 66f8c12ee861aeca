package io.vqr.indicators;

/**
 * The indicators of indicators.md v1 and of standard-v2.md: the one definition of code,
 * Chinese name, unit, kind, section and direction, used by the computation, the report
 * model, the CSV export and the renderers. Codes are stable and appear in exports.
 */
public enum Indicator {

	// @formatter:off
	PLAN_COMPLETION_RATE("plan_completion_rate", "招生计划完成率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1),
	REGISTRATION_RATE("registration_rate", "新生报到率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1),
	NEW_STUDENTS("new_students", "招生数", "人", IndicatorKind.COUNT, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 0),
	STUDENTS("students", "在校生数", "人", IndicatorKind.COUNT, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 0),
	THROUGH_TRACK_SHARE("through_track_share", "贯通培养在校生占比", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 1),
	GRADUATES("graduates", "毕业生数", "人", IndicatorKind.COUNT, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 0),
	PLACEMENT_RATE("placement_rate", "毕业去向落实率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1),
	EMPLOYMENT_RATE("employment_rate", "就业率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1),
	FURTHER_STUDY_RATE("further_study_rate", "升学率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 1),
	ENTREPRENEURSHIP_RATE("entrepreneurship_rate", "自主创业比例", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 1),
	RELATED_EMPLOYMENT_RATE("related_employment_rate", "专业对口就业率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1),
	MEAN_MONTHLY_INCOME("mean_monthly_income", "平均月收入", "元", IndicatorKind.AMOUNT, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 0),
	MEDIAN_MONTHLY_INCOME("median_monthly_income", "月收入中位数", "元", IndicatorKind.AMOUNT, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 0),
	IN_PROVINCE_EMPLOYMENT_RATE("in_province_employment_rate", "省内就业比例", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 1),
	IN_CITY_EMPLOYMENT_RATE("in_city_employment_rate", "本市就业比例", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 1),

	FULLTIME_TEACHERS("fulltime_teachers", "专任教师数", "人", IndicatorKind.COUNT, IndicatorSection.TEACHERS, Direction.NEUTRAL, 0),
	PARTTIME_TEACHERS("parttime_teachers", "校外兼职教师数", "人", IndicatorKind.COUNT, IndicatorSection.TEACHERS, Direction.NEUTRAL, 0),
	STUDENT_TEACHER_RATIO("student_teacher_ratio", "生师比", ":1", IndicatorKind.RATIO, IndicatorSection.TEACHERS, Direction.LOWER_IS_BETTER, 1),
	DUAL_QUALIFIED_RATE("dual_qualified_rate", "双师型教师占专业课教师比例", "%", IndicatorKind.RATE, IndicatorSection.TEACHERS, Direction.HIGHER_IS_BETTER, 1),
	SENIOR_TITLE_RATE("senior_title_rate", "高级职称专任教师比例", "%", IndicatorKind.RATE, IndicatorSection.TEACHERS, Direction.HIGHER_IS_BETTER, 1),
	POSTGRADUATE_RATE("postgraduate_rate", "研究生学历（学位）专任教师比例", "%", IndicatorKind.RATE, IndicatorSection.TEACHERS, Direction.HIGHER_IS_BETTER, 1),
	MEAN_PRACTICE_DAYS("mean_practice_days", "专业课教师年均企业实践天数", "天", IndicatorKind.AMOUNT, IndicatorSection.TEACHERS, Direction.HIGHER_IS_BETTER, 1),
	MEAN_TRAINING_HOURS("mean_training_hours", "专任教师年均培训学时", "学时", IndicatorKind.AMOUNT, IndicatorSection.TEACHERS, Direction.HIGHER_IS_BETTER, 1),

	EQUIPMENT_PER_STUDENT("equipment_per_student", "生均教学科研仪器设备值", "元", IndicatorKind.AMOUNT, IndicatorSection.RESOURCES, Direction.HIGHER_IS_BETTER, 0),
	WORKSTATIONS_PER_STUDENT("workstations_per_student", "生均校内实践教学工位数", "个", IndicatorKind.AMOUNT, IndicatorSection.RESOURCES, Direction.HIGHER_IS_BETTER, 2),
	BOOKS_PER_STUDENT("books_per_student", "生均纸质图书", "册", IndicatorKind.AMOUNT, IndicatorSection.RESOURCES, Direction.HIGHER_IS_BETTER, 1),
	FUNDING_PER_STUDENT("funding_per_student", "年生均财政拨款水平", "元", IndicatorKind.AMOUNT, IndicatorSection.RESOURCES, Direction.HIGHER_IS_BETTER, 0),
	PARTNERSHIPS("partnerships", "校企合作项目数", "项", IndicatorKind.COUNT, IndicatorSection.RESOURCES, Direction.HIGHER_IS_BETTER, 0),

	// standard v2 (from 2025): absent, never 0, in a year read with v1
	CERTIFICATE_RATE("certificate_rate", "毕业生双证书获取率", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1, "v2"),
	ALUMNI_SATISFACTION("alumni_satisfaction", "母校满意度", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1, "v2"),
	EMPLOYER_SATISFACTION("employer_satisfaction", "用人单位满意度", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.HIGHER_IS_BETTER, 1, "v2"),
	APPRENTICESHIP_SHARE("apprenticeship_share", "现代学徒制/订单培养学生占比", "%", IndicatorKind.RATE, IndicatorSection.STUDENT_DEVELOPMENT, Direction.NEUTRAL, 1, "v2"),
	AREA_PER_STUDENT("area_per_student", "生均教学行政用房面积", "平方米", IndicatorKind.AMOUNT, IndicatorSection.RESOURCES, Direction.HIGHER_IS_BETTER, 1, "v2"),
	PARTTIME_HOURS_PER_TEACHER("parttime_hours_per_teacher", "企业兼职教师人均年课时", "课时", IndicatorKind.AMOUNT, IndicatorSection.TEACHERS, Direction.NEUTRAL, 1, "v2"),
	SERVICE_INCOME("service_income", "技术服务到款额", "万元", IndicatorKind.AMOUNT, IndicatorSection.SERVICE, Direction.HIGHER_IS_BETTER, 2, "v2"),
	TRAINING_INCOME("training_income", "非学历培训到款额", "万元", IndicatorKind.AMOUNT, IndicatorSection.SERVICE, Direction.HIGHER_IS_BETTER, 2, "v2"),
	PUBLIC_TRAINING_HOURS("public_training_hours", "公益性培训服务学时", "学时", IndicatorKind.AMOUNT, IndicatorSection.SERVICE, Direction.HIGHER_IS_BETTER, 0, "v2"),
	PATENTS_GRANTED("patents_granted", "发明专利授权数", "项", IndicatorKind.COUNT, IndicatorSection.SERVICE, Direction.HIGHER_IS_BETTER, 0, "v2"),
	PATENT_TRANSFER_INCOME("patent_transfer_income", "专利成果转化到款额", "万元", IndicatorKind.AMOUNT, IndicatorSection.SERVICE, Direction.HIGHER_IS_BETTER, 2, "v2"),
	INTERNATIONAL_STUDENTS("international_students", "全日制国(境)外留学生人数", "人", IndicatorKind.COUNT, IndicatorSection.INTERNATIONAL, Direction.HIGHER_IS_BETTER, 0, "v2"),
	INTERNATIONAL_STANDARDS("international_standards", "被国(境)外采用的专业及课程标准数", "个", IndicatorKind.COUNT, IndicatorSection.INTERNATIONAL, Direction.HIGHER_IS_BETTER, 0, "v2");
	// @formatter:on

	private final String code;

	private final String title;

	private final String unit;

	private final IndicatorKind kind;

	private final IndicatorSection section;

	private final Direction direction;

	private final int decimals;

	private final String since;

	Indicator(String code, String title, String unit, IndicatorKind kind, IndicatorSection section, Direction direction,
			int decimals) {
		this(code, title, unit, kind, section, direction, decimals, "v1");
	}

	Indicator(String code, String title, String unit, IndicatorKind kind, IndicatorSection section, Direction direction,
			int decimals, String since) {
		this.since = since;
		this.code = code;
		this.title = title;
		this.unit = unit;
		this.kind = kind;
		this.section = section;
		this.direction = direction;
		this.decimals = decimals;
	}

	/** Stable code, as in exports and the thresholds file. */
	public String code() {
		return this.code;
	}

	/** Chinese name, e.g. 毕业去向落实率. */
	public String title() {
		return this.title;
	}

	/** Unit as printed in tables: %, 人, 元, :1, 天, 学时, 个, 册, 项. */
	public String unit() {
		return this.unit;
	}

	public IndicatorKind kind() {
		return this.kind;
	}

	public IndicatorSection section() {
		return this.section;
	}

	public Direction direction() {
		return this.direction;
	}

	/**
	 * Decimals shown for a value (for rates: of the percentage, so 1 gives
	 * {@code 96.5%}).
	 */
	public int decimals() {
		return this.decimals;
	}

	/**
	 * The submission standard that first collects what the indicator needs ({@code v1},
	 * {@code v2}): a year read with an older standard has no value for it.
	 */
	public String since() {
		return this.since;
	}

	public boolean isRate() {
		return this.kind == IndicatorKind.RATE;
	}

}
