package io.vqr.normalize;

import java.util.OptionalLong;

/**
 * Small whole numbers written in Chinese numerals: {@code 三}, {@code 十二}, {@code 二十},
 * {@code 一百零五}, or digit by digit ({@code 二〇二四}). Up to 9999.
 */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	static boolean isNumeral(char c) {
		return digit(c) >= 0 || multiplier(c) > 0;
	}

	static OptionalLong parse(String text) {
		if (text.isEmpty()) {
			return OptionalLong.empty();
		}
		boolean positional = text.chars().noneMatch((c) -> multiplier((char) c) > 0);
		long total = 0;
		if (positional) {
			for (char c : text.toCharArray()) {
				int digit = digit(c);
				if (digit < 0) {
					return OptionalLong.empty();
				}
				total = total * 10 + digit;
			}
			return (text.length() <= 4) ? OptionalLong.of(total) : OptionalLong.empty();
		}
		long current = -1;
		int lastMultiplier = Integer.MAX_VALUE;
		for (char c : text.toCharArray()) {
			int digit = digit(c);
			int multiplier = multiplier(c);
			if (digit >= 0) {
				if (current > 0) {
					// two digits in a row (二三十) is not a number
					return OptionalLong.empty();
				}
				current = digit;
			}
			else if (multiplier > 0) {
				if (multiplier >= lastMultiplier) {
					return OptionalLong.empty();
				}
				// 十二: a leading 十 means 一十
				total += ((current < 0) ? 1 : current) * multiplier;
				current = -1;
				lastMultiplier = multiplier;
			}
			else {
				return OptionalLong.empty();
			}
		}
		return OptionalLong.of(total + Math.max(current, 0));
	}

	private static int digit(char c) {
		if (c == '〇') {
			return 0;
		}
		if (c == '两') {
			return 2;
		}
		return DIGITS.indexOf(c);
	}

	private static int multiplier(char c) {
		return switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			default -> 0;
		};
	}

}
