package io.vqr.report.model;

/**
 * Intake totals over the school's majors.
 *
 * @param plan Σ 招生计划数
 * @param admitted Σ 录取数
 * @param registered Σ 报到数
 * @param enrolled Σ 在校生数
 * @param throughTrack Σ 贯通培养在校生数
 */
public record Intake(long plan, long admitted, long registered, long enrolled, long throughTrack) {

}
