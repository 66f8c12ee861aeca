package io.vqr.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Resident ID numbers (居民身份证号, GB 11643): the check character and a builder from region,
 * birth date, sequence and gender.
 */
public final class IdNumbers {

	/** The GB 11643 check characters, in the order a wrong one is picked from. */
	private static final String CHECK_CHARS = "10X98765432";

	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private IdNumbers() {
	}

	/** The check character of the first 17 digits. */
	public static char checkChar(CharSequence first17) {
		return io.vqr.normalize.IdNumber.checkCharacter(first17.toString());
	}

	/** Whether an 18-character number carries the right check character. */
	public static boolean isValid(String id) {
		if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
			return false;
		}
		return Character.toUpperCase(id.charAt(17)) == checkChar(id);
	}

	/**
	 * Builds a valid number.
	 * @param region the 6-digit division code of the place of registration
	 * @param birthDate the birth date (characters 7–14)
	 * @param sequence 0–499: the 15th–16th digits and the high part of the 17th; the 17th
	 * digit's parity carries the gender
	 * @param male odd 17th digit for men, even for women
	 */
	public static String build(String region, LocalDate birthDate, int sequence, boolean male) {
		if (sequence < 0 || sequence >= 500) {
			throw new IllegalArgumentException("sequence out of range: " + sequence);
		}
		int order = sequence * 2 + (male ? 1 : 0);
		String first17 = region + birthDate.format(BASIC_DATE) + String.format("%03d", order);
		return first17 + checkChar(first17);
	}

	/** Whether the 17th digit says male. */
	public static boolean isMale(String id) {
		return (id.charAt(16) - '0') % 2 == 1;
	}

	/** The birth date in characters 7–14. */
	public static LocalDate birthDate(String id) {
		return LocalDate.parse(id.substring(6, 14), BASIC_DATE);
	}

	/** The same number with a wrong check character (for broken samples). */
	public static String withWrongCheck(String id) {
		char right = checkChar(id);
		char wrong = CHECK_CHARS.charAt((CHECK_CHARS.indexOf(right) + 1) % CHECK_CHARS.length());
		return id.substring(0, 17) + wrong;
	}

}
