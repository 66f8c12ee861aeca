package io.vqr.review;

import java.util.Locale;
import java.util.Optional;

/**
 * Who acts on a school-year: the school itself, a review level (city, province), or the
 * system (a file arriving, a late warning, an automatic approval). The lower-case names
 * are the audit table's {@code level} values and the commands' {@code --level} values.
 */
public enum ReviewLevel {

	SCHOOL("学校"),

	CITY("市级"),

	PROVINCE("省级"),

	SYSTEM("系统");

	private final String label;

	ReviewLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The value stored in the audit and written on the command line. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReviewLevel> fromCode(String code) {
		for (ReviewLevel level : values()) {
			if (level.code().equals(code)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
