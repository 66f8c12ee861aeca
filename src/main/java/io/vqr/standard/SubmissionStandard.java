package io.vqr.standard;

import java.util.List;
import java.util.Optional;

import io.vqr.standard.SheetDef.HeaderGroup;
import io.vqr.standard.SheetDef.Layout;

import static io.vqr.standard.FieldDef.builder;
import static io.vqr.standard.RuleParameters.DURATION_YEARS;
import static io.vqr.standard.RuleParameters.INCOME_DESTINATIONS;
import static io.vqr.standard.RuleParameters.PRACTICE_DAYS;
import static io.vqr.standard.RuleParameters.SCHOOL_CODE_DIGITS;
import static io.vqr.standard.RuleParameters.TECHNICIAN_MAJOR_DIGITS;
import static io.vqr.standard.RuleParameters.TRAINING_HOURS;
import static io.vqr.standard.RuleParameters.censusDayText;

/**
 * Submission standard v1 (职业院校年度质量数据采集表) as data: the one definition of sheets and fields
 * that drives the template, the reader, the validation, the warehouse loader and the
 * published docs.
 */
public final class SubmissionStandard {

	public static final String VERSION = "v1";

	public static final String PROFILE = "profile";

	public static final String MAJORS = "majors";

	public static final String GRADUATES = "graduates";

	public static final String TEACHERS = "teachers";

	public static final String PARTNERSHIPS = "partnerships";

	/** The template's instructions sheet. */
	public static final String INSTRUCTIONS_SHEET = "填报说明";

	/** The template's hidden sheet of drop-down lists. */
	public static final String CODE_LIST_SHEET = "代码表";

	/** Sheets the template itself adds: read past silently, never an I-EXTRA-SHEET. */
	public static final java.util.List<String> TEMPLATE_SHEETS = java.util.List.of(INSTRUCTIONS_SHEET, CODE_LIST_SHEET);

	private static final SubmissionStandard V1 = new SubmissionStandard(
			List.of(profile(), majors(), graduates(), teachers(), partnerships()));

	private final List<SheetDef> sheets;

	private SubmissionStandard(List<SheetDef> sheets) {
		this.sheets = List.copyOf(sheets);
	}

	public static SubmissionStandard v1() {
		return V1;
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
	private static SheetDef profile() {
		return new SheetDef(PROFILE, "基本信息", List.of("学校基本信息"), Layout.FORM, true, List.of(
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
				.note("上一财政年度，单位元").example("15800").build()),
			List.of(), "学校概况与办学条件：在标签右侧的单元格填写数值");
	}

	private static SheetDef majors() {
		return new SheetDef(MAJORS, "专业与招生", List.of("专业及招生", "专业设置与招生"), Layout.TABLE, true, List.of(
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
				.note("本年度毕业生人数，应与「毕业生去向」中该专业人数一致").example("105").build()),
			List.of(new HeaderGroup("招生情况", List.of("plan", "admitted", "registered"))),
			"每个开设专业一行");
	}

	private static SheetDef graduates() {
		return new SheetDef(GRADUATES, "毕业生去向", List.of("毕业生就业去向", "毕业去向"), Layout.TABLE, true, List.of(
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
				.note("升学或出国（境）深造的院校名称").example("广州示例职业技术学院").build()),
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
	// @formatter:on

}
