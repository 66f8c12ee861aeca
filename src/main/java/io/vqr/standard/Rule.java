package io.vqr.standard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.vqr.standard.RuleParameters.YearOverYearCount;

import static io.vqr.standard.RuleParameters.ADMITTED_PER_PLAN;
import static io.vqr.standard.RuleParameters.CASES_PER_PART;
import static io.vqr.standard.RuleParameters.CASE_BODY_MAX;
import static io.vqr.standard.RuleParameters.CASE_BODY_MIN;
import static io.vqr.standard.RuleParameters.CASE_TITLE_MAX;
import static io.vqr.standard.RuleParameters.DURATION_YEARS;
import static io.vqr.standard.RuleParameters.EXCEL_SIGNIFICANT_DIGITS;
import static io.vqr.standard.RuleParameters.FILE_NAME_YEARS;
import static io.vqr.standard.RuleParameters.ID_BIRTH_YEAR_MIN;
import static io.vqr.standard.RuleParameters.INCOME_DESTINATIONS;
import static io.vqr.standard.RuleParameters.MONTHLY_INCOME;
import static io.vqr.standard.RuleParameters.PRACTICE_DAYS;
import static io.vqr.standard.RuleParameters.SCHOOL_CODE_DIGITS;
import static io.vqr.standard.RuleParameters.TEACHER_AGE;
import static io.vqr.standard.RuleParameters.TECHNICIAN_MAJOR_DIGITS;
import static io.vqr.standard.RuleParameters.TECHNICIAN_PROVINCIAL_PREFIX;
import static io.vqr.standard.RuleParameters.YEAR_OVER_YEAR_CHANGE;
import static io.vqr.standard.RuleParameters.censusDayText;
import static io.vqr.standard.RuleParameters.either;
import static io.vqr.standard.RuleParameters.technicianCategoriesText;

/**
 * The published rule catalogue (submission standard 5.1). Ids are stable: the project may
 * add rules but never change what an id means. The description is what the published
 * catalogue says; the message template is what a school reads next to the offending cell,
 * with {@code {0}}, {@code {1}}, ... filled in by the check that found it. Both are
 * written from {@link RuleParameters} and the standard's definitions (sheets, code lists)
 * once, when the class is loaded, so they state the numbers the checks use.
 */
public enum Rule {

	// @formatter:off
	F_UNREADABLE("F-UNREADABLE", Severity.ERROR, "文件无法读取",
			"文件不是可接受格式（.xlsx、.xlsm、.xls）的工作簿，或已损坏，或为空。",
			"文件无法作为工作簿读取：{0}。请用 Excel 或 WPS 打开后另存为 .xlsx 格式再提交。"),
	F_ENCRYPTED("F-ENCRYPTED", Severity.ERROR, "文件设置了密码",
			"工作簿设置了打开密码。",
			"工作簿设置了打开密码，无法读取。请在 Excel 中清除密码（文件→信息→保护工作簿→用密码进行加密，删除密码）后重新提交。"),
	F_TOO_LARGE("F-TOO-LARGE", Severity.ERROR, "文件超出限制",
			"文件或其中的部件超出配置的限制（文件大小、行数、压缩比即“压缩炸弹”）。",
			"文件超出限制：{0}。请删除无关的工作表、图片和空白行后重新提交。"),
	F_SHEET_MISSING("F-SHEET-MISSING", Severity.ERROR, "缺少必需的工作表",
			"缺少必需的工作表（" + requiredSheets() + "）。",
			"缺少必需的工作表「{0}」。{1}请使用本年度填报模板，不要删除工作表或修改工作表名称。"),
	F_SCHOOL_UNKNOWN("F-SCHOOL-UNKNOWN", Severity.ERROR, "学校代码缺失或无效",
			"「基本信息」中的学校代码缺失，或不是" + SCHOOL_CODE_DIGITS + "位数字。",
			"学校代码{0}。请在「基本信息」中填写" + SCHOOL_CODE_DIGITS + "位数字的学校代码（学校标识码），并将单元格设置为文本格式。"),
	F_YEAR_MISMATCH("F-YEAR-MISMATCH", Severity.ERROR, "统计年度不符",
			"「基本信息」中的统计年度与本次处理的年度不同。",
			"统计年度填写为“{0}”，本次采集的是 {1} 年度。请核对统计年度，或使用 {1} 年度的填报模板。"),
	W_FILE_NAME("W-FILE-NAME", Severity.WARNING, "文件名与内容不符",
			"文件名中含有其他学校代码（" + SCHOOL_CODE_DIGITS + "位数字）或其他年度（" + FILE_NAME_YEARS.text() + "）。",
			"文件名中的“{0}”与{1}不一致。建议文件名为 {2}。"),
	R_COLUMN_MISSING("R-COLUMN-MISSING", Severity.ERROR, "缺少必填列",
			"工作表缺少必填的列（表头无法识别）。",
			"工作表「{0}」缺少必填列「{1}」。请从填报模板复制该列表头，不要修改表头文字。"),
	R_REQUIRED("R-REQUIRED", Severity.ERROR, "必填项为空",
			"必填的单元格为空（包括按条件必填的单元格）。",
			"「{0}」不能为空{1}。"),
	R_TYPE("R-TYPE", Severity.ERROR, "格式错误",
			"单元格的值无法按其类型（数值、整数、日期、是/否）读取；或是没有计算结果的公式。",
			"「{0}」的值“{1}”不是有效的{2}。{3}"),
	R_CODE("R-CODE", Severity.ERROR, "不在代码表中",
			"值不在其代码表中（" + codeListNames() + "）。",
			"「{0}」的值“{1}”不在代码表「{2}」中。请从下拉列表中选择，可选值：{3}。"),
	R_RANGE("R-RANGE", Severity.ERROR, "超出允许范围",
			"数值超出硬性范围（如人数为负数、学制不在" + DURATION_YEARS.text() + "年、企业实践天数超过" + PRACTICE_DAYS.max() + "天）。",
			"「{0}」的值 {1} 超出允许范围（{2}）。请更正。"),
	R_DUPLICATE("R-DUPLICATE", Severity.ERROR, "重复记录",
			"同一工作表中学号、工号或专业代码重复。",
			"「{0}」“{1}”与第 {2} 行重复。同一工作表中{0}不能重复，请删除重复行或更正。"),
	R_MAJOR_UNKNOWN("R-MAJOR-UNKNOWN", Severity.ERROR, "专业代码无效",
			"专业代码不在学校层次对应的专业目录中（教育部门学校查《职业教育专业目录（2021年）》；技工院校为" + TECHNICIAN_MAJOR_DIGITS
					+ "位代码，前两位为" + technicianCategoriesText() + "，或" + TECHNICIAN_PROVINCIAL_PREFIX + "开头的省级特色专业）。",
			"专业代码“{0}”{1}。请对照{2}填写。"),
	R_MAJOR_NOT_OFFERED("R-MAJOR-NOT-OFFERED", Severity.ERROR, "毕业生专业未开设",
			"毕业生的专业代码不在「专业与招生」中。",
			"毕业生的专业代码“{0}”不在「专业与招生」中。请在「专业与招生」中补充该专业，或更正专业代码。"),
	R_REGION_UNKNOWN("R-REGION-UNKNOWN", Severity.ERROR, "行政区划代码无效",
			"行政区划代码不在区划代码表中（学校所在地须为市级或县级代码）。",
			"「{0}」“{1}”{2}。请填写6位行政区划代码，如 440111（广州市白云区）。"),
	R_INDUSTRY_UNKNOWN("R-INDUSTRY-UNKNOWN", Severity.ERROR, "行业代码无效",
			"行业不在《国民经济行业分类》（GB/T 4754-2017）中。",
			"「{0}」“{1}”不是国民经济行业分类（GB/T 4754-2017）的门类或大类。请填写门类字母（如 C）、两位大类代码（如 13）或门类名称（如 制造业）。"),
	R_ID_INVALID("R-ID-INVALID", Severity.ERROR, "身份证号无效",
			"身份证号不符合 GB 11643：18位，前17位为数字，校验位正确，第7–14位为有效的出生日期（" + ID_BIRTH_YEAR_MIN + "年以后、处理之日以前），前两位为省份代码。",
			"身份证号 {0} 无效：{1}。请核对后重新填写18位身份证号。"),
	R_ID_PRECISION("R-ID-PRECISION", Severity.ERROR, "身份证号丢失位数",
			"身份证号以数字格式保存，Excel 只保留" + EXCEL_SIGNIFICANT_DIGITS + "位有效数字，后几位已丢失。",
			"身份证号 {0} 以数字格式保存，Excel 只保留" + EXCEL_SIGNIFICANT_DIGITS + "位有效数字，末尾几位已丢失。请将该列设置为文本格式，重新录入完整的18位身份证号。"),
	R_ID_DUPLICATE("R-ID-DUPLICATE", Severity.ERROR, "身份证号重复",
			"同一工作表中同一身份证号出现两次。",
			"身份证号 {0} 与第 {1} 行重复。请删除重复行或更正身份证号。"),
	R_CREDIT_CODE("R-CREDIT-CODE", Severity.ERROR, "统一社会信用代码无效",
			"统一社会信用代码不是18位，或校验位错误（GB 32100）。",
			"统一社会信用代码“{0}”无效：{1}。请对照营业执照核对。"),
	X_REGISTERED_GT_ADMITTED("X-REGISTERED-GT-ADMITTED", Severity.ERROR, "报到数大于录取数",
			"报到数大于录取数。",
			"报到数 {0} 大于录取数 {1}。报到数不能超过录取数，请核对。"),
	X_THROUGH_GT_ENROLLED("X-THROUGH-GT-ENROLLED", Severity.ERROR, "贯通培养在校生数大于在校生数",
			"其中贯通培养在校生数大于在校生数。",
			"其中贯通培养在校生数 {0} 大于在校生数 {1}。请核对。"),
	X_INCOME_NOT_EMPLOYED("X-INCOME-NOT-EMPLOYED", Severity.ERROR, "非就业毕业生填写了月收入",
			"毕业去向不是就业（" + String.join("、", INCOME_DESTINATIONS) + "）的毕业生填写了月收入。",
			"毕业去向为“{0}”，不属于" + incomeDestinations() + "，不应填写月收入。请删除月收入或更正毕业去向。"),
	W_MAJOR_NAME("W-MAJOR-NAME", Severity.WARNING, "专业名称与目录不一致",
			"专业名称与专业目录中的名称不同（目录名称后加括号注明专业方向的除外）。",
			"专业名称“{0}”与专业目录中的名称“{1}”不一致。请使用目录名称，专业方向可写在名称后的括号中。"),
	W_ADMITTED_GT_PLAN("W-ADMITTED-GT-PLAN", Severity.WARNING, "录取数明显超计划",
			"录取数大于招生计划数的" + ADMITTED_PER_PLAN.text() + "倍。",
			"录取数 {0} 超过招生计划数 {1} 的" + ADMITTED_PER_PLAN.text() + "倍。请确认是否正确。"),
	W_GRADUATES_MISMATCH("W-GRADUATES-MISMATCH", Severity.WARNING, "毕业生数与名单不符",
			"某专业的毕业生数与「毕业生去向」中该专业的人数不同。",
			"专业 {0} 的毕业生数填写为 {1}，「毕业生去向」中该专业有 {2} 人。请核对。"),
	W_GENDER_ID("W-GENDER-ID", Severity.WARNING, "性别与身份证号不符",
			"性别与身份证号第17位表示的性别不一致。",
			"性别“{0}”与身份证号显示的性别“{1}”不一致。请核对。"),
	W_AGE("W-AGE", Severity.WARNING, "教师年龄异常",
			"教师在统计年度" + censusDayText() + "的年龄不在" + TEACHER_AGE.text() + "岁之间。",
			"出生日期 {0} 对应的年龄为 {1} 岁（截至 {2}），不在" + TEACHER_AGE.text() + "岁之间。请核对出生日期。"),
	W_INCOME_RANGE("W-INCOME-RANGE", Severity.WARNING, "月收入异常",
			"月收入不在" + MONTHLY_INCOME.text() + "元之间。",
			"月收入 {0} 元不在 " + MONTHLY_INCOME.text() + " 元之间。请确认金额及单位（元）是否正确。"),
	W_TOTAL_MISMATCH("W-TOTAL-MISMATCH", Severity.WARNING, "合计行与明细不符",
			"合计（总计、小计）行的数值与该列各行之和不同。",
			"合计行的「{0}」为 {1}，各明细行之和为 {2}。请核对合计行或明细行。"),
	W_TEACHER_MAJOR("W-TEACHER-MAJOR", Severity.WARNING, "教师所属专业未开设",
			"教师的所属专业代码不在「专业与招生」中。",
			"所属专业代码“{0}”不在「专业与招生」中。请核对。"),
	W_YOY_JUMP("W-YOY-JUMP", Severity.WARNING, "与上年相比变化过大",
			yearOverYearCounts() + "与本校上一年度已通过的数据相比变化超过" + YEAR_OVER_YEAR_CHANGE.percentText() + "。",
			"{0}为 {1}，上一年度为 {2}，变化 {3}，超过" + YEAR_OVER_YEAR_CHANGE.percentText() + "。请确认数据是否正确。"),
	W_CROSS_SCHOOL_ID("W-CROSS-SCHOOL-ID", Severity.WARNING, "毕业生重复报送",
			"毕业生的身份证号也出现在另一所学校本年度已通过的数据中。每批文件处理完后统一核对：同一批中的两所学校都会收到警告，之前已处理的学校结果不变。",
			"身份证号 {0} 也出现在另一所学校（学校代码 {1}）本年度已通过的毕业生数据中。请核对该毕业生是否属于本校。"),
	R_CASE_PART("R-CASE-PART", Severity.ERROR, "案例所属部分无效",
			"「典型案例」的所属部分不是" + casePartsText() + "之一。",
			"「{0}」的值“{1}”不是质量年报中可以放案例的部分。请从下拉列表中选择：{3}。", "v2"),
	R_CASE_LENGTH("R-CASE-LENGTH", Severity.ERROR, "案例长度不符",
			"案例标题超过" + CASE_TITLE_MAX + "个字，或案例正文少于" + CASE_BODY_MIN + "个字、多于" + CASE_BODY_MAX + "个字（空白和换行不计）。",
			"「{0}」有 {1} 个字，{2}。请{3}。", "v2"),
	R_CASE_TOO_MANY("R-CASE-TOO-MANY", Severity.ERROR, "案例过多",
			"同一部分的案例超过" + CASES_PER_PART + "个：第" + (CASES_PER_PART + 1) + "个起的各行报错。",
			"「{0}」部分的第 {1} 个案例：每个部分最多" + CASES_PER_PART + "个案例。请删除本行，或把它归入其他部分。", "v2"),
	R_CASE_PII("R-CASE-PII", Severity.ERROR, "案例含个人号码",
			"案例标题或正文中含有身份证号（18位且校验位符合 GB 11643，或15位旧号码）或手机号（1[3-9]开头的11位数字，可含空格或连字符）。质量年报公开发布，不得出现个人号码。",
			"「{0}」中含有{1}（第 {2} 个字起）。质量年报将公开发布，请删除该号码后重新提交。", "v2"),
	X_SATISFIED_GT_SAMPLE("X-SATISFIED-GT-SAMPLE", Severity.ERROR, "满意数与调查样本数不符",
			"母校满意度或用人单位满意度调查中，满意数大于调查样本数，或样本数与满意数只填了一项。",
			"{0}。调查样本数与满意数须成对填写，满意数不能大于样本数。", "v2"),
	X_APPRENTICE_GT_STUDENTS("X-APPRENTICE-GT-STUDENTS", Severity.ERROR, "学徒制在校生数大于在校生数",
			"现代学徒制/订单培养在校生数大于在校生数。",
			"现代学徒制/订单培养在校生数 {0} 大于在校生数 {1}。请核对。", "v2"),
	I_EXTRA_SHEET("I-EXTRA-SHEET", Severity.INFO, "多余的工作表",
			"工作表不属于填报标准，已忽略。",
			"工作表「{0}」不属于填报标准，已忽略。"),
	I_EXTRA_COLUMN("I-EXTRA-COLUMN", Severity.INFO, "多余的列",
			"列不属于填报标准，已忽略。",
			"列「{0}」不属于填报标准，已忽略。"),
	I_NO_GRADUATES("I-NO-GRADUATES", Severity.INFO, "无毕业生",
			"「毕业生去向」没有数据。",
			"「毕业生去向」没有数据，按本年度无毕业生处理。如有毕业生，请补充填写。");
	// @formatter:on

	private final String id;

	private final Severity severity;

	private final String title;

	private final String description;

	private final String template;

	/** The first standard that has the rule (v1's rules are every standard's). */
	private final String since;

	Rule(String id, Severity severity, String title, String description, String template) {
		this(id, severity, title, description, template, "v1");
	}

	Rule(String id, Severity severity, String title, String description, String template, String since) {
		this.id = id;
		this.severity = severity;
		this.title = title;
		this.description = description;
		this.template = template;
		this.since = since;
	}

	/** Whether files of the standard are checked with this rule. */
	public boolean appliesTo(SubmissionStandard standard) {
		List<SubmissionStandard> all = SubmissionStandard.all();
		int first = all.stream().map(SubmissionStandard::version).toList().indexOf(this.since);
		return all.indexOf(standard) >= first;
	}

	/** The rules of a standard's catalogue, in catalogue order. */
	public static List<Rule> of(SubmissionStandard standard) {
		return Arrays.stream(values()).filter((rule) -> rule.appliesTo(standard)).toList();
	}

	/**
	 * What the rule checks under a standard, where that differs by standard (the required
	 * sheets of F-SHEET-MISSING).
	 */
	public String description(SubmissionStandard standard) {
		if (this == F_SHEET_MISSING) {
			return "缺少必需的工作表（" + requiredSheets(standard) + "）。";
		}
		return this.description;
	}

	/**
	 * The rule a value outside a field's code list breaks: R-CODE, or the list's own rule
	 * (R-CASE-PART for 典型案例's 所属部分).
	 */
	public static Rule forUnknownCode(String codeList) {
		return CodeLists.CASE_PART.equals(codeList) ? R_CASE_PART : R_CODE;
	}

	/**
	 * F-SHEET-MISSING's second argument: for a sheet its standard added, since when it is
	 * required (a school may have used last year's template).
	 */
	public static String sheetMissingHint(SubmissionStandard standard, SheetDef sheet) {
		if (standard.newRequiredSheets().contains(sheet)) {
			return "自 " + standard.firstYear().orElseThrow() + " 年度起（采集标准 " + standard.version() + "）须填写此工作表。";
		}
		return "";
	}

	/** The stable, published id, e.g. {@code R-ID-INVALID}. */
	public String id() {
		return this.id;
	}

	public Severity severity() {
		return this.severity;
	}

	/** A short Chinese title. */
	public String title() {
		return this.title;
	}

	/** What the rule checks, as published in the rule catalogue. */
	public String description() {
		return this.description;
	}

	/** The message template, with numbered placeholders. */
	public String template() {
		return this.template;
	}

	/**
	 * The message a school reads: the template with {@code {i}} replaced by the i-th
	 * argument.
	 */
	public String message(Object... args) {
		String text = this.template;
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	public static Optional<Rule> byId(String id) {
		return Arrays.stream(values()).filter((rule) -> rule.id.equals(id)).findFirst();
	}

	// The texts' parts from other definitions. The enum's constants are built before its
	// static fields, so these read only other classes (none of which refers back to Rule
	// while it is initialised).

	private static String requiredSheets() {
		return requiredSheets(SubmissionStandard.v1());
	}

	private static String requiredSheets(SubmissionStandard standard) {
		return String.join("、", standard.sheets().stream().filter(SheetDef::required).map(SheetDef::name).toList());
	}

	private static String casePartsText() {
		return String.join("、", CodeLists.get(CodeLists.CASE_PART).entries().stream().map(CodeEntry::name).toList());
	}

	/** The code lists R-CODE covers: all but 所属部分, which has R-CASE-PART. */
	private static String codeListNames() {
		return String.join("、",
				CodeLists.all()
					.stream()
					.filter((list) -> !list.key().equals(CodeLists.CASE_PART))
					.map(CodeList::name)
					.toList());
	}

	private static String incomeDestinations() {
		CodeList destinations = CodeLists.get(CodeLists.DESTINATION);
		List<String> names = INCOME_DESTINATIONS.stream()
			.map((code) -> destinations.entries()
				.stream()
				.filter((entry) -> entry.code().equals(code))
				.findFirst()
				.orElseThrow()
				.display())
			.toList();
		return either(names);
	}

	private static String yearOverYearCounts() {
		return either(Arrays.stream(YearOverYearCount.values()).map(YearOverYearCount::label).toList());
	}

}
