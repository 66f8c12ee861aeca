package io.vqr.normalize;

import java.util.Optional;

/**
 * The unified social credit code of GB 32100: 18 characters from {@value #ALPHABET}, the
 * last one a check character over the first 17.
 */
public final class CreditCodes {

	/** The 31 characters of the code, in the order of their values 0–30. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	/** The check character of the first 17 characters, which must be in the alphabet. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

	/**
	 * Why a normalized code (upper case, no spaces) is invalid, in Chinese, or empty when
	 * it is valid.
	 */
	public static Optional<String> problem(String code) {
		if (code.length() != 18) {
			return Optional.of("应为18位，实为 " + code.length() + " 位");
		}
		for (char c : code.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return Optional.of("含有不允许的字符“" + c + "”（只用数字和除 I、O、Z、S、V 以外的大写字母）");
			}
		}
		if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
			return Optional.of("校验位不正确，可能有字符录错");
		}
		return Optional.empty();
	}

}
