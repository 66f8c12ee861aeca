package io.vqr.standard;

import java.math.BigDecimal;

/**
 * A closed range of whole numbers a rule checks against, e.g. a teacher's age 18–75. The
 * checks ask {@link #contains}; the published texts print {@link #text()}, so both follow
 * one definition. Immutable, made once per rule: asking it allocates nothing.
 */
public final class Bounds {

	private final long min;

	private final long max;

	private final BigDecimal minDecimal;

	private final BigDecimal maxDecimal;

	private Bounds(long min, long max) {
		if (min > max) {
			throw new IllegalArgumentException("empty bounds " + min + "–" + max);
		}
		this.min = min;
		this.max = max;
		this.minDecimal = BigDecimal.valueOf(min);
		this.maxDecimal = BigDecimal.valueOf(max);
	}

	public static Bounds of(long min, long max) {
		return new Bounds(min, max);
	}

	public long min() {
		return this.min;
	}

	public long max() {
		return this.max;
	}

	public boolean contains(long value) {
		return value >= this.min && value <= this.max;
	}

	public boolean contains(BigDecimal value) {
		return value.compareTo(this.minDecimal) >= 0 && value.compareTo(this.maxDecimal) <= 0;
	}

	public BigDecimal minDecimal() {
		return this.minDecimal;
	}

	public BigDecimal maxDecimal() {
		return this.maxDecimal;
	}

	/** As the catalogue writes a range: {@code 18–75}. */
	public String text() {
		return this.min + "–" + this.max;
	}

	@Override
	public String toString() {
		return text();
	}

}
