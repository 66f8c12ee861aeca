package io.vqr.normalize;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vqr.standard.RuleParameters;

/**
 * A valid 18-character resident ID number (GB 11643, submission standard 5.3). The raw
 * number never leaves this object: {@link #toString()} is the masked form, the warehouse
 * gets {@link #masked()} and {@link #hmac(byte[])}, and equality compares the numbers so
 * that duplicates within a sheet can be found.
 */
public final class IdNumber {

	private static final VarHandle BIG_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.BIG_ENDIAN);

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private final String number;

	private IdNumber(String number) {
		this.number = number;
	}

	/**
	 * Checks an ID number already normalized (half-width, no spaces, upper-case X) and
	 * returns why it is invalid, in Chinese and without its digits, or the number.
	 * @param provinces whether a 2-digit code names a province
	 * @param today dates of birth must be before it
	 */
	static Checked check(String normalized, Predicate<String> provinces, LocalDate today) {
		if (normalized.length() != 18) {
			return Checked.invalid("应为18位，实为 " + normalized.length() + " 位");
		}
		char last = normalized.charAt(17);
		if (!AsciiDigits.digitsIn(normalized, 0, 17) || !((last >= '0' && last <= '9') || last == 'X')) {
			return Checked.invalid("前17位应为数字，最后一位为数字或 X");
		}
		if (!provinces.test(normalized.substring(0, 2))) {
			return Checked.invalid("前两位 " + normalized.substring(0, 2) + " 不是有效的省份代码");
		}
		Optional<LocalDate> birth = birthDateOf(normalized);
		if (birth.isEmpty() || !birth.get().isBefore(today)
				|| birth.get().getYear() < RuleParameters.ID_BIRTH_YEAR_MIN) {
			return Checked.invalid("第7–14位不是有效的出生日期");
		}
		if (checkCharacter(normalized.substring(0, 17)) != normalized.charAt(17)) {
			return Checked.invalid("校验位不正确，可能有数字录错");
		}
		return new Checked(Optional.of(new IdNumber(normalized)), "");
	}

	/** The outcome of {@link #check}: the ID, or the reason it is invalid. */
	record Checked(Optional<IdNumber> id, String reason) {

		static Checked invalid(String reason) {
			return new Checked(Optional.empty(), reason);
		}

	}

	/** The GB 11643 check character of the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static Optional<LocalDate> birthDateOf(String number) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Masks any text that was meant as an ID number, valid or not, for findings and logs:
	 * the first 6 and last 4 characters stay, the rest become {@code *}
	 * ({@code 440111********123X}). A text of 10 characters or fewer keeps only its first
	 * 2, so that a short fragment of an ID is not shown whole.
	 */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		int length = text.length();
		if (length <= 10) {
			return text.substring(0, Math.min(2, length)) + "*".repeat(Math.max(0, length - 2));
		}
		char[] masked = new char[length];
		text.getChars(0, 6, masked, 0);
		java.util.Arrays.fill(masked, 6, length - 4, '*');
		text.getChars(length - 4, length, masked, length - 4);
		return new String(masked);
	}

	/** First 6 and last 4 characters: {@code 440111********123X}. */
	public String masked() {
		return mask(this.number);
	}

	/**
	 * The keyed hash the warehouse stores for matching across schools and years:
	 * HMAC-SHA-256 of the upper-case number, as 64 lower-case hex digits.
	 */
	public String hmac(byte[] secretKey) {
		return hmac(hmacSha256(secretKey));
	}

	/**
	 * {@link #hmac(byte[])} with a Mac from {@link #hmacSha256(byte[])}, reused row after
	 * row by one thread (looking the algorithm up per number costs more than hashing it).
	 */
	public String hmac(Mac keyedMac) {
		return HexFormat.of().formatHex(digest(keyedMac));
	}

	/** The HMAC's bytes, with a Mac from {@link #hmacSha256(byte[])}. */
	public byte[] digest(Mac keyedMac) {
		return keyedMac.doFinal(this.number.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * An HMAC's first 64 bits as a signed number (big-endian): the warehouse's index key
	 * for finding one ID among many, equal to PostgreSQL's
	 * {@code ('x' || substr(hash, 1, 16))::bit(64)::bigint} of the hex form.
	 */
	public static long key(byte[] digest) {
		return (long) BIG_ENDIAN_LONG.get(digest, 0);
	}

	/**
	 * An HMAC-SHA-256 initialized with the key; {@code doFinal} leaves it ready again.
	 */
	public static Mac hmacSha256(byte[] secretKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** 男 or 女, from the 17th digit (odd is male), as the 性别 code list spells it. */
	public String gender() {
		return ((this.number.charAt(16) - '0') % 2 == 1) ? "男" : "女";
	}

	public LocalDate birthDate() {
		return birthDateOf(this.number).orElseThrow();
	}

	/** The 6-digit division code of the place of registration. */
	public String regionCode() {
		return this.number.substring(0, 6);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdNumber id && id.number.equals(this.number);
	}

	@Override
	public int hashCode() {
		return this.number.hashCode();
	}

	/** The masked form, so that logging an ID never shows it. */
	@Override
	public String toString() {
		return masked();
	}

}
