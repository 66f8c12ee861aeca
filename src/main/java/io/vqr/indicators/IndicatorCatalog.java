package io.vqr.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	private IndicatorCatalog() {
	}

	/** Every indicator, in the order of indicators.md. */
	public static List<Indicator> all() {
		return List.of(Indicator.values());
	}

	public static Optional<Indicator> byCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	public static List<Indicator> section(IndicatorSection section) {
		return Arrays.stream(Indicator.values()).filter((indicator) -> indicator.section() == section).toList();
	}

}
