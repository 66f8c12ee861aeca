package io.vqr.sample;

import java.util.List;

/**
 * The GB/T 4754 sections (门类) graduates of a major plausibly work in, and a trade word
 * for company names. Keyed by the major's 专业大类: the 2021 catalog numbers its 19 大类 in the
 * same order at every level (41/61/21 农林牧渔 … 59/79/39 公共管理与服务).
 */
final class SampleIndustries {

	// @formatter:off
	private static final List<List<String>> SECTIONS = List.of(
			List.of("A", "C", "F"), List.of("B", "N", "M"), List.of("D", "C"), List.of("E", "K", "M"),
			List.of("N", "E"), List.of("C", "C", "M"), List.of("C", "M"), List.of("C", "F"),
			List.of("C", "F", "H"), List.of("G", "G", "C"), List.of("I", "I", "C", "F"), List.of("Q", "Q", "C"),
			List.of("F", "J", "L", "L"), List.of("H", "R", "G"), List.of("R", "C", "I"), List.of("R", "I"),
			List.of("P", "R"), List.of("S", "O"), List.of("O", "S", "N"));

	private static final List<String> TRADES = List.of("农业科技", "环保科技", "新能源", "建设工程", "水务", "智能装备", "化工",
			"服饰", "食品", "物流", "信息技术", "医疗", "商贸", "酒店管理", "文化传播", "传媒", "教育咨询", "安保服务", "物业服务");
	// @formatter:on

	private SampleIndustries() {
	}

	/** 0–18: the 专业大类's position in the catalog, for 6-digit and 技工 4-digit codes. */
	static int field(String majorCode) {
		int prefix = Integer.parseInt(majorCode.substring(0, 2));
		if (majorCode.length() == 4) {
			// 技工 专业类 01–14 and 8x: mapped onto the nearest 教育 大类.
			return switch (prefix) {
				case 1, 2 -> 5;
				case 3, 12 -> 9;
				case 4, 5 -> 10;
				case 6 -> 3;
				case 7 -> 6;
				case 8, 9 -> 7;
				case 10 -> 12;
				case 11 -> 13;
				case 13 -> 14;
				case 14 -> 0;
				default -> 13;
			};
		}
		return (prefix - 1) % 20;
	}

	static List<String> sections(String majorCode) {
		return SECTIONS.get(field(majorCode));
	}

	static String trade(String majorCode) {
		return TRADES.get(field(majorCode));
	}

}
