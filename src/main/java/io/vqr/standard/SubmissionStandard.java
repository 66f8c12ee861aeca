package io.vqr.standard;

import java.util.List;
import java.util.Optional;

import io.vqr.standard.SheetDef.HeaderGroup;
import io.vqr.standard.SheetDef.Layout;

import static io.vqr.standard.FieldDef.builder;
import static io.vqr.standard.RuleParameters.CASES_PER_PART;
import static io.vqr.standard.RuleParameters.CASE_BODY_MAX;
import static io.vqr.standard.RuleParameters.CASE_BODY_MIN;
import static io.vqr.standard.RuleParameters.CASE_TITLE_MAX;
import static io.vqr.standard.RuleParameters.DURATION_YEARS;
import static io.vqr.standard.RuleParameters.INCOME_DESTINATIONS;
import static io.vqr.standard.RuleParameters.PRACTICE_DAYS;
import static io.vqr.standard.RuleParameters.SCHOOL_CODE_DIGITS;
import static io.vqr.standard.RuleParameters.TECHNICIAN_MAJOR_DIGITS;
import static io.vqr.standard.RuleParameters.TRAINING_HOURS;
import static io.vqr.standard.RuleParameters.censusDayText;

/**
 * The submission standards (职业院校年度质量数据采集表) as data: the one definition of sheets and
 * fields that drives the template, the reader, the validation, the warehouse loader and
 * the published docs. The year chooses the standard ({@link #forYear}): v1 up to 2024, v2
 * (v1 plus 服务贡献, 国际合作, 典型案例 and new fields, standard-v2.md) from 2025.
 */
public final class SubmissionStandard {

	/** The first 统计年度 read with v2. */
	public static final int FIRST_V2_YEAR = 2025;

	public static final String PROFILE = "profile";

	public static final String MAJORS = "majors";

	public static final String GRADUATES = "graduates";

	public static final String TEACHERS = "teachers";

	public static final String PARTNERSHIPS = "partnerships";

	/** v2: 服务贡献. */
	public static final String SERVICE = "service";

	/** v2: 国际合作. */
	public static final String INTERNATIONAL = "international";

	/** v2: 典型案例. */
	public static final String CASES = "cases";

	/** The template's instructions sheet. */
	public static final String INSTRUCTIONS_SHEET = "填报说明";

	/** The template's hidden sheet of drop-down lists. */
	public static final String CODE_LIST_SHEET = "代码表";

	/** Sheets the template itself adds: read past silently, never an I-EXTRA-SHEET. */
	public static final java.util.List<String> TEMPLATE_SHEETS = java.util.List.of(INSTRUCTIONS_SHEET, CODE_LIST_SHEET);

	private static final SubmissionStandard V1 = new SubmissionStandard("v1", null,
			List.of(profile(false), majors(false), graduates(false), teachers(), partnerships()));

	private static final SubmissionStandard V2 = new SubmissionStandard("v2", FIRST_V2_YEAR, List.of(profile(true),
			majors(true), graduates(true), teachers(), partnerships(), service(), international(), cases()));

	private final String version;

	/** The first 统计年度 read with this standard; null for the first standard. */
	private final Integer firstYear;

	private final List<SheetDef> sheets;

	private SubmissionStandard(String version, Integer firstYear, List<SheetDef> sheets) {
		this.version = version;
		this.firstYear = firstYear;
		this.sheets = List.copyOf(sheets);
	}

	public static SubmissionStandard v1() {
		return V1;
	}

	public static SubmissionStandard v2() {
		return V2;
	}

	/** The standard a 统计年度's workbooks are read, checked and reported with. */
	public static SubmissionStandard forYear(int year) {
		SubmissionStandard chosen = V1;
		for (SubmissionStandard standard : all()) {
			if (standard.firstYear == null || standard.firstYear <= year) {
				chosen = standard;
			}
		}
		return chosen;
	}

	/** Every standard, oldest first: the warehouse holds the tables of all of them. */
	public static List<SubmissionStandard> all() {
		return List.of(V1, V2);
	}

	/**
	 * The newest standard: what a file is read with when neither it nor the caller names
	 * a year.
	 */
	public static SubmissionStandard latest() {
		List<SubmissionStandard> all = all();
		return all.get(all.size() - 1);
	}

	/**
	 * Every sheet of every standard once, by key, in the newest standard's order with the
	 * newest definition (a superset of the older ones' fields): what covers every fact
	 * table and every sheet name the warehouse may hold.
	 */
	public static List<SheetDef> allSheets() {
		java.util.Map<String, SheetDef> byKey = new java.util.LinkedHashMap<>();
		List<SubmissionStandard> all = all();
		for (int i = all.size() - 1; i >= 0; i--) {
			for (SheetDef sheet : all.get(i).sheets()) {
				byKey.putIfAbsent(sheet.key(), sheet);
			}
		}
		return List.copyOf(byKey.values());
	}

	/** The standard before this one, if any (v1 for v2). */
	public Optional<SubmissionStandard> previous() {
		List<SubmissionStandard> all = all();
		int at = all.indexOf(this);
		return (at > 0) ? Optional.of(all.get(at - 1)) : Optional.empty();
	}

	/** The first 统计年度 read with this standard, or empty for the first standard. */
	public Optional<Integer> firstYear() {
		return Optional.ofNullable(this.firstYear);
	}

	/** The sheets this standard requires that the one before it did not. */
	public List<SheetDef> newRequiredSheets() {
		return this.sheets.stream()
			.filter(SheetDef::required)
			.filter((sheet) -> previous().map((before) -> !before.hasSheet(sheet.key())).orElse(false))
			.toList();
	}

	/** v1, v2, … */
	public String version() {
		return this.version;
	}

	/** Whether this standard has the sheet (v1 has no 服务贡献, for example). */
	public boolean hasSheet(String key) {
		return this.sheets.stream().anyMatch((sheet) -> sheet.key().equals(key));
	}

	/** The sheets in template order. */
	public List<SheetDef> sheets() {
		return this.sheets;
	}

	public SheetDef sheet(String key) {
		return this.sheets.stream()
			.filter((sheet) -> sheet.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no sheet " + key));
	}

	/** The sheet a workbook's sheet name stands for, after normalization. */
	public Optional<SheetDef> sheetNamed(String sheetName) {
		String key = TextNormalizer.key(sheetName);
		return this.sheets.stream()
			.filter((sheet) -> sheet.names().stream().anyMatch((name) -> TextNormalizer.key(name).equals(key)))
			.findFirst();
	}

	// @formatter:off
	private static SheetDef profile(boolean v2) {
		List<FieldDef> fields = new java.util.ArrayList<>(List.of(
			builder("school_code", "学校代码", FieldType.SCHOOL_CODE).aliases("学校标识码", "院校代码")
				.note(SCHOOL_CODE_DIGITS + "位数字的学校标识码，按文本填写").example("4144012345").build(),
			builder("school_name", "学校名称", FieldType.TEXT).aliases("院校名称")
				.note("学校全称，与公章一致").example("广州市示例职业技术学校").build(),
			builder("school_type", "办学类型", FieldType.CODE).aliases("学校类型").codes(CodeLists.SCHOOL_TYPE)
				.note("从下拉列表选择").example("中等职业学校").build(),
			builder("ownership", "办学性质", FieldType.CODE).codes(CodeLists.OWNERSHIP)
				.note("公办或民办").example("公办").build(),
			builder("region_code", "所在地区代码", FieldType.REGION_CODE).aliases("所在地代码", "行政区划代码")
				.note("学校所在地的6位行政区划代码，市级或县级").example("440111").build(),
			builder("year", "统计年度", FieldType.YEAR).aliases("年度", "填报年度")
				.note("4位年份，须与本次采集年度一致").example("2024").build(),
			builder("contact", "填报人", FieldType.TEXT).optional()
				.note("填报人姓名").example("李老师").build(),
			builder("phone", "联系电话", FieldType.TEXT).optional()
				.note("仅供数据办联系，不出现在任何报告中").example("020-12345678").build(),
			builder("equipment_value", "教学科研仪器设备资产总值", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
				.note("截至上一年12月31日，单位万元").example("3560.5").build(),
			builder("workstations", "校内实践教学工位数", FieldType.INTEGER).unit(Unit.PIECE).nonNegative()
				.note("截至上一年12月31日").example("2400").build(),
			builder("books", "纸质图书", FieldType.INTEGER).unit(Unit.VOLUME).nonNegative()
				.note("截至上一年12月31日").example("185000").build(),
			builder("computers", "教学用计算机", FieldType.INTEGER).unit(Unit.SET).nonNegative().optional()
				.note("截至上一年12月31日").example("1200").build(),
			builder("funding_per_student", "年生均财政拨款水平", FieldType.DECIMAL).unit(Unit.YUAN).nonNegative()
				.requiredWhen("ownership", "公办")
				.note("上一财政年度，单位元").example("15800").build()));
		if (v2) {
			fields.addAll(List.of(
				builder("building_area", "教学及辅助、行政办公用房面积", FieldType.DECIMAL).unit(Unit.SQUARE_METRE).nonNegative()
					.note("截至上一年12月31日，单位平方米").example("86500").build(),
				builder("bandwidth", "校园网主干最大带宽", FieldType.DECIMAL).unit(Unit.MBPS).nonNegative()
					.note("单位Mbps").example("10000").build(),
				builder("enterprise_equipment_value", "企业提供的校内实践教学设备值", FieldType.DECIMAL).unit(Unit.WAN_YUAN)
					.nonNegative().note("单位万元").example("320").build(),
				builder("courses", "教学计划内课程总数", FieldType.INTEGER).unit(Unit.COURSE).nonNegative()
					.note("本学年教学计划内开设的课程").example("286").build(),
				builder("special_funding_per_student", "年生均财政专项经费", FieldType.DECIMAL).unit(Unit.YUAN).nonNegative()
					.requiredWhen("ownership", "公办")
					.note("上一财政年度，单位元；公办学校必填").example("4200").build(),
				builder("staff_quota", "教职工额定编制数", FieldType.INTEGER).unit(Unit.PERSON).nonNegative()
					.requiredWhen("ownership", "公办")
					.note("公办学校必填").example("260").build(),
				builder("parttime_hours", "企业兼职教师年课时总量", FieldType.INTEGER).unit(Unit.CLASS_HOUR).nonNegative()
					.note("本年度，单位课时").example("5600").build(),
				builder("parttime_pay", "年支付企业兼职教师课酬", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
					.note("本年度，单位万元").example("84").build(),
				builder("alumni_survey_n", "母校满意度调查样本数", FieldType.INTEGER).unit(Unit.PERSON).nonNegative().optional()
					.note("选填；与「其中满意人数」成对填写").example("320").build(),
				builder("alumni_satisfied", "其中满意人数", FieldType.INTEGER).unit(Unit.PERSON).nonNegative().optional()
					.note("不大于母校满意度调查样本数").example("298").build(),
				builder("employer_survey_n", "用人单位满意度调查样本数", FieldType.INTEGER).unit(Unit.ORGANIZATION).nonNegative()
					.optional().note("选填；与「其中满意数」成对填写").example("45").build(),
				builder("employer_satisfied", "其中满意数", FieldType.INTEGER).unit(Unit.ORGANIZATION).nonNegative().optional()
					.note("不大于用人单位满意度调查样本数").example("43").build()));
		}
		return new SheetDef(PROFILE, "基本信息", List.of("学校基本信息"), Layout.FORM, true, fields, List.of(),
				"学校概况与办学条件：在标签右侧的单元格填写数值");
	}

	private static SheetDef majors(boolean v2) {
		List<FieldDef> fields = new java.util.ArrayList<>(List.of(
			builder("major_code", "专业代码", FieldType.MAJOR_CODE).aliases("专业编码")
				.note("《职业教育专业目录（2021年）》代码；技工院校填" + TECHNICIAN_MAJOR_DIGITS + "位专业代码").example("710201").build(),
			builder("major_name", "专业名称", FieldType.TEXT)
				.note("目录中的专业名称，专业方向可写在括号中").example("计算机应用").build(),
			builder("duration", "学制", FieldType.INTEGER).unit(Unit.YEAR).range(DURATION_YEARS)
				.note("可填 3、3年、三年").example("3").build(),
			builder("plan", "招生计划数", FieldType.INTEGER).aliases("计划数", "计划招生数").nonNegative()
				.note("本年度秋季招生计划").example("120").build(),
			builder("admitted", "录取数", FieldType.INTEGER).aliases("实际录取数").nonNegative()
				.note("本年度秋季实际录取人数").example("118").build(),
			builder("registered", "报到数", FieldType.INTEGER).aliases("实际报到数", "新生报到数").nonNegative()
				.note("实际报到的新生人数，不大于录取数").example("112").build(),
			builder("enrolled", "在校生数", FieldType.INTEGER).aliases("在校生").nonNegative()
				.note("截至" + censusDayText() + "的在校生人数").example("340").build(),
			builder("through_track", "其中贯通培养在校生数", FieldType.INTEGER).aliases("贯通培养在校生数")
				.nonNegative().optional()
				.note("中高职贯通、五年一贯制、3+2等在校生，不大于在校生数").example("60").build(),
			builder("graduates", "毕业生数", FieldType.INTEGER).nonNegative()
				.note("本年度毕业生人数，应与「毕业生去向」中该专业人数一致").example("105").build()));
		if (v2) {
			fields.add(fields.size() - 1, builder("apprentices", "现代学徒制/订单培养在校生数", FieldType.INTEGER)
				.aliases("现代学徒制订单培养在校生数").nonNegative().optional()
				.note("选填，不大于在校生数").example("45").build());
		}
		return new SheetDef(MAJORS, "专业与招生", List.of("专业及招生", "专业设置与招生"), Layout.TABLE, true, fields,
			List.of(new HeaderGroup("招生情况", List.of("plan", "admitted", "registered"))),
			"每个开设专业一行");
	}

	private static SheetDef graduates(boolean v2) {
		List<FieldDef> fields = new java.util.ArrayList<>(List.of(
			builder("student_no", "学号", FieldType.TEXT)
				.note("同一工作表中不得重复").example("2021010101").build(),
			builder("name", "姓名", FieldType.TEXT)
				.note("毕业生姓名").example("张三").build(),
			builder("id_number", "身份证号", FieldType.ID_NUMBER).aliases("身份证号码", "证件号码")
				.note("18位居民身份证号，按文本填写（末位X大写）").example("44011120060315123X").build(),
			builder("gender", "性别", FieldType.CODE).codes(CodeLists.GENDER)
				.note("男或女").example("男").build(),
			builder("major_code", "专业代码", FieldType.MAJOR_CODE)
				.note("须为「专业与招生」中的专业").example("710201").build(),
			builder("destination", "毕业去向", FieldType.CODE).aliases("去向").codes(CodeLists.DESTINATION)
				.note("截至8月31日的初次去向，填代码或名称").example("10 签订就业协议/劳动合同").build(),
			builder("employer", "就业单位名称", FieldType.TEXT).aliases("单位名称").requiredWhen("destination", "10", "12")
				.note("单位全称").example("广州示例科技有限公司").build(),
			builder("employer_region", "单位所在地区代码", FieldType.REGION_CODE).aliases("就业地区代码")
				.requiredWhen("destination", "10", "11", "12")
				.note("6位行政区划代码，省、市、县级均可").example("440106").build(),
			builder("employer_industry", "单位行业", FieldType.INDUSTRY).aliases("行业门类")
				.requiredWhen("destination", "10", "12")
				.note("GB/T 4754-2017 门类字母、两位大类代码或门类名称").example("I").build(),
			builder("employer_kind", "单位性质", FieldType.CODE).codes(CodeLists.EMPLOYER_KIND).optional()
				.note("从下拉列表选择").example("民营企业").build(),
			builder("related", "是否专业对口", FieldType.YES_NO).aliases("专业对口")
				.requiredWhen("destination", "10", "11", "12")
				.note("是或否").example("是").build(),
			builder("monthly_income", "月收入", FieldType.DECIMAL).unit(Unit.YUAN).optional()
				.note("仅毕业去向为 " + String.join("、", INCOME_DESTINATIONS) + " 时填写，单位元").example("4500").build(),
			builder("further_school", "升学院校", FieldType.TEXT).requiredWhen("destination", "20", "21")
				.note("升学或出国（境）深造的院校名称").example("广州示例职业技术学院").build()));
		if (v2) {
			// optional column; when present every row needs a value (the validation's rule)
			fields.add(builder("certificate", "获得职业资格或职业技能等级证书", FieldType.YES_NO)
				.aliases("是否获得职业资格或职业技能等级证书", "双证书").requiredIfColumn()
				.note("是或否；填写此列时每名毕业生都须填写").example("是").build());
		}
		return new SheetDef(GRADUATES, "毕业生去向", List.of("毕业生就业去向", "毕业去向"), Layout.TABLE, true, fields,
			List.of(), "每名本年度毕业生一行");
	}

	private static SheetDef teachers() {
		return new SheetDef(TEACHERS, "教师", List.of("教师队伍", "教师信息"), Layout.TABLE, true, List.of(
			builder("staff_no", "工号", FieldType.TEXT).aliases("教工号")
				.note("同一工作表中不得重复").example("T0001").build(),
			builder("name", "姓名", FieldType.TEXT)
				.note("教师姓名").example("李四").build(),
			builder("id_number", "身份证号", FieldType.ID_NUMBER).aliases("身份证号码", "证件号码")
				.note("18位居民身份证号，按文本填写").example("440111198503151234").build(),
			builder("gender", "性别", FieldType.CODE).codes(CodeLists.GENDER)
				.note("男或女").example("女").build(),
			builder("birth_date", "出生日期", FieldType.DATE).aliases("出生年月")
				.note("可精确到月，如 1985-03 或 1985年3月").example("1985-03-15").build(),
			builder("category", "教师类别", FieldType.CODE).codes(CodeLists.TEACHER_CATEGORY)
				.note("专任教师或校外兼职教师").example("专任教师").build(),
			builder("specialty_course", "是否专业课教师", FieldType.YES_NO).requiredWhen("category", "专任教师")
				.note("专任教师必填，是或否").example("是").build(),
			builder("dual_qualified", "是否双师型", FieldType.YES_NO).aliases("双师型")
				.note("是或否").example("是").build(),
			builder("title", "专业技术职务", FieldType.CODE).aliases("职称").codes(CodeLists.TITLE)
				.note("正高级、副高级、中级、初级、未评级").example("中级").build(),
			builder("education", "最高学历", FieldType.CODE).aliases("学历").codes(CodeLists.EDUCATION)
				.note("研究生、本科、专科、其他").example("本科").build(),
			builder("degree", "最高学位", FieldType.CODE).aliases("学位").codes(CodeLists.DEGREE).optional()
				.note("博士、硕士、学士、无").example("硕士").build(),
			builder("major_code", "所属专业代码", FieldType.MAJOR_CODE).optional()
				.note("应为「专业与招生」中的专业").example("710201").build(),
			builder("practice_days", "年度企业实践天数", FieldType.INTEGER).aliases("企业实践天数").unit(Unit.DAY)
				.range(PRACTICE_DAYS).optional().defaultValue("0").example("30").build(),
			builder("training_hours", "年度培训学时", FieldType.DECIMAL).aliases("培训学时").unit(Unit.STUDY_HOUR)
				.range(TRAINING_HOURS).optional().defaultValue("0").example("72").build()),
			List.of(), "每名在册教师一行（专任教师和校外兼职教师）");
	}

	private static SheetDef partnerships() {
		return new SheetDef(PARTNERSHIPS, "校企合作", List.of("校企合作项目"), Layout.TABLE, false, List.of(
			builder("partner_name", "合作企业名称", FieldType.TEXT)
				.note("企业全称").example("广州示例制造有限公司").build(),
			builder("partner_credit_code", "统一社会信用代码", FieldType.CREDIT_CODE)
				.note("18位，校验位须正确").example("91440101MA59ABCD0A").build(),
			builder("form", "合作形式", FieldType.CODE).codes(CodeLists.PARTNERSHIP_FORM)
				.note("从下拉列表选择").example("订单班").build(),
			builder("major_code", "涉及专业代码", FieldType.MAJOR_CODE).optional()
				.note("合作涉及的专业").example("710201").build(),
			builder("interns", "接收实习学生数", FieldType.INTEGER).nonNegative().optional()
				.note("本年度").example("40").build(),
			builder("hires", "接收毕业生就业数", FieldType.INTEGER).nonNegative().optional()
				.note("本年度").example("12").build(),
			builder("mentors", "企业兼职教师数", FieldType.INTEGER).nonNegative().optional()
				.note("企业派出的兼职教师").example("3").build()),
			List.of(), "每个校企合作项目一行（选填工作表）");
	}

	private static SheetDef service() {
		return new SheetDef(SERVICE, "服务贡献", List.of("服务贡献情况"), Layout.FORM, true, List.of(
			builder("horizontal_service_income", "横向技术服务到款额", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
				.note("本年度到款，单位万元；没有填0").example("186.5").build(),
			builder("vertical_research_income", "纵向科研经费到款额", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
				.note("本年度到款，单位万元；没有填0").example("95").build(),
			builder("technology_trade_income", "技术交易到款额", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
				.note("本年度到款，单位万元；没有填0").example("12").build(),
			builder("training_income", "非学历培训到款额", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
				.note("本年度到款，单位万元；没有填0").example("260").build(),
			builder("training_person_times", "非学历培训人次", FieldType.INTEGER).unit(Unit.PERSON_TIME).nonNegative()
				.note("单位人次，不与人数相加").example("5400").build(),
			builder("public_training_hours", "公益性培训服务学时", FieldType.DECIMAL).unit(Unit.STUDY_HOUR).nonNegative()
				.note("单位学时").example("1200").build(),
			builder("ip_projects", "知识产权项目数", FieldType.INTEGER).unit(Unit.ITEM).nonNegative()
				.note("本年度，单位项").example("18").build(),
			builder("invention_patents", "发明专利授权数", FieldType.INTEGER).unit(Unit.ITEM).nonNegative()
				.note("本年度，单位项").example("3").build(),
			builder("patent_transfer_income", "专利成果转化到款额", FieldType.DECIMAL).unit(Unit.WAN_YUAN).nonNegative()
				.note("本年度到款，单位万元；没有填0").example("8").build()),
			List.of(), "服务贡献：在标签右侧的单元格填写数值，没有的填0");
	}

	private static SheetDef international() {
		return new SheetDef(INTERNATIONAL, "国际合作", List.of("国际合作情况", "国际影响"), Layout.FORM, true, List.of(
			builder("international_students", "全日制国(境)外留学生人数", FieldType.INTEGER).unit(Unit.PERSON).nonNegative()
				.note("没有填0").example("0").build(),
			builder("foreign_trainee_days", "非全日制国(境)外人员培训量", FieldType.INTEGER).unit(Unit.PERSON_DAY).nonNegative()
				.note("单位人日，没有填0").example("120").build(),
			builder("overseas_internship_days", "在校生服务\"走出去\"企业国(境)外实习时间", FieldType.INTEGER)
				.aliases("在校生服务走出去企业国(境)外实习时间").unit(Unit.PERSON_DAY).nonNegative()
				.note("单位人日，没有填0").example("0").build(),
			builder("overseas_teaching_days", "专任教师赴国(境)外指导和开展培训时间", FieldType.INTEGER).unit(Unit.PERSON_DAY)
				.nonNegative().note("单位人日，没有填0").example("30").build(),
			builder("overseas_post_teachers", "在国(境)外组织担任职务的专任教师人数", FieldType.INTEGER).unit(Unit.PERSON)
				.nonNegative().note("没有填0").example("1").build(),
			builder("adopted_major_standards", "开发并被国(境)外采用的专业教学标准数", FieldType.INTEGER).unit(Unit.PIECE)
				.nonNegative().note("没有填0").example("0").build(),
			builder("adopted_course_standards", "开发并被国(境)外采用的课程标准数", FieldType.INTEGER).unit(Unit.PIECE)
				.nonNegative().note("没有填0").example("2").build(),
			builder("overseas_awards", "国(境)外技能大赛获奖数量", FieldType.INTEGER).unit(Unit.ITEM).nonNegative()
				.note("单位项，没有填0").example("0").build()),
			List.of(), "国际合作：在标签右侧的单元格填写数值，没有的填0");
	}

	private static SheetDef cases() {
		return new SheetDef(CASES, "典型案例", List.of("案例"), Layout.TABLE, false, List.of(
			builder("part", "所属部分", FieldType.CODE).codes(CodeLists.CASE_PART)
				.note("人才培养、产教融合、服务贡献、文化传承、国际合作或发展保障").example("产教融合").build(),
			builder("title", "案例标题", FieldType.TEXT).aliases("标题")
				.note("不超过" + CASE_TITLE_MAX + "个字").example("校企共建智能制造产业学院").build(),
			builder("body", "案例正文", FieldType.PARAGRAPHS).aliases("正文", "案例内容")
				.note(CASE_BODY_MIN + "至" + CASE_BODY_MAX + "个字；单元格内换行即分段；不得含身份证号、手机号")
				.example("学校与本地龙头企业共建产业学院……").build()),
			List.of(), "每个案例一行，每个部分最多" + CASES_PER_PART + "个（选填工作表）");
	}
	// @formatter:on

}
