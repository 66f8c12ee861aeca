package io.vqr.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import io.vqr.indicators.Indicator;

/**
 * Chinese number and date formatting shared by the PDF and Excel renderers (glossary,
 * "Writing for officials"): percent with one decimal ({@code 96.5%}), {@code —} for an
 * empty value, thousands separators, {@code 万人}/{@code 亿元} for large figures, changes in
 * 个百分点 for rates and in percent for the rest, dates as {@code 2024年9月30日}. Half-up
 * rounding throughout.
 */
public final class ReportFormats {

	/** What an empty value prints as: never 0. */
	public static final String EMPTY = "—";

	/** What a change that rounds to zero prints as. */
	public static final String UNCHANGED = "持平";

	private ReportFormats() {
	}

	/** A fraction as a percentage with one decimal: 0.9654 → {@code 96.5%}. */
	public static String percent(Double fraction) {
		return percent(fraction, 1);
	}

	public static String percent(Double fraction, int decimals) {
		if (fraction == null) {
			return EMPTY;
		}
		return plain(round(fraction * 100, decimals), decimals) + "%";
	}

	/** A number with thousands separators and the given decimals: {@code 12,345.6}. */
	public static String number(Double value, int decimals) {
		if (value == null) {
			return EMPTY;
		}
		return format(round(value, decimals), decimals);
	}

	/** A count with thousands separators: {@code 12,345}. */
	public static String count(long value) {
		return format(BigDecimal.valueOf(value), 0);
	}

	/**
	 * An indicator's value as printed in tables: rates as percent, others by their
	 * decimals.
	 */
	public static String value(Indicator indicator, Double value) {
		if (value == null) {
			return EMPTY;
		}
		return indicator.isRate() ? percent(value, indicator.decimals()) : number(value, indicator.decimals());
	}

	/**
	 * An indicator's value with its unit for running text: {@code 96.5%}, {@code 4,512元},
	 * {@code 17.2:1}.
	 */
	public static String valueWithUnit(Indicator indicator, Double value) {
		if (value == null) {
			return EMPTY;
		}
		return indicator.isRate() ? value(indicator, value) : value(indicator, value) + indicator.unit();
	}

	/**
	 * A threshold limit as printed, without needless decimals: {@code 50%}, {@code 20:1},
	 * {@code 3,000元}, {@code 12.5%}.
	 */
	public static String limit(Indicator indicator, double limit) {
		if (indicator.isRate()) {
			return BigDecimal.valueOf(limit * 100)
				.setScale(4, RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString() + "%";
		}
		BigDecimal value = BigDecimal.valueOf(limit).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
		return format(value, Math.max(0, value.scale())) + indicator.unit();
	}

	/** Persons, in 万人 from ten thousand on: {@code 3,456人}, {@code 1.23万人}. */
	public static String persons(long value) {
		if (Math.abs(value) >= 10_000) {
			return plain(round(value / 10_000.0, 2), 2) + "万人";
		}
		return count(value) + "人";
	}

	/**
	 * Money in 元, switching to 万元 and 亿元 for large sums: {@code 8,500元}, {@code 12.35万元},
	 * {@code 3.21亿元}.
	 */
	public static String yuan(Double value) {
		if (value == null) {
			return EMPTY;
		}
		if (Math.abs(value) >= 100_000_000) {
			return plain(round(value / 100_000_000, 2), 2) + "亿元";
		}
		if (Math.abs(value) >= 10_000) {
			return format(round(value / 10_000, 2), 2) + "万元";
		}
		return number(value, 0) + "元";
	}

	/** {@code 2024年9月30日}; {@code —} for null. */
	public static String date(LocalDate date) {
		if (date == null) {
			return EMPTY;
		}
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/**
	 * The change from {@code previous} to {@code current}, both rounded as printed:
	 * percentage points for rates, percent otherwise; null when a value is missing or,
	 * for percent, Y-1 is 0.
	 */
	public static Double change(Indicator indicator, Double current, Double previous) {
		if (current == null || previous == null) {
			return null;
		}
		// from the values as printed, so that a reader who subtracts gets the change
		// shown
		double shownCurrent = shown(indicator, current);
		double shownPrevious = shown(indicator, previous);
		if (indicator.kind().changesInPoints()) {
			return BigDecimal.valueOf(shownCurrent).subtract(BigDecimal.valueOf(shownPrevious)).doubleValue() * 100;
		}
		if (shownPrevious == 0) {
			return null;
		}
		return (shownCurrent - shownPrevious) / Math.abs(shownPrevious) * 100;
	}

	/**
	 * A value rounded as it is printed: a rate to its percentage's decimals (0.96549 →
	 * 0.965), anything else to its decimals.
	 */
	public static double shown(Indicator indicator, double value) {
		if (indicator.isRate()) {
			return round(value * 100, indicator.decimals()).movePointLeft(2).doubleValue();
		}
		return round(value, indicator.decimals()).doubleValue();
	}

	/**
	 * A change as printed: {@code +1.2个百分点}, {@code -0.8个百分点} for rates, {@code 增长3.4%},
	 * {@code 下降2.0%} for the rest, {@code 持平} when it rounds to zero, {@code —} when
	 * null.
	 */
	public static String changeText(Indicator indicator, Double change) {
		if (change == null) {
			return EMPTY;
		}
		BigDecimal rounded = round(change, 1);
		if (rounded.signum() == 0) {
			return UNCHANGED;
		}
		if (indicator.kind().changesInPoints()) {
			return ((rounded.signum() > 0) ? "+" : "-") + plain(rounded.abs(), 1) + "个百分点";
		}
		return ((rounded.signum() > 0) ? "增长" : "下降") + plain(rounded.abs(), 1) + "%";
	}

	private static BigDecimal round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value, int decimals) {
		return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	private static String format(BigDecimal value, int decimals) {
		DecimalFormat format = new DecimalFormat((decimals == 0) ? "#,##0" : "#,##0." + "0".repeat(decimals),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
