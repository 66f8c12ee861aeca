package io.vqr.indicators;

import java.util.List;

/**
 * The 专业大类 of a major that is not in the MoE catalogue: a 技工 major (4 digits, the first
 * two its 专业类别 01–14 of the 技工院校专业目录, 8xxx provincial 特色专业) is put under its 技工 category
 * by name, anything else under 其他. Never a bare code: a reader cannot look up "11类".
 */
final class MajorDivisions {

	/** 专业类别 01–14 of the 技工院校专业目录, in code order. */
	static final List<String> TECHNICAL_CATEGORIES = List.of("机械类", "电工电子类", "信息类", "交通类", "服务类", "财经商贸类", "农业类", "能源类",
			"化工类", "冶金类", "建筑类", "文化艺术类", "医药类", "轻工类");

	private MajorDivisions() {
	}

	static String fallbackDivision(String majorCode) {
		String code = (majorCode == null) ? "" : majorCode.trim();
		if (code.matches("8\\d{3}")) {
			return "技工类·省级特色专业";
		}
		if (code.matches("\\d{4}")) {
			int category = Integer.parseInt(code.substring(0, 2));
			if (category >= 1 && category <= TECHNICAL_CATEGORIES.size()) {
				return "技工类·" + TECHNICAL_CATEGORIES.get(category - 1);
			}
			return "技工类·其他";
		}
		return "其他";
	}

}
