package io.vqr.standard;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Units that may trail a header or label in brackets, e.g. {@code 月收入（元）}. A value read
 * under a header whose unit differs from the standard's is converted through
 * {@link #dimension()} and {@link #factor()}.
 */
public enum Unit {

	PERSON("人", "count", BigDecimal.ONE),

	YUAN("元", "money", BigDecimal.ONE),

	WAN_YUAN("万元", "money", BigDecimal.valueOf(10_000)),

	PERCENT("%", "ratio", new BigDecimal("0.01")),

	FRACTION("", "ratio", BigDecimal.ONE),

	PIECE("个", "pieces", BigDecimal.ONE),

	DAY("天", "days", BigDecimal.ONE),

	STUDY_HOUR("学时", "hours", BigDecimal.ONE),

	VOLUME("册", "volumes", BigDecimal.ONE),

	SET("台", "sets", BigDecimal.ONE),

	YEAR("年", "years", BigDecimal.ONE),

	SQUARE_METRE("平方米", "area", BigDecimal.ONE),

	MBPS("Mbps", "bandwidth", BigDecimal.ONE),

	COURSE("门", "courses", BigDecimal.ONE),

	/** Teaching periods (课时), not training hours (学时): never added to each other. */
	CLASS_HOUR("课时", "class_hours", BigDecimal.ONE),

	/** Employers and other organizations (家). */
	ORGANIZATION("家", "organizations", BigDecimal.ONE),

	/** Attendances (人次), never added to persons (人). */
	PERSON_TIME("人次", "person_times", BigDecimal.ONE),

	PERSON_DAY("人日", "person_days", BigDecimal.ONE),

	ITEM("项", "items", BigDecimal.ONE);

	private final String symbol;

	private final String dimension;

	private final BigDecimal factor;

	Unit(String symbol, String dimension, BigDecimal factor) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.factor = factor;
	}

	/** The text as written inside the brackets. */
	public String symbol() {
		return this.symbol;
	}

	/** Units of the same dimension convert into each other. */
	public String dimension() {
		return this.dimension;
	}

	/**
	 * Value in this unit times the factor gives the value in the dimension's base unit.
	 */
	public BigDecimal factor() {
		return this.factor;
	}

	/**
	 * The unit written as {@code symbol} (already normalized: half-width, no spaces), if
	 * it is one we know.
	 */
	public static Optional<Unit> ofSymbol(String symbol) {
		if (symbol == null || symbol.isEmpty()) {
			return Optional.empty();
		}
		for (Unit unit : values()) {
			if (unit.symbol.equals(symbol)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

	/**
	 * Converts {@code value} given in {@code from} into this unit.
	 * @throws IllegalArgumentException when the two units measure different things
	 */
	public BigDecimal convertFrom(BigDecimal value, Unit from) {
		if (from == this) {
			return value;
		}
		if (!from.dimension.equals(this.dimension)) {
			throw new IllegalArgumentException("cannot convert " + from + " to " + this);
		}
		return value.multiply(from.factor).divide(this.factor, java.math.MathContext.DECIMAL64).stripTrailingZeros();
	}

}
