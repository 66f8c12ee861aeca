package io.vqr.accounts;

import java.security.SecureRandom;

/**
 * One-time passwords for the office to hand out: 12 characters from an alphabet without
 * the look-alikes (0/O, 1/l/I), so they survive being read aloud or printed.
 */
public final class OneTimePasswords {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private OneTimePasswords() {
	}

	public static String next() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
