package io.vqr.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as the school gave it: a day, or only a month (stored as the month's first day
 * with {@link Precision#MONTH}, so that age checks know the day is unknown).
 */
public record DateValue(LocalDate date, Precision precision) {

	public enum Precision {

		DAY, MONTH

	}

	public DateValue {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		if (precision == Precision.MONTH && date.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("a month is stored as its first day: " + date);
		}
	}

	public static DateValue ofDay(LocalDate date) {
		return new DateValue(date, Precision.DAY);
	}

	public static DateValue ofMonth(int year, int month) {
		return new DateValue(LocalDate.of(year, month, 1), Precision.MONTH);
	}

	/** {@code 2024-06-30}, or {@code 2024-06} for a month. */
	@Override
	public String toString() {
		return (this.precision == Precision.DAY) ? this.date.toString() : this.date.toString().substring(0, 7);
	}

}
