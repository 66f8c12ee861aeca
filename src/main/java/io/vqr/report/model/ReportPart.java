package io.vqr.report.model;

import java.util.List;

/**
 * One part of a v2 school report (一、基本情况 … 八、面临挑战) in the order and with the title of the
 * editable outline, with the school's cases of that part.
 *
 * @param key the part's key (basics, talent, integration, service, culture,
 * international, support, challenges)
 * @param number the part's Chinese ordinal by its place in the outline: 一, 二, …
 * @param title its title, e.g. 基本情况
 * @param cases the school's 典型案例 of the part, in the order submitted
 */
public record ReportPart(String key, String number, String title, List<CaseStudy> cases) {

	public ReportPart {
		cases = List.copyOf(cases);
	}

	/** {@code 一、基本情况}. */
	public String heading() {
		return this.number + "、" + this.title;
	}

	/** The part's anchor in the PDF, for the table of contents. */
	public String anchor() {
		return "part-" + this.key;
	}

}
