package io.vqr.report.model;

import java.util.Arrays;
import java.util.List;

/**
 * A school's 典型案例 as its report prints it: in a box under the part it belongs to, with
 * its title, the text's line breaks kept as paragraphs. Text from the school's file:
 * templates print it escaped ({@code th:text}), never as markup.
 *
 * @param number the case's number through the report (案例1, 案例2, ...), 0 before numbering
 * @param part the report part (人才培养, 产教融合, ...; code list case_part)
 * @param title 案例标题
 * @param paragraphs 案例正文, one entry per paragraph, blank lines dropped
 */
public record CaseStudy(int number, String part, String title, List<String> paragraphs) {

	public CaseStudy {
		paragraphs = List.copyOf(paragraphs);
	}

	/** A case from its stored text, paragraphs split at line breaks. */
	public static CaseStudy of(String part, String title, String body) {
		List<String> paragraphs = Arrays.stream(body.split("\\r?\\n|\\r"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		return new CaseStudy(0, part, title.strip(), paragraphs);
	}

	/** The same case with its number through the report. */
	public CaseStudy numbered(int number) {
		return new CaseStudy(number, this.part, this.title, this.paragraphs);
	}

	/** {@code 案例1}. */
	public String label() {
		return "案例" + this.number;
	}

}
