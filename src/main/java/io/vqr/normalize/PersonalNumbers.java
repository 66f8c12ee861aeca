package io.vqr.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vqr.standard.TextNormalizer;

/**
 * Finds personal numbers inside free text that will be published (典型案例, R-CASE-PII): an
 * ID number — any 18-character run whose check character is right (GB 11643) or a
 * 15-digit run of the old form (region, a valid yyMMdd birth date, serial) — and a mobile
 * number, {@code 1[3-9]} and 9 more digits, written with or without spaces or hyphens.
 * Full-width digits count as digits. The numbers themselves are never returned: callers
 * learn what was found and where, or get the text with the numbers masked.
 */
public final class PersonalNumbers {

	/** 17 digits and a check character; tried at every position of the text. */
	private static final Pattern EIGHTEEN = Pattern.compile("(?=(\\d{17}[\\dXx]))");

	/** The old form: exactly 15 digits. */
	private static final Pattern FIFTEEN = Pattern.compile("(?<!\\d)\\d{15}(?!\\d)");

	/**
	 * A mobile number: 1[3-9] and 9 digits, one space or hyphen allowed between digits.
	 */
	private static final Pattern MOBILE = Pattern
		.compile("(?<!\\d)1[ \\-\\u00A0]?[3-9](?:[ \\-\\u00A0]?\\d){9}(?!\\d)");

	private PersonalNumbers() {
	}

	/** What kind of number was found. */
	public enum Kind {

		ID_NUMBER("身份证号"), MOBILE("手机号");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** Chinese name, for messages. */
		public String label() {
			return this.label;
		}

	}

	/**
	 * A personal number in a text.
	 *
	 * @param kind ID or mobile number
	 * @param start the index of its first character
	 * @param end the index after its last character
	 */
	public record Found(Kind kind, int start, int end) {

		/**
		 * Its position as a school counts it: the 1-based character (code point) it
		 * starts at.
		 */
		public int position(String text) {
			return text.codePointCount(0, this.start) + 1;
		}

	}

	/** The first personal number in the text, if any. */
	public static Optional<Found> first(String text) {
		List<Found> all = findAll(text);
		return all.stream().min(java.util.Comparator.comparingInt(Found::start));
	}

	/** Every personal number in the text, not overlapping, in order. */
	public static List<Found> findAll(String text) {
		if (text == null || text.length() < 11) {
			return List.of();
		}
		// Full-width digits and letters map one to one, so indexes stay valid.
		String half = TextNormalizer.halfWidth(text);
		List<Found> found = new ArrayList<>();
		Matcher eighteen = EIGHTEEN.matcher(half);
		int from = 0;
		while (from < half.length() && eighteen.find(from)) {
			int start = eighteen.start(1);
			String candidate = eighteen.group(1).toUpperCase(java.util.Locale.ROOT);
			if (IdNumber.checkCharacter(candidate.substring(0, 17)) == candidate.charAt(17)) {
				found.add(new Found(Kind.ID_NUMBER, start, start + 18));
				from = start + 18;
			}
			else {
				from = start + 1;
			}
		}
		Matcher fifteen = FIFTEEN.matcher(half);
		while (fifteen.find()) {
			if (oldFormDate(fifteen.group()) && !overlaps(found, fifteen.start(), fifteen.end())) {
				found.add(new Found(Kind.ID_NUMBER, fifteen.start(), fifteen.end()));
			}
		}
		Matcher mobile = MOBILE.matcher(half);
		while (mobile.find()) {
			if (!overlaps(found, mobile.start(), mobile.end())) {
				found.add(new Found(Kind.MOBILE, mobile.start(), mobile.end()));
			}
		}
		found.sort(java.util.Comparator.comparingInt(Found::start));
		return List.copyOf(found);
	}

	/**
	 * The text with every personal number masked: an ID number as IDs are masked
	 * everywhere (first 6, last 4), a mobile number with its middle 4 digits hidden.
	 */
	public static String mask(String text) {
		List<Found> found = findAll(text);
		if (found.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (Found number : found) {
			out.append(text, at, number.start());
			String digits = text.substring(number.start(), number.end());
			out.append((number.kind() == Kind.ID_NUMBER) ? IdNumber.mask(digits) : maskMobile(digits));
			at = number.end();
		}
		out.append(text, at, text.length());
		return out.toString();
	}

	/** 138****5678: the first 3 and the last 4 digits, separators dropped. */
	private static String maskMobile(String written) {
		String digits = TextNormalizer.halfWidth(written).replaceAll("\\D", "");
		return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
	}

	private static boolean overlaps(List<Found> found, int start, int end) {
		return found.stream().anyMatch((other) -> start < other.end() && other.start() < end);
	}

	/** Characters 7–12 of an old-form number: a valid date yyMMdd of the 1900s. */
	private static boolean oldFormDate(String digits) {
		try {
			LocalDate.of(1900 + Integer.parseInt(digits.substring(6, 8)), Integer.parseInt(digits.substring(8, 10)),
					Integer.parseInt(digits.substring(10, 12)));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
