package io.vqr.report.model;

/**
 * One line of the 预警名单: a school on the wrong side of a threshold.
 *
 * @param schoolCode school code
 * @param schoolName school name
 * @param schoolType 办学类型
 * @param cityName city name
 * @param check the failed check (indicator, value, threshold)
 */
public record WarningEntry(String schoolCode, String schoolName, String schoolType, String cityName,
		ThresholdCheck check) {

}
