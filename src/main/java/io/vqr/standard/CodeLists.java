package io.vqr.standard;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard's closed code lists (submission standard 2.1–2.5): A 办学类型, B 毕业去向, C
 * 专业技术职务 and the short lists. Keys are referenced by {@link FieldDef#codeList()}.
 */
public final class CodeLists {

	public static final String SCHOOL_TYPE = "school_type";

	public static final String OWNERSHIP = "ownership";

	public static final String DESTINATION = "destination";

	public static final String TITLE = "title";

	public static final String EDUCATION = "education";

	public static final String DEGREE = "degree";

	public static final String EMPLOYER_KIND = "employer_kind";

	public static final String PARTNERSHIP_FORM = "partnership_form";

	public static final String TEACHER_CATEGORY = "teacher_category";

	public static final String GENDER = "gender";

	/** v2: the report part a 典型案例 belongs to. */
	public static final String CASE_PART = "case_part";

	/** 办学类型 attribute: 教育 or 人社. */
	public static final String SYSTEM = "system";

	/** 办学类型 attribute: 中职, 高职专科, 职业本科 or 技工. */
	public static final String LEVEL = "level";

	/**
	 * 办学类型 attribute: the column of the thresholds table, 中职 (中职 and 技工) or 高职 (高职专科,
	 * 职业本科, 技师学院).
	 */
	public static final String THRESHOLD_GROUP = "threshold_group";

	/** 毕业去向 attribute: employed, further_study or not_placed. */
	public static final String DESTINATION_GROUP = "group";

	private static final Map<String, CodeList> LISTS = build();

	private CodeLists() {
	}

	public static CodeList get(String key) {
		CodeList list = LISTS.get(key);
		if (list == null) {
			throw new IllegalArgumentException("no code list " + key);
		}
		return list;
	}

	public static List<CodeList> all() {
		return List.copyOf(LISTS.values());
	}

	private static Map<String, CodeList> build() {
		// @formatter:off
		List<CodeList> lists = List.of(
			new CodeList(SCHOOL_TYPE, "办学类型", List.of(
				schoolType("中等职业学校", "教育", "中职", "中职", "中职", "中专", "职业高中"),
				schoolType("高职专科", "教育", "高职专科", "高职", "高职", "高职(专科)", "高等职业学校", "专科"),
				schoolType("职业本科", "教育", "职业本科", "高职", "本科层次职业学校", "职业大学"),
				schoolType("技工学校", "人社", "技工", "中职"),
				schoolType("高级技工学校", "人社", "技工", "中职"),
				schoolType("技师学院", "人社", "技工", "高职"))),
			new CodeList(OWNERSHIP, "办学性质", List.of(CodeEntry.of("公办", "公办"), CodeEntry.of("民办", "民办"))),
			new CodeList(DESTINATION, "毕业去向", List.of(
				destination("10", "签订就业协议/劳动合同", "employed", "协议就业", "合同就业", "签约就业"),
				destination("11", "灵活就业", "employed"),
				destination("12", "自主创业", "employed", "创业"),
				destination("13", "应征义务兵", "employed", "参军", "入伍"),
				destination("14", "基层项目", "employed", "西部计划", "三支一扶", "特岗教师"),
				destination("20", "升学", "further_study", "境内升学", "专升本", "升入高职", "升入本科"),
				destination("21", "出国（境）深造", "further_study", "出国", "留学", "出国(境)深造"),
				destination("30", "待就业", "not_placed"),
				destination("31", "暂不就业", "not_placed"))),
			new CodeList(TITLE, "专业技术职务", List.of(
				CodeEntry.of("正高级", "正高级", "教授", "研究员", "正高级讲师", "正高级教师"),
				CodeEntry.of("副高级", "副高级", "副教授", "高级讲师", "高级教师", "高级实习指导教师", "高级工程师"),
				CodeEntry.of("中级", "中级", "讲师", "一级教师", "一级实习指导教师", "工程师"),
				CodeEntry.of("初级", "初级", "助教", "助理讲师", "二级教师", "助理工程师"),
				CodeEntry.of("未评级", "未评级", "无"))),
			new CodeList(EDUCATION, "最高学历", names("研究生", "本科", "专科", "其他")),
			new CodeList(DEGREE, "最高学位", names("博士", "硕士", "学士", "无")),
			new CodeList(EMPLOYER_KIND, "单位性质", names("国有企业", "民营企业", "外资企业", "机关事业单位", "其他")),
			new CodeList(PARTNERSHIP_FORM, "合作形式", names("订单班", "冠名班", "现代学徒制", "产业学院", "共建实训基地", "其他")),
			new CodeList(TEACHER_CATEGORY, "教师类别", List.of(
				CodeEntry.of("专任教师", "专任教师", "专任", "专职"),
				CodeEntry.of("校外兼职教师", "校外兼职教师", "兼职", "外聘", "兼职教师"))),
			new CodeList(GENDER, "性别", List.of(
				CodeEntry.of("男", "男", "男性", "M"),
				CodeEntry.of("女", "女", "女性", "F"))),
			new CodeList(CASE_PART, "所属部分", List.of(
				CodeEntry.of("人才培养", "人才培养", "学生发展"),
				CodeEntry.of("产教融合", "产教融合", "校企合作"),
				CodeEntry.of("服务贡献", "服务贡献"),
				CodeEntry.of("文化传承", "文化传承"),
				CodeEntry.of("国际合作", "国际合作"),
				CodeEntry.of("发展保障", "发展保障"))));
		// @formatter:on
		return lists.stream()
			.collect(Collectors.toMap(CodeList::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private static CodeEntry schoolType(String name, String system, String level, String thresholdGroup,
			String... aliases) {
		return CodeEntry.of(name, name, aliases)
			.with(SYSTEM, system)
			.with(LEVEL, level)
			.with(THRESHOLD_GROUP, thresholdGroup);
	}

	private static CodeEntry destination(String code, String name, String group, String... aliases) {
		return CodeEntry.of(code, name, aliases).with(DESTINATION_GROUP, group);
	}

	private static List<CodeEntry> names(String... names) {
		return java.util.Arrays.stream(names).map((name) -> CodeEntry.of(name, name)).toList();
	}

}
