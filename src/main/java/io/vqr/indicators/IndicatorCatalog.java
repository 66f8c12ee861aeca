package io.vqr.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.vqr.standard.SubmissionStandard;

/**
 * Look-ups over {@link Indicator}: by code (thresholds file, exports), by section (report
 * tables), and the key rates whose spread across schools the provincial report shows.
 */
public final class IndicatorCatalog {

	private static final Map<String, Indicator> BY_CODE = Arrays.stream(Indicator.values())
		.collect(Collectors.toUnmodifiableMap(Indicator::code, Function.identity()));

	/** Rates whose spread across schools (min, P25, median, P75, max) is reported. */
	public static final List<Indicator> KEY_RATES = List.of(Indicator.PLACEMENT_RATE, Indicator.EMPLOYMENT_RATE,
			Indicator.FURTHER_STUDY_RATE, Indicator.RELATED_EMPLOYMENT_RATE, Indicator.DUAL_QUALIFIED_RATE,
			Indicator.SENIOR_TITLE_RATE);

	/** Indicators the provincial report ranks schools by. */
	public static final List<Indicator> RANKED = List.of(Indicator.PLACEMENT_RATE, Indicator.DUAL_QUALIFIED_RATE,
			Indicator.STUDENT_TEACHER_RATIO);

	/** The standards' versions, oldest first. */
	private static final List<String> VERSIONS = versions();

	private IndicatorCatalog() {
	}

	/** Every indicator, in the order of indicators.md. */
	public static List<Indicator> all() {
		return List.of(Indicator.values());
	}

	/**
	 * The indicators a year has: those of the year's submission standard and of the
	 * standards before it, in catalogue order. A year read with v1 has no v2 indicator
	 * (absent, never 0).
	 */
	public static List<Indicator> forYear(int year) {
		return Arrays.stream(Indicator.values()).filter((indicator) -> inYear(indicator, year)).toList();
	}

	/** Whether the year's submission standard collects what the indicator needs. */
	public static boolean inYear(Indicator indicator, int year) {
		return VERSIONS.indexOf(SubmissionStandard.forYear(year).version()) >= VERSIONS.indexOf(indicator.since());
	}

	private static List<String> versions() {
		List<String> versions = SubmissionStandard.all().stream().map(SubmissionStandard::version).toList();
		for (Indicator indicator : Indicator.values()) {
			if (!versions.contains(indicator.since())) {
				throw new IllegalStateException(
						"indicator " + indicator.code() + " names no standard: " + indicator.since());
			}
		}
		return versions;
	}

	public static Optional<Indicator> byCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	public static List<Indicator> section(IndicatorSection section) {
		return Arrays.stream(Indicator.values()).filter((indicator) -> indicator.section() == section).toList();
	}

}
