package io.vqr.report.model;

/**
 * One bar or slice of a chart.
 *
 * @param label category label, e.g. {@code 制造业} or {@code 10 签订就业协议/劳动合同}
 * @param value its value (a count, or a fraction for rates)
 */
public record ChartPoint(String label, double value) {

}
