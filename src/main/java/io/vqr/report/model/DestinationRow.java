package io.vqr.report.model;

/**
 * Graduates with one destination code (code list B).
 *
 * @param code destination code, 10 … 31
 * @param name its name, e.g. 签订就业协议/劳动合同
 * @param group employed, further_study or not_placed
 * @param count graduates with that destination
 * @param share count / all graduates as a fraction; null when there are no graduates
 */
public record DestinationRow(String code, String name, String group, long count, Double share) {

	public String shareText() {
		return ReportFormats.percent(this.share);
	}

}
