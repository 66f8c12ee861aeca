package io.vqr.sample;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.vqr.sample.SampleSchool.GraduateRow;
import io.vqr.sample.SampleSchool.MajorRow;
import io.vqr.sample.SampleSchool.TeacherRow;
import io.vqr.sample.TechnicianMajors.TechnicianMajor;
import io.vqr.standard.CodeLists;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Major;
import io.vqr.standard.Rule;
import io.vqr.standard.RuleParameters;
import io.vqr.standard.SubmissionStandard;

/**
 * A deliberate fault in an otherwise clean sample workbook, made to trigger one rule of
 * the catalogue (and, as far as the standard allows, only that rule).
 */
enum Defect {

	// @formatter:off
	SHEET_MISSING(Rule.F_SHEET_MISSING, "缺少教师表", "the 教师 sheet left out"),
	SCHOOL_CODE_INVALID(Rule.F_SCHOOL_UNKNOWN, "学校代码不足10位", "学校代码 with 9 digits"),
	YEAR_MISMATCH(Rule.F_YEAR_MISMATCH, "统计年度错误", "统计年度 of the year before"),
	COLUMN_MISSING(Rule.R_COLUMN_MISSING, "教师表缺姓名列", "the 姓名 column of 教师 left out"),
	REQUIRED_EMPTY(Rule.R_REQUIRED, "就业单位为空", "就业单位名称 empty for a graduate with 毕业去向 10"),
	TYPE_INVALID(Rule.R_TYPE, "在校生数非数字", "在校生数 written as 不详"),
	CODE_INVALID(Rule.R_CODE, "职称不在代码表", "专业技术职务 特级, not in code list C"),
	RANGE_INVALID(Rule.R_RANGE, "企业实践天数超范围", "年度企业实践天数 400"),
	STUDENT_NO_DUPLICATE(Rule.R_DUPLICATE, "学号重复", "the second graduate has the first one's 学号"),
	MAJOR_UNKNOWN(Rule.R_MAJOR_UNKNOWN, "专业代码不在目录", "a major code not in the catalog of the school's level, everywhere it is used"),
	MAJOR_NOT_OFFERED(Rule.R_MAJOR_NOT_OFFERED, "毕业生专业未开设", "a graduate's major is a valid code the school does not offer; its own major's 毕业生数 lowered by one"),
	REGION_UNKNOWN(Rule.R_REGION_UNKNOWN, "就业地区代码无效", "单位所在地区代码 449999"),
	INDUSTRY_UNKNOWN(Rule.R_INDUSTRY_UNKNOWN, "行业代码无效", "单位行业 Z"),
	ID_INVALID(Rule.R_ID_INVALID, "身份证校验位错误", "an ID number with a wrong check character"),
	ID_PRECISION(Rule.R_ID_PRECISION, "身份证号数字格式", "an ID number stored as a number cell (15 significant digits)"),
	ID_DUPLICATE(Rule.R_ID_DUPLICATE, "身份证号重复", "two graduates of the same gender with one ID number"),
	CREDIT_CODE_INVALID(Rule.R_CREDIT_CODE, "信用代码校验位错误", "a 统一社会信用代码 with a wrong check character"),
	REGISTERED_GT_ADMITTED(Rule.X_REGISTERED_GT_ADMITTED, "报到数大于录取数", "报到数 = 录取数 + 5"),
	THROUGH_GT_ENROLLED(Rule.X_THROUGH_GT_ENROLLED, "贯通培养数大于在校生数", "贯通培养在校生数 = 在校生数 + 10"),
	INCOME_NOT_EMPLOYED(Rule.X_INCOME_NOT_EMPLOYED, "升学学生填月收入", "月收入 3000 for a graduate with 毕业去向 20"),
	FILE_NAME(Rule.W_FILE_NAME, null, "a clean file whose name names the year before"),
	MAJOR_NAME(Rule.W_MAJOR_NAME, "专业名称不规范", "专业名称 with 专业 appended"),
	ADMITTED_GT_PLAN(Rule.W_ADMITTED_GT_PLAN, "录取数超计划", "录取数 1.5 × 招生计划数"),
	GRADUATES_MISMATCH(Rule.W_GRADUATES_MISMATCH, "毕业生数不符", "毕业生数 of a major 3 more than its rows"),
	GENDER_ID(Rule.W_GENDER_ID, "性别与身份证不符", "性别 flipped for one graduate"),
	AGE(Rule.W_AGE, "教师年龄异常", "a teacher born in 1940"),
	INCOME_RANGE(Rule.W_INCOME_RANGE, "月收入异常", "月收入 450000"),
	TOTAL_MISMATCH(Rule.W_TOTAL_MISMATCH, "合计行不符", "a 合计 row whose 在校生数 is 7 too high"),
	TEACHER_MAJOR(Rule.W_TEACHER_MAJOR, "教师专业未开设", "a teacher's 所属专业代码 is a valid major the school does not offer"),
	CROSS_SCHOOL_ID(Rule.W_CROSS_SCHOOL_ID, "毕业生重复报送", "a graduate with the ID number of a graduate of school 0"),
	// Standard v2 (2025 on); after v1's, so that a v1 year's defect files stay as they were.
	SERVICE_SHEET_MISSING(Rule.F_SHEET_MISSING, "缺少服务贡献表", "the 服务贡献 sheet (new in v2) left out"),
	CASE_PART(Rule.R_CASE_PART, "案例所属部分无效", "a 典型案例 of the part 基本情况, which takes no cases"),
	CASE_LENGTH(Rule.R_CASE_LENGTH, "案例标题过长", "a 案例标题 of 53 characters"),
	CASE_TOO_MANY(Rule.R_CASE_TOO_MANY, "案例过多", "four 典型案例 of 产教融合"),
	CASE_PII(Rule.R_CASE_PII, "案例含手机号", "a 案例正文 ending in a mobile number"),
	SATISFIED_GT_SAMPLE(Rule.X_SATISFIED_GT_SAMPLE, "满意人数大于样本数", "其中满意人数 5 more than 母校满意度调查样本数"),
	APPRENTICE_GT_STUDENTS(Rule.X_APPRENTICE_GT_STUDENTS, "学徒制人数大于在校生数", "现代学徒制/订单培养在校生数 = 在校生数 + 3");
	// @formatter:on

	private final Rule rule;

	private final String label;

	private final String description;

	Defect(Rule rule, String label, String description) {
		this.rule = rule;
		this.label = label;
		this.description = description;
	}

	Rule rule() {
		return this.rule;
	}

	/** Chinese words for the file name, or null when the name itself is the defect. */
	String label() {
		return this.label;
	}

	String description() {
		return this.description;
	}

	/** Whether files of the standard can carry the defect. */
	boolean appliesTo(SubmissionStandard standard) {
		return (this == SERVICE_SHEET_MISSING) ? standard.hasSheet(SubmissionStandard.SERVICE)
				: this.rule.appliesTo(standard);
	}

	/** Whether a school has the rows this defect needs. */
	boolean fits(SampleSchool school) {
		return switch (this) {
			case SERVICE_SHEET_MISSING, APPRENTICE_GT_STUDENTS -> school.v2() != null && !school.majors().isEmpty();
			case CASE_PART, CASE_LENGTH, CASE_PII -> school.v2() != null && !school.v2().cases().isEmpty();
			case CASE_TOO_MANY -> school.v2() != null && school.v2().cases().size() > RuleParameters.CASES_PER_PART;
			case SATISFIED_GT_SAMPLE ->
				school.v2() != null && school.form(SubmissionStandard.PROFILE).value("alumni_survey_n") != null;
			case REQUIRED_EMPTY -> firstGraduate(school, "10").isPresent();
			case REGION_UNKNOWN, INCOME_RANGE -> firstIncome(school).isPresent();
			case INDUSTRY_UNKNOWN -> firstGraduate(school, "10").isPresent();
			case INCOME_NOT_EMPLOYED -> firstGraduate(school, "20").isPresent();
			case ID_PRECISION -> precisionCandidate(school).isPresent();
			case ID_DUPLICATE -> sameGenderPartner(school).isPresent();
			case STUDENT_NO_DUPLICATE, GENDER_ID, ID_INVALID, CROSS_SCHOOL_ID -> school.graduates().size() >= 2;
			case CREDIT_CODE_INVALID -> !school.partnerships().isEmpty();
			case MAJOR_NOT_OFFERED -> school.majors().stream().anyMatch((major) -> major.graduates() >= 2)
					&& unofferedMajor(school).isPresent();
			case TEACHER_MAJOR -> firstTeacherWithMajor(school).isPresent() && unofferedMajor(school).isPresent();
			case MAJOR_NAME ->
				"教育".equals(CodeLists.get(CodeLists.SCHOOL_TYPE).byCode(school.type()).attribute(CodeLists.SYSTEM));
			case GRADUATES_MISMATCH, MAJOR_UNKNOWN -> !school.graduates().isEmpty();
			case THROUGH_GT_ENROLLED, REGISTERED_GT_ADMITTED, TYPE_INVALID, ADMITTED_GT_PLAN, TOTAL_MISMATCH,
					SHEET_MISSING, SCHOOL_CODE_INVALID, YEAR_MISMATCH, COLUMN_MISSING, CODE_INVALID, RANGE_INVALID, AGE,
					FILE_NAME ->
				!school.majors().isEmpty() && !school.teachers().isEmpty();
		};
	}

	/**
	 * The damage for {@code school}; {@code other} is the clean school whose graduate a
	 * cross-school sample copies.
	 */
	Tampering tampering(SampleSchool school, SampleSchool other) {
		Tampering t = new Tampering();
		String graduates = SubmissionStandard.GRADUATES;
		String majors = SubmissionStandard.MAJORS;
		String teachers = SubmissionStandard.TEACHERS;
		String profile = SubmissionStandard.PROFILE;
		MajorRow firstMajor = school.majors().get(0);
		switch (this) {
			case SHEET_MISSING -> t.dropSheet(teachers);
			case SCHOOL_CODE_INVALID -> t.cell(profile, 0, "school_code", school.code().substring(0, 9));
			case YEAR_MISMATCH -> t.cell(profile, 0, "year", String.valueOf(school.year() - 1));
			case COLUMN_MISSING -> t.dropColumn(teachers, "name");
			case REQUIRED_EMPTY ->
				t.cell(graduates, firstGraduate(school, "10").orElseThrow(), "employer", Tampering.EMPTY);
			case TYPE_INVALID -> t.cell(majors, 0, "enrolled", "不详");
			case CODE_INVALID -> t.cell(teachers, 0, "title", "特级");
			case RANGE_INVALID -> t.cell(teachers, 0, "practice_days", 400);
			case STUDENT_NO_DUPLICATE -> t.cell(graduates, 1, "student_no", school.graduates().get(0).studentNo());
			case MAJOR_UNKNOWN -> {
				String unknown = (firstMajor.majorCode().length() == 4) ? "9901"
						: firstMajor.majorCode().substring(0, 4) + "99";
				t.cell(majors, 0, "major_code", unknown);
				replaceMajor(t, school, firstMajor.majorCode(), unknown);
			}
			case MAJOR_NOT_OFFERED -> {
				int m = indexOfMajorWithGraduates(school, 2);
				MajorRow major = school.majors().get(m);
				int row = firstRowOfMajor(school, major.majorCode());
				t.cell(graduates, row, "major_code", unofferedMajor(school).orElseThrow());
				t.cell(majors, m, "graduates", major.graduates() - 1);
			}
			case REGION_UNKNOWN -> t.cell(graduates, firstIncome(school).orElseThrow(), "employer_region", "449999");
			case INDUSTRY_UNKNOWN ->
				t.cell(graduates, firstGraduate(school, "10").orElseThrow(), "employer_industry", "Z");
			case ID_INVALID ->
				t.cell(graduates, 0, "id_number", IdNumbers.withWrongCheck(school.graduates().get(0).idNumber()));
			case ID_PRECISION -> {
				int row = precisionCandidate(school).orElseThrow();
				// Excel keeps 15 significant digits of a number.
				double stored = new java.math.BigDecimal(school.graduates().get(row).idNumber())
					.round(new java.math.MathContext(15))
					.doubleValue();
				t.cell(graduates, row, "id_number", stored);
			}
			case ID_DUPLICATE -> t.cell(graduates, sameGenderPartner(school).orElseThrow(), "id_number",
					school.graduates().get(0).idNumber());
			case CREDIT_CODE_INVALID -> t.cell(SubmissionStandard.PARTNERSHIPS, 0, "partner_credit_code",
					CreditCodes.withWrongCheck(school.partnerships().get(0).partnerCreditCode()));
			case REGISTERED_GT_ADMITTED -> t.cell(majors, 0, "registered", firstMajor.admitted() + 5);
			case THROUGH_GT_ENROLLED -> t.cell(majors, 0, "through_track", firstMajor.enrolled() + 10);
			case INCOME_NOT_EMPLOYED ->
				t.cell(graduates, firstGraduate(school, "20").orElseThrow(), "monthly_income", 3000);
			case FILE_NAME -> {
				// The content is clean: the file name is the defect.
			}
			case MAJOR_NAME -> t.cell(majors, 0, "major_name", firstMajor.majorName() + "专业");
			case ADMITTED_GT_PLAN -> t.cell(majors, 0, "admitted", (int) Math.ceil(firstMajor.plan() * 1.5) + 1);
			case GRADUATES_MISMATCH -> t.cell(majors, indexOfMajorWithGraduates(school, 1), "graduates",
					school.majors().get(indexOfMajorWithGraduates(school, 1)).graduates() + 3);
			case GENDER_ID ->
				t.cell(graduates, 0, "gender", school.graduates().get(0).gender().equals("男") ? "女" : "男");
			case AGE -> t.cell(teachers, 0, "birth_date", "1940-05-01");
			case INCOME_RANGE -> t.cell(graduates, firstIncome(school).orElseThrow(), "monthly_income", 450_000);
			case TOTAL_MISMATCH -> t.wrongTotals(7);
			case TEACHER_MAJOR -> t.cell(teachers, firstTeacherWithMajor(school).orElseThrow(), "major_code",
					unofferedMajor(school).orElseThrow());
			case CROSS_SCHOOL_ID -> {
				GraduateRow copied = other.graduates().get(0);
				t.cell(graduates, 0, "id_number", copied.idNumber());
				t.cell(graduates, 0, "gender", copied.gender());
			}
			case SERVICE_SHEET_MISSING -> t.dropSheet(SubmissionStandard.SERVICE);
			case CASE_PART -> t.cell(SubmissionStandard.CASES, 0, "part", "基本情况");
			case CASE_LENGTH ->
				t.cell(SubmissionStandard.CASES, 0, "title", "深化产教融合、校企合作，推进现代学徒制和“岗课赛证”融通人才培养模式改革的探索与实践——以智能制造专业为例");
			case CASE_TOO_MANY -> {
				for (int r = 0; r <= RuleParameters.CASES_PER_PART; r++) {
					t.cell(SubmissionStandard.CASES, r, "part", "产教融合");
				}
			}
			case CASE_PII -> t.cell(SubmissionStandard.CASES, 0, "body",
					school.v2().cases().get(0).body() + "\n联系人：王老师，电话 139 2345 6789。");
			case SATISFIED_GT_SAMPLE -> {
				int sample = (Integer) school.form(profile).value("alumni_survey_n");
				t.cell(profile, 0, "alumni_satisfied", sample + 5);
			}
			case APPRENTICE_GT_STUDENTS -> t.cell(majors, 0, "apprentices", firstMajor.enrolled() + 3);
		}
		return t;
	}

	private static void replaceMajor(Tampering t, SampleSchool school, String code, String replacement) {
		for (int r = 0; r < school.graduates().size(); r++) {
			if (school.graduates().get(r).majorCode().equals(code)) {
				t.cell(SubmissionStandard.GRADUATES, r, "major_code", replacement);
			}
		}
		for (int r = 0; r < school.teachers().size(); r++) {
			if (code.equals(school.teachers().get(r).majorCode())) {
				t.cell(SubmissionStandard.TEACHERS, r, "major_code", replacement);
			}
		}
		for (int r = 0; r < school.partnerships().size(); r++) {
			if (code.equals(school.partnerships().get(r).majorCode())) {
				t.cell(SubmissionStandard.PARTNERSHIPS, r, "major_code", replacement);
			}
		}
	}

	private static Optional<Integer> firstGraduate(SampleSchool school, String destination) {
		for (int r = 0; r < school.graduates().size(); r++) {
			if (school.graduates().get(r).destination().equals(destination)) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private static Optional<Integer> firstIncome(SampleSchool school) {
		for (int r = 0; r < school.graduates().size(); r++) {
			if (school.graduates().get(r).monthlyIncome() != null) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	/**
	 * A woman's ID without X: as a number it loses its last 3 digits to zeros, still 女.
	 */
	private static Optional<Integer> precisionCandidate(SampleSchool school) {
		for (int r = 0; r < school.graduates().size(); r++) {
			GraduateRow row = school.graduates().get(r);
			if (row.gender().equals("女") && Character.isDigit(row.idNumber().charAt(17))) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private static Optional<Integer> sameGenderPartner(SampleSchool school) {
		List<GraduateRow> rows = school.graduates();
		for (int r = 1; r < rows.size(); r++) {
			if (!rows.isEmpty() && rows.get(r).gender().equals(rows.get(0).gender())) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private static Optional<Integer> firstTeacherWithMajor(SampleSchool school) {
		List<TeacherRow> rows = school.teachers();
		for (int r = 0; r < rows.size(); r++) {
			if (rows.get(r).majorCode() != null) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private static int indexOfMajorWithGraduates(SampleSchool school, int minimum) {
		for (int m = 0; m < school.majors().size(); m++) {
			if (school.majors().get(m).graduates() >= minimum) {
				return m;
			}
		}
		throw new IllegalStateException("no major with " + minimum + " graduates");
	}

	private static int firstRowOfMajor(SampleSchool school, String code) {
		for (int r = 0; r < school.graduates().size(); r++) {
			if (school.graduates().get(r).majorCode().equals(code)) {
				return r;
			}
		}
		throw new IllegalStateException("no graduate of " + code);
	}

	/** A valid major code of the school's level that it does not offer. */
	static Optional<String> unofferedMajor(SampleSchool school) {
		Set<String> offered = school.majors().stream().map(MajorRow::majorCode).collect(Collectors.toSet());
		String level = CodeLists.get(CodeLists.SCHOOL_TYPE).byCode(school.type()).attribute(CodeLists.LEVEL);
		if (level.equals("技工")) {
			return TechnicianMajors.ALL.stream()
				.map(TechnicianMajor::code)
				.filter((code) -> !offered.contains(code))
				.findFirst();
		}
		return ReferenceData.get()
			.majors()
			.stream()
			.filter((major) -> major.level().equals(level) && !offered.contains(major.code()))
			.map(Major::code)
			.findFirst();
	}

}
