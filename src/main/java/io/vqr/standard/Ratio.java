package io.vqr.standard;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A factor a rule compares one count with another by, e.g. 录取数 at most 1.2 × 招生计划数. Kept
 * as an exact fraction so a check is two multiplications of longs, never a rounded
 * quotient: "more than 50%" means more than half, also at 50.004%.
 */
public final class Ratio {

	private final BigDecimal value;

	private final long numerator;

	private final long denominator;

	private Ratio(BigDecimal value) {
		if (value.signum() < 0) {
			throw new IllegalArgumentException("negative ratio " + value);
		}
		this.value = value.stripTrailingZeros();
		BigDecimal scaled = (this.value.scale() < 0) ? this.value.setScale(0) : this.value;
		this.numerator = scaled.unscaledValue().longValueExact();
		this.denominator = BigInteger.TEN.pow(scaled.scale()).longValueExact();
	}

	/** A ratio as a decimal, e.g. {@code "1.2"}. */
	public static Ratio of(String decimal) {
		return new Ratio(new BigDecimal(decimal));
	}

	/** A ratio given in percent, e.g. {@code 50} for one half. */
	public static Ratio percent(int percent) {
		return new Ratio(BigDecimal.valueOf(percent).movePointLeft(2));
	}

	/** Whether {@code amount} is more than this ratio times {@code base}. */
	public boolean exceeded(long amount, long base) {
		try {
			return Math.multiplyExact(amount, this.denominator) > Math.multiplyExact(base, this.numerator);
		}
		catch (ArithmeticException overflow) {
			return BigInteger.valueOf(amount)
				.multiply(BigInteger.valueOf(this.denominator))
				.compareTo(BigInteger.valueOf(base).multiply(BigInteger.valueOf(this.numerator))) > 0;
		}
	}

	public BigDecimal value() {
		return this.value;
	}

	/** As a factor: {@code 1.2}. */
	public String text() {
		return this.value.toPlainString();
	}

	/** In percent: {@code 50%}. */
	public String percentText() {
		return this.value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	@Override
	public String toString() {
		return text();
	}

}
