package io.vqr.review;

import java.util.Locale;
import java.util.Optional;

/** Whether a year's files go through people or are approved at once. */
public enum ReviewMode {

	/** A file that passes the rules waits for the school's certification and approval. */
	REQUIRED,

	/**
	 * A file that passes the rules is approved at once with a {@code system} audit row (a
	 * quick start; the demo's first year).
	 */
	AUTO;

	/** The value of the job file and of {@code --review}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReviewMode> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (ReviewMode mode : values()) {
			if (mode.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of(mode);
			}
		}
		return Optional.empty();
	}

}
