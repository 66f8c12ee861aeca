package io.vqr.sample;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plausible Chinese personal, school and company names for samples. Invented: any
 * resemblance to a real person or organisation is a coincidence.
 */
final class ChineseNames {

	// Common surnames, weighted by repetition of the most frequent ones.
	private static final String SURNAMES = "王王王李李李张张张刘刘陈陈杨杨黄黄赵吴周徐孙马朱胡郭何林林罗高郑梁梁谢宋唐许韩冯邓邓曹彭曾曾肖田董袁潘蔡蒋余杜叶叶程苏魏吕丁任沈姚卢姜崔钟钟谭陆汪范金石廖廖贾夏韦付方白邹孟熊秦邱邱江尹薛闫段雷侯龙史陶黎黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤区欧冼";

	private static final String GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳晨峰志文博浩然子轩宇航家豪俊杰梓豪嘉伟建国志强永健锦荣";

	private static final String GIVEN_FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳颖慧晶欣怡佳倩莹萍洁梅琪悦诗雨涵紫萱思彤梓晴嘉欣晓雯雅婷丹蓉";

	private static final List<String> SCHOOL_WORDS = List.of("交通", "工贸", "机电", "信息", "商贸", "轻工", "财经", "城建", "卫生", "旅游",
			"艺术", "农业", "电子", "科技", "理工", "建设", "环境", "工程", "经济", "航海", "海洋", "纺织", "食品", "医药", "外语", "体育", "水利", "电力",
			"铁路", "邮电", "现代", "华南", "岭南", "南方", "珠江", "东方", "新华", "育才", "启明", "创新");

	private static final List<String> COMPANY_WORDS = List.of("华信", "恒通", "嘉禾", "明达", "创维", "新宇", "鸿运", "德胜", "盛世",
			"金桥", "宏远", "兴业", "瑞丰", "联创", "汇智", "天成", "博雅", "中科", "粤海", "南粤", "珠联", "凯旋", "远航", "星辰", "永泰", "美的", "顺达",
			"佳和", "信诚", "海纳");

	private ChineseNames() {
	}

	static String person(RandomGenerator random, boolean male) {
		String given = male ? GIVEN_MALE : GIVEN_FEMALE;
		StringBuilder name = new StringBuilder(3);
		name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		name.append(given.charAt(random.nextInt(given.length())));
		if (random.nextInt(100) < 70) {
			name.append(given.charAt(random.nextInt(given.length())));
		}
		return name.toString();
	}

	/** A city name without its suffix: 广州市 → 广州. */
	static String shortPlace(String name) {
		if (name.length() > 2 && (name.endsWith("市") || name.endsWith("区") || name.endsWith("县"))) {
			return name.substring(0, name.length() - 1);
		}
		return name;
	}

	static String schoolWord(RandomGenerator random) {
		return pick(random, SCHOOL_WORDS);
	}

	static String company(RandomGenerator random, String place, String trade) {
		String suffix = switch (random.nextInt(4)) {
			case 0 -> "股份有限公司";
			case 1 -> "集团有限公司";
			default -> "有限公司";
		};
		return place + pick(random, COMPANY_WORDS) + trade + suffix;
	}

	static <T> T pick(RandomGenerator random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
