package io.vqr.indicators;

/**
 * Two schools with 2025 files read with standard v2 (approved in the review model) and
 * one of them with a 2024 (v1) file, for the v2 indicators and the eight-part report; the
 * expected values are computed by hand in the tests.
 * <ul>
 * <li>A (中等职业学校, 广州): 400 students over two majors, one giving 学徒制 (60 of 300); three
 * graduates with the 证书 column (2 是); 2 专任 and 3 兼职 teachers; 服务贡献 100 + 50 + 10 万元; 国际合作
 * 4 students, 1 + 2 standards; four cases, one of them with markup in its text.</li>
 * <li>B (高职专科, 深圳): 100 students (10 学徒制); two graduates of a file without the 证书 column;
 * no alumni survey; everything of 服务贡献 and 国际合作 0; no case.</li>
 * </ul>
 */
public final class V2ProvinceFixture {

	public static final int YEAR = 2025;

	public static final String A = "4144000101";

	public static final String B = "4144000102";

	public static final String A_NAME = "广州新标准职业技术学校";

	public static final String B_NAME = "深圳新标准职业技术学院";

	/** A case text with markup that must print as text. */
	public static final String MARKUP_TITLE = "<b>校企</b>共建 & “双元”育人";

	/** A case title a spreadsheet would read as a formula. */
	public static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.com\",\"质量保证\")";

	/** The title of a case of some 1,900 characters, longer than a page's half. */
	public static final String LONG_TITLE = "技术服务助力中小微企业数字化转型";

	private V2ProvinceFixture() {
	}

	public static WarehouseFixture create(String prefix) {
		WarehouseFixture db = WarehouseFixture.create(prefix);
		schoolA(db);
		schoolAPreviousYear(db);
		schoolB(db);
		return db;
	}

	private static void schoolA(WarehouseFixture db) {
		long id = db.submission(YEAR, A, A_NAME, "ACCEPTED", 1, true);
		db.approved(YEAR, A, id);
		db.profile(id, YEAR, A, A_NAME, "中等职业学校", "公办", "440106", 150, 300, 12000, 16000.0);
		db.v2Profile(id, 8000, 1000, 320.5, 120, 4200.0, 60, 600, 18.5, 200, 180, 40, 36);
		db.major(id, "710201", "计算机应用", 100, 95, 90, 300, null, 2);
		db.major(id, "660101", "机械制造技术", 40, 40, 38, 100, null, 1);
		db.apprentices(id, "710201", 60);
		db.graduate(id, "710201", "10", "440106", "C", "国有企业", true, 4000, true);
		db.graduate(id, "710201", "11", "440305", "C", "民营企业", true, 5000, true);
		db.graduate(id, "660101", "20", null, null, null, null, null, false);
		db.teacher(id, "专任教师", true, true, "副高级", "本科", "硕士", 20, 40);
		db.teacher(id, "专任教师", true, false, "中级", "本科", "学士", 10, 20);
		db.teacher(id, "校外兼职教师", null, true, "中级", "本科", null, 0, 0);
		db.teacher(id, "校外兼职教师", null, false, "中级", "本科", null, 0, 0);
		db.teacher(id, "校外兼职教师", null, false, "初级", "本科", null, 0, 0);
		db.partnership(id, "订单班", 10, 5, 2);
		db.service(id, 100, 50, 10, 30, 1500, 1200.5, 6, 2, 5.5);
		db.international(id, 4, 120, 30, 20, 1, 1, 2, 0);
		db.caseStudy(id, "人才培养", "岗课赛证融通培养数控技能人才", paragraphs("学校以岗位能力为导向", 3));
		db.caseStudy(id, "校企合作", MARKUP_TITLE, paragraphs("<script>alert(1)</script>学校与企业共建产业学院", 2));
		db.caseStudy(id, "服务贡献", LONG_TITLE, paragraphs("学校面向中小微企业开展技术服务", 18));
		db.caseStudy(id, "文化传承", "非遗广彩进校园", paragraphs("学校引入广彩大师工作室", 2));
		db.caseStudy(id, "国际合作", "鲁班工坊走出去", paragraphs("学校在东南亚合作建设鲁班工坊", 2));
		db.caseStudy(id, "发展保障", FORMULA_TITLE, paragraphs("学校完善内部质量保证体系", 1));
	}

	private static void schoolAPreviousYear(WarehouseFixture db) {
		long id = db.submission(YEAR - 1, A, A_NAME, "ACCEPTED", 1, true);
		db.approved(YEAR - 1, A, id);
		db.profile(id, YEAR - 1, A, A_NAME, "中等职业学校", "公办", "440106", 140, 280, 11000, 15000.0);
		db.major(id, "710201", "计算机应用", 100, 90, 85, 380, null, 2);
		db.graduate(id, "710201", "10", "440106", "C", "国有企业", true, 3800);
		db.graduate(id, "710201", "30", null, null, null, null, null);
		db.teacher(id, "专任教师", true, true, "副高级", "本科", "硕士", 20, 40);
		db.teacher(id, "校外兼职教师", null, true, "中级", "本科", null, 0, 0);
	}

	private static void schoolB(WarehouseFixture db) {
		long id = db.submission(YEAR, B, B_NAME, "ACCEPTED", 1, true);
		db.approved(YEAR, B, id);
		db.profile(id, YEAR, B, B_NAME, "高职专科", "民办", "440305", 50, 80, 6000, null);
		db.v2Profile(id, 2000, 500, 0, 40, null, null, 300, 6, null, null, 10, 5);
		db.major(id, "510201", "计算机应用技术", 40, 40, 35, 100, null, 2);
		db.apprentices(id, "510201", 10);
		db.graduate(id, "510201", "10", "440305", "I", "民营企业", true, 6000, null);
		db.graduate(id, "510201", "12", "440305", "I", null, false, 7000, null);
		db.teacher(id, "专任教师", true, true, "中级", "研究生", "硕士", 15, 30);
		db.teacher(id, "校外兼职教师", null, false, "中级", "本科", null, 0, 0);
		db.service(id, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		db.international(id, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/** A case body of {@code count} paragraphs, each over 40 characters. */
	public static String paragraphs(String opening, int count) {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			if (i > 1) {
				body.append('\n');
			}
			body.append(opening)
				.append("，第")
				.append(i)
				.append("段：围绕区域产业需求，校企双方共同制定人才培养方案，共建实训基地，共同开发课程与教材，")
				.append("实行双导师制，学生在真实生产环境中完成项目化学习，技能水平和就业质量明显提升。");
		}
		return body.toString();
	}

}
