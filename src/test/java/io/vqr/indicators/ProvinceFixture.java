package io.vqr.indicators;

/**
 * A small province with hand-computed indicators (the expected values are in the tests):
 * three schools with current data in 2024 in two cities (广州 440100, 深圳 440300) and three
 * 办学类型, one of them also in 2023, a superseded 2024 version that must not count, a
 * rejected school, a roster school that did not submit and a school known from 2022 only.
 */
public final class ProvinceFixture {

	public static final int YEAR = 2024;

	public static final String S1 = "4144000001";

	public static final String S2 = "4144000002";

	public static final String S3 = "4144000003";

	public static final String S4 = "4144000004";

	public static final String S5 = "4144000005";

	public static final String S6 = "4144000006";

	public static final String S1_NAME = "广州示范职业技术学校";

	private ProvinceFixture() {
	}

	public static WarehouseFixture create(String prefix) {
		return populate(WarehouseFixture.create(prefix));
	}

	/** Loads the province into a warehouse. */
	public static WarehouseFixture populate(WarehouseFixture db) {
		school1(db);
		school1PreviousYear(db);
		school2(db);
		school3(db);
		statusOnly(db);
		return db;
	}

	/** 中等职业学校, 公办, 天河区 (广州): every destination, two majors, teachers of both kinds. */
	private static void school1(WarehouseFixture db) {
		long superseded = db.submission(YEAR, S1, S1_NAME, "ACCEPTED", 1, false);
		db.profile(superseded, YEAR, S1, S1_NAME, "中等职业学校", "公办", "440106", 999, 999, 999, 999.0);
		db.major(superseded, "710201", "计算机应用", 9999, 9999, 9999, 9999, null, 9999);
		db.graduate(superseded, "710201", "30", null, null, null, null, null);
		long id = db.submission(YEAR, S1, S1_NAME, "ACCEPTED", 2, true);
		db.profile(id, YEAR, S1, S1_NAME, "中等职业学校", "公办", "440106", 120, 200, 10000, 15000.0);
		db.major(id, "710201", "计算机应用", 100, 90, 80, 300, 30, 10);
		db.major(id, "660101", "机械制造技术", 50, 50, 45, 100, null, 5);
		db.graduate(id, "710201", "10", "440106", "C", "国有企业", true, 4000);
		db.graduate(id, "710201", "10", "440305", "13", "民营企业", false, 5000);
		db.graduate(id, "710201", "11", "450103", null, null, true, 3000);
		db.graduate(id, "660101", "12", "440104", "P", null, true, null);
		db.graduate(id, "660101", "13", null, null, null, null, null);
		db.graduate(id, "710201", "20", null, null, null, null, null);
		db.graduate(id, "710201", "21", null, null, null, null, null);
		db.graduate(id, "710201", "30", null, null, null, null, null);
		db.graduate(id, "660101", "31", null, null, null, null, null);
		db.graduate(id, "710201", "11", null, null, null, false, 6000);
		db.teacher(id, "专任教师", true, true, "正高级", "研究生", "硕士", 20, 40);
		db.teacher(id, "专任教师", true, false, "中级", "本科", "硕士", 10, 20);
		db.teacher(id, "专任教师", false, false, "副高级", "本科", "学士", 0, 30);
		db.teacher(id, "专任教师", true, true, "初级", "本科", "无", 30, 10);
		db.teacher(id, "校外兼职教师", null, true, "中级", "本科", null, 0, 0);
		db.teacher(id, "校外兼职教师", null, false, "未评级", "专科", null, 0, 0);
		db.partnership(id, "订单班", 10, 5, 2);
		db.partnership(id, "产业学院", null, null, null);
	}

	private static void school1PreviousYear(WarehouseFixture db) {
		long id = db.submission(YEAR - 1, S1, S1_NAME, "ACCEPTED", 1, true);
		db.profile(id, YEAR - 1, S1, S1_NAME, "中等职业学校", "公办", "440106", 114, 190, 9500, 14000.0);
		db.major(id, "710201", "计算机应用", 100, 100, 100, 380, null, 10);
		for (int i = 0; i < 5; i++) {
			db.graduate(id, "710201", "10", "440106", "C", "国有企业", i < 4, 5000);
		}
		for (int i = 0; i < 4; i++) {
			db.graduate(id, "710201", "20", null, null, null, null, null);
		}
		db.graduate(id, "710201", "30", null, null, null, null, null);
		db.teacher(id, "专任教师", true, true, "正高级", "本科", "硕士", 10, 20);
		db.teacher(id, "专任教师", true, true, "中级", "本科", "学士", 10, 20);
		db.teacher(id, "专任教师", true, true, "中级", "本科", "学士", 10, 20);
		db.teacher(id, "专任教师", true, false, "初级", "本科", "无", 10, 20);
	}

	/** 高职专科, 民办, 罗湖区 (深圳): no 专业课 teachers, no partnerships. */
	private static void school2(WarehouseFixture db) {
		long id = db.submission(YEAR, S2, "深圳示范职业技术学院", "ACCEPTED_WITH_WARNINGS", 1, true);
		db.profile(id, YEAR, S2, "深圳示范职业技术学院", "高职专科", "民办", "440303", 300, 300, 30000, null);
		db.major(id, "500101", "铁道工程技术", 200, 180, 170, 600, null, 5);
		db.graduate(id, "500101", "10", "440303", "C", "外资企业", true, 5000);
		db.graduate(id, "500101", "10", "440303", "C", "外资企业", true, 6000);
		db.graduate(id, "500101", "10", "440303", "C", "外资企业", true, 8000);
		db.graduate(id, "500101", "30", null, null, null, null, null);
		db.graduate(id, "500101", "31", null, null, null, null, null);
		db.teacher(id, "专任教师", false, false, "副高级", "研究生", "硕士", 0, 10);
		db.teacher(id, "专任教师", false, false, "中级", "本科", "学士", 0, 20);
	}

	/** 技师学院 (高职 thresholds), 公办, registered at city level (广州): no graduates, no plan. */
	private static void school3(WarehouseFixture db) {
		long id = db.submission(YEAR, S3, "广州技师学院", "ACCEPTED", 1, true);
		db.profile(id, YEAR, S3, "广州技师学院", "技师学院", "公办", "440100", 50, 100, 7000, 10000.0);
		db.major(id, "0101", "车工", 0, 0, 0, 100, null, 0);
		db.teacher(id, "专任教师", true, true, "副高级", "研究生", "硕士", 10, 20);
		db.teacher(id, "专任教师", true, false, "副高级", "本科", "学士", 10, 20);
		db.teacher(id, "专任教师", true, false, "中级", "本科", "学士", 10, 20);
		db.teacher(id, "专任教师", true, false, "中级", "本科", "学士", 10, 20);
		db.teacher(id, "专任教师", true, false, "初级", "本科", "学士", 10, 20);
	}

	private static void statusOnly(WarehouseFixture db) {
		db.roster(YEAR, S4, "深圳某职业学校", "中等职业学校", "440303");
		long rejected = db.submission(YEAR, S4, "深圳某职业学校", "REJECTED", 1, false);
		db.jdbc.update("update submission set error_count = 4 where submission_id = ?", rejected);
		db.finding(rejected, 1, "R-REQUIRED");
		db.finding(rejected, 2, "R-REQUIRED");
		db.finding(rejected, 3, "R-REQUIRED");
		db.finding(rejected, 4, "R-CODE");
		db.roster(YEAR, S5, "广州某高职学院", "高职专科", "440106");
		db.jdbc.update(
				"""
						insert into dim_school (school_code, school_name, school_type, ownership, region_code, first_year, last_year)
						values (?, '广州某中职学校', '中等职业学校', '公办', '440106', 2022, 2022)
						""",
				S6);
	}

}
