package io.vqr.sample;

import java.util.random.RandomGenerator;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100): the check character and a builder of
 * plausible codes for enterprises.
 */
public final class CreditCodes {

	/** The 31 characters of GB 32100, in value order (no I, O, Z, S, V). */
	static final String CHARSET = io.vqr.normalize.CreditCodes.ALPHABET;

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private CreditCodes() {
	}

	/** The 18th character for the first 17. */
	public static char checkChar(CharSequence first17) {
		return io.vqr.normalize.CreditCodes.checkCharacter(first17.toString());
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CHARSET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return code.charAt(17) == checkChar(code);
	}

	/**
	 * A valid code of a company (登记管理部门 9, 机构类别 1) registered in {@code region}, with an
	 * organisation code (characters 9–17) that carries its own GB 11714 check digit.
	 */
	public static String enterprise(String region, RandomGenerator random) {
		StringBuilder body = new StringBuilder(8);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			// Real organisation codes are mostly digits; the MA-style prefix of
			// newer ones uses letters.
			char c = (i < 2 && random.nextInt(3) == 0) ? CHARSET.charAt(10 + random.nextInt(21))
					: (char) ('0' + random.nextInt(10));
			body.append(c);
			sum += orgValue(c) * ORG_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		char orgCheck = (check == 10) ? 'X' : (check == 11) ? '0' : (char) ('0' + check);
		String first17 = "91" + region + body + orgCheck;
		return first17 + checkChar(first17);
	}

	private static int orgValue(char c) {
		return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
	}

	/** The same code with a wrong check character (for broken samples). */
	public static String withWrongCheck(String code) {
		char right = checkChar(code);
		return code.substring(0, 17) + CHARSET.charAt((CHARSET.indexOf(right) + 1) % CHARSET.length());
	}

}
