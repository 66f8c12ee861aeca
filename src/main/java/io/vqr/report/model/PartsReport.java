package io.vqr.report.model;

import java.util.List;

/**
 * What a v2 school report (2025 on) adds to the figures v1 has: the parts in the order
 * and with the titles of the outline, each with its cases; the new figures of the parts;
 * and the five attached tables (standard-v2.md, School report outline).
 *
 * @param parts the parts in outline order
 * @param appendixTitle the title of the attached tables' chapter
 * @param appendix the attached tables in outline order
 * @param talent 人才培养: 双证书获取率 and the satisfaction rates
 * @param integration 产教融合: apprenticeship, partnerships, enterprise teachers and
 * equipment
 * @param service 服务贡献: technical services, training, patents
 * @param international 国际合作: the eight 国际合作 figures
 * @param resources 发展保障: teaching resources
 * @param policy 发展保障: funding and staffing
 */
public record PartsReport(List<ReportPart> parts, String appendixTitle, List<AppendixTable> appendix,
		List<FigureRow> talent, List<FigureRow> integration, List<FigureRow> service, List<FigureRow> international,
		List<FigureRow> resources, List<FigureRow> policy) {

	public PartsReport {
		parts = List.copyOf(parts);
		appendix = List.copyOf(appendix);
		talent = List.copyOf(talent);
		integration = List.copyOf(integration);
		service = List.copyOf(service);
		international = List.copyOf(international);
		resources = List.copyOf(resources);
		policy = List.copyOf(policy);
	}

	/** Every case of the report, in part order. */
	public List<CaseStudy> cases() {
		return this.parts.stream().flatMap((part) -> part.cases().stream()).toList();
	}

	/** The attached table of that key, or null when the outline leaves it out. */
	public AppendixTable table(String key) {
		return this.appendix.stream().filter((table) -> table.key().equals(key)).findFirst().orElse(null);
	}

}
