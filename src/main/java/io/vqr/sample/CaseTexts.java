package io.vqr.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.vqr.standard.RuleParameters;

/**
 * Plausible 典型案例 for sample schools (standard v2): a title and two to five paragraphs per
 * case, drawn from phrases per report part and filled in with the school's own city,
 * majors and partner companies, so no two schools read alike. Lengths stay well inside
 * {@link RuleParameters#CASE_BODY_MIN}–{@link RuleParameters#CASE_BODY_MAX} and the texts
 * carry no phone or ID number.
 */
final class CaseTexts {

	/** The report parts a case may belong to, by code. */
	static final List<String> PARTS = List.of("人才培养", "产教融合", "服务贡献", "文化传承", "国际合作", "发展保障");

	// @formatter:off
	private static final Map<String, List<String>> TITLES = Map.of(
		"人才培养", List.of("“岗课赛证”融通培养{major}技术技能人才", "以赛促学：{major}专业学生技能大赛获奖记", "分层分类教学让每名学生都有出彩机会",
				"“三全育人”视角下的{major}专业班级建设", "课堂革命：{major}专业项目化教学改革"),
		"产教融合", List.of("校企共建{major}产业学院", "与{company}共育{major}人才", "“订单班”让学生毕业即就业",
				"现代学徒制试点：{major}专业的“双导师”实践", "共建共享实训基地，服务{city}产业升级"),
		"服务贡献", List.of("服务{city}中小企业技术改造", "面向社区开展公益培训{hours}学时", "职业技能培训助力乡村振兴",
				"技术服务团队助力企业降本增效", "“送教下乡”服务{city}新型职业农民"),
		"文化传承", List.of("非遗技艺进校园：传承岭南工匠精神", "劳模工匠进课堂", "以“工匠精神”涵养校园文化",
				"传统文化社团活动育人成效", "红色文化与专业教育融合育人"),
		"国际合作", List.of("“中文+职业技能”海外培训项目", "与境外院校合作开发{major}课程标准", "随中国企业“走出去”开展海外培训",
				"国际交流生学习{major}技能纪实"),
		"发展保障", List.of("数字校园建设支撑教学管理", "“双师型”教师队伍建设的做法", "经费投入持续改善实训条件",
				"内部质量保证体系诊断与改进", "教师企业实践制度化"));

	private static final Map<String, List<String>> OPENINGS = Map.of(
		"人才培养", List.of("{school}{major}专业对接{city}重点产业，围绕岗位能力要求重构课程体系。",
				"为解决学生实践能力与岗位要求脱节的问题，{school}在{major}专业推行项目化教学改革。",
				"{year}年，{school}以“岗课赛证”融通为主线，推进{major}专业人才培养模式改革。"),
		"产教融合", List.of("{school}与{company}签订校企合作协议，共建{major}产业学院。",
				"面向{city}产业发展需要，{school}联合{company}等企业组建{major}专业校企合作理事会。",
				"{year}年，{school}与{company}共同开设“订单班”，企业全程参与人才培养。"),
		"服务贡献", List.of("{school}发挥专业优势，组建由骨干教师和企业专家组成的技术服务团队。",
				"{school}面向{city}社区和企业职工开展职业技能培训和公益性培训。",
				"立足{city}，{school}把服务地方经济社会发展作为办学的重要任务。"),
		"文化传承", List.of("{school}将中华优秀传统文化融入专业教学和校园文化建设。",
				"{school}邀请非遗传承人和劳动模范走进校园，开设技艺传承工作室。",
				"{school}坚持以文化人，把工匠精神培育贯穿人才培养全过程。"),
		"国际合作", List.of("{school}积极服务国家对外开放，探索“中文+职业技能”国际合作模式。",
				"{year}年，{school}与境外职业院校签订合作备忘录，在{major}专业开展交流合作。",
				"{school}随{company}等“走出去”企业，为海外员工开展岗位技能培训。"),
		"发展保障", List.of("{school}持续加大办学投入，改善{major}等专业的实训教学条件。",
				"{school}把教师队伍建设作为学校发展的基础工程。",
				"{school}建立常态化的内部质量保证体系，推动学校治理能力提升。"));

	private static final Map<String, List<String>> MIDDLES = Map.of(
		"人才培养", List.of("学校与企业共同梳理典型工作任务{n}项，将其转化为教学项目，课堂教学在实训室和企业现场交替进行。",
				"专业实行“双导师”制，校内教师负责理论教学，企业师傅负责岗位技能训练，学生每学期到企业实践不少于两周。",
				"学校把职业技能等级证书的考核内容融入课程，{n}名学生参加考核，通过率明显提高。",
				"学校组建技能竞赛集训队，以赛促教、以赛促学，竞赛项目转化为日常教学内容。",
				"学校建立学生成长档案，对学习有困难的学生实行一对一帮扶，学生满意度持续提升。"),
		"产教融合", List.of("企业投入设备价值{money}万元，学校提供场地和师资，共建生产性实训基地，实现“教学工厂”式教学。",
				"企业派出{n}名技术骨干担任兼职教师，参与课程开发和实习指导，学校教师定期到企业实践。",
				"双方共同制定人才培养方案，共同开发活页式教材{n}本，课程内容与企业岗位标准对接。",
				"学生在企业完成岗位实习，企业按岗位标准考核，考核合格的学生优先录用。",
				"学校与企业共建技术研发中心，师生参与企业产品改进和工艺优化项目。"),
		"服务贡献", List.of("团队深入企业调研，帮助企业解决生产中的技术难题{n}项，技术服务到款{money}万元。",
				"全年开展各类培训{n}期，培训内容涵盖电工、电子商务、养老护理、中式烹调等工种。",
				"学校开放实训基地，面向中小学生开展职业体验活动，接待学生{n}人次。",
				"学校教师送教下乡，为农村劳动力开展种养殖和电商技能培训，帮助学员实现就业增收。",
				"学校与行业协会合作开展职业技能等级认定，为企业职工技能提升提供服务。"),
		"文化传承", List.of("学校开设剪纸、醒狮、广绣、陶艺等传统文化选修课，{n}名学生参加社团活动。",
				"学校每年举办技能文化节，展示学生作品，邀请家长和企业代表参观。",
				"劳动模范和大国工匠走进课堂，讲述成长经历，引导学生树立正确的职业观。",
				"学校把校史、行业史融入思想政治教育，建设校史馆和专业文化长廊。",
				"学生志愿服务队常年走进社区，开展家电维修、义诊义剪等志愿活动。"),
		"国际合作", List.of("学校选派{n}名专任教师赴境外开展技能培训，培训当地员工和学生。",
				"学校与境外院校共同开发{major}专业课程标准，部分标准被合作院校采用。",
				"学校接收境外学员来校短期研修，开设中文、中华文化和专业技能课程。",
				"学校组织学生参加国际技能交流活动，拓宽学生国际视野。"),
		"发展保障", List.of("学校近三年投入资金{money}万元，新建和改造实训室{n}间，教学仪器设备不断更新。",
				"学校完善教师培养培训制度，专任教师每年参加企业实践，“双师型”教师比例稳步提高。",
				"学校建成覆盖教学、管理、服务的数字化平台，校园网络和多媒体教室实现全覆盖。",
				"学校落实生均拨款和专项经费，经费优先保障教学和实训条件改善。",
				"学校建立专业诊断与改进机制，每年发布专业质量报告，查找问题并及时整改。"));

	/** Sentences any case may use once its part's own run out. */
	private static final List<String> GENERIC = List.of(
			"学校成立由校领导牵头的工作专班，明确任务分工和时间节点，定期召开推进会，及时协调解决工作中遇到的困难和问题。",
			"为保证实施效果，学校制定了配套的管理办法和考核细则，把相关工作纳入部门和教师的年度考核。",
			"在实施过程中，学校注重听取学生、教师和合作企业的意见，每学期开展一次满意度调查，根据调查结果不断改进。",
			"{year}年，相关工作覆盖学生{n}个班级，参与教师和企业人员累计{n}人，形成了一批可复制、可推广的成果。",
			"学校还通过校园网、公众号等渠道宣传典型做法，营造了比学赶超的良好氛围，带动了其他专业共同提高。",
			"在推进过程中也遇到了企业参与积极性不均衡、部分教师实践能力不足等问题，学校通过完善激励机制和加强培训逐步加以解决。",
			"相关成果获得{city}教学成果奖，多名教师在各级教学能力比赛中获奖，学生在技能竞赛中的成绩明显提升。",
			"学校与合作单位定期总结交流，共同研究人才需求变化，及时调整教学内容和组织方式。");

	private static final List<String> CLOSINGS = List.of(
			"经过实践，相关做法取得了较好成效，得到学生、家长和企业的认可。",
			"下一步，学校将总结经验，在更多专业推广应用。",
			"这一做法被{city}教育部门作为典型经验推广。",
			"学校将持续完善机制，推动相关工作常态化、制度化。",
			"实践表明，只有紧贴产业需求，职业教育才能更好地服务学生成长和地方发展。");
	// @formatter:on

	private CaseTexts() {
	}

	/** What a school's cases are written about. */
	record Facts(String schoolName, String city, int year, List<String> majors, List<String> companies) {
	}

	/**
	 * A case of {@code part}: its title and its text, paragraphs joined by {@code \n}.
	 */
	static SampleSchool.CaseRow write(SplittableRandom random, String part, Facts facts) {
		String major = ChineseNames.pick(random, facts.majors());
		String company = facts.companies().isEmpty() ? facts.city() + "某企业"
				: ChineseNames.pick(random, facts.companies());
		String title = fill(ChineseNames.pick(random, TITLES.get(part)), random, facts, major, company);
		if (title.codePointCount(0, title.length()) > RuleParameters.CASE_TITLE_MAX) {
			title = title.substring(0, title.offsetByCodePoints(0, RuleParameters.CASE_TITLE_MAX));
		}
		int target = 200 + random.nextInt(900);
		List<String> paragraphs = new ArrayList<>();
		List<String> middles = new ArrayList<>(MIDDLES.get(part));
		StringBuilder first = new StringBuilder(
				fill(ChineseNames.pick(random, OPENINGS.get(part)), random, facts, major, company));
		paragraphs.add(first.toString());
		int length = first.length();
		List<String> generic = new ArrayList<>(GENERIC);
		while (length < target && !(middles.isEmpty() && generic.isEmpty())) {
			List<String> from = middles.isEmpty() ? generic : middles;
			StringBuilder paragraph = new StringBuilder();
			int sentences = 1 + random.nextInt(2);
			for (int s = 0; s < sentences && !from.isEmpty(); s++) {
				paragraph.append(fill(from.remove(random.nextInt(from.size())), random, facts, major, company));
			}
			paragraphs.add(paragraph.toString());
			length += paragraph.length();
		}
		paragraphs.add(fill(ChineseNames.pick(random, CLOSINGS), random, facts, major, company));
		return new SampleSchool.CaseRow(part, title, String.join("\n", paragraphs));
	}

	private static String fill(String template, SplittableRandom random, Facts facts, String major, String company) {
		return template.replace("{school}", (random.nextInt(3) == 0) ? "学校" : facts.schoolName())
			.replace("{city}", facts.city())
			.replace("{year}", Integer.toString(facts.year()))
			.replace("{major}", major)
			.replace("{company}", company)
			.replace("{hours}", Integer.toString(200 + random.nextInt(40) * 50))
			.replace("{money}", Integer.toString(20 + random.nextInt(480)))
			.replace("{n}", Integer.toString(3 + random.nextInt(60)));
	}

}
