package io.vqr.indicators;

/** The side of a threshold a value must be on: ≥ or ≤. */
public enum Comparison {

	AT_LEAST("≥", "低于"),

	AT_MOST("≤", "高于");

	private final String symbol;

	private final String missedWord;

	Comparison(String symbol, String missedWord) {
		this.symbol = symbol;
		this.missedWord = missedWord;
	}

	/** {@code ≥} or {@code ≤}, as written in the thresholds file and the reports. */
	public String symbol() {
		return this.symbol;
	}

	/** The Chinese word for being on the wrong side: 低于 for ≥, 高于 for ≤. */
	public String missedWord() {
		return this.missedWord;
	}

	public boolean satisfiedBy(double value, double limit) {
		return (this == AT_LEAST) ? value >= limit : value <= limit;
	}

	public static Comparison ofSymbol(String symbol) {
		for (Comparison comparison : values()) {
			if (comparison.symbol.equals(symbol)) {
				return comparison;
			}
		}
		throw new IllegalArgumentException("not a comparison: " + symbol);
	}

}
