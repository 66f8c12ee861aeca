package io.vqr.report.xlsx;

/**
 * What one body cell of a {@link SheetTable} holds. Numbers stay numbers (a rate is its
 * fraction), a value without a basis (denominator 0, no Y-1 data) is {@link Missing} and
 * shows the template's dash, never 0.
 */
sealed interface Entry {

	static Entry text(String text) {
		return (text == null || text.isEmpty()) ? Missing.INSTANCE : new Text(text);
	}

	/** A number in the column's format; {@code null} is {@link Missing}. */
	static Entry number(Number value) {
		return number(value, null);
	}

	/**
	 * A number in its own format, for tables whose rows have different units (indicator
	 * rows); {@code null} or NaN is {@link Missing}.
	 */
	static Entry number(Number value, ValueFormat format) {
		if (value == null || Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
			return Missing.INSTANCE;
		}
		return new Num(value.doubleValue(), format);
	}

	static Entry missing() {
		return Missing.INSTANCE;
	}

	/**
	 * A formula; every {@code #} in it is replaced by the 1-based number of the row it
	 * lands on, so that {@code D#-C#} subtracts the row's own cells.
	 */
	static Entry formula(String pattern, ValueFormat format) {
		return new Formula(pattern, format);
	}

	/** 达标 / 未达标 and the like: text styled by whether it is good news. */
	static Entry verdict(String text, boolean good) {
		return new Verdict(text, good);
	}

	record Text(String text) implements Entry {
	}

	/**
	 * @param format the format of this cell, or {@code null} for the column's
	 */
	record Num(double value, ValueFormat format) implements Entry {
	}

	record Formula(String pattern, ValueFormat format) implements Entry {

		String at(int rowNumber) {
			return this.pattern.replace("#", Integer.toString(rowNumber));
		}

	}

	record Verdict(String text, boolean good) implements Entry {
	}

	enum Missing implements Entry {

		INSTANCE

	}

}
