package io.vqr.indicators;

import java.util.List;
import java.util.stream.Collectors;

import io.vqr.standard.CodeEntry;
import io.vqr.standard.CodeLists;

/**
 * The codes the indicator definitions refer to, taken from the standard's code lists (so
 * a renamed code fails here, at start-up, rather than silently counting nothing), and as
 * SQL literals for the set-based queries.
 */
final class StandardCodes {

	static final List<String> EMPLOYED = destinations("employed");

	static final List<String> FURTHER_STUDY = destinations("further_study");

	/** Destinations whose 专业对口, income and employer region are asked for (10–12). */
	static final List<String> MATCH_BASE = List.of(destination("10"), destination("11"), destination("12"));

	static final String SELF_EMPLOYED = destination("12");

	static final String FULLTIME = CodeLists.get(CodeLists.TEACHER_CATEGORY).byCode("专任教师").code();

	static final String PARTTIME = CodeLists.get(CodeLists.TEACHER_CATEGORY).byCode("校外兼职教师").code();

	static final List<String> SENIOR_TITLES = List.of(CodeLists.get(CodeLists.TITLE).byCode("正高级").code(),
			CodeLists.get(CodeLists.TITLE).byCode("副高级").code());

	static final String POSTGRADUATE = CodeLists.get(CodeLists.EDUCATION).byCode("研究生").code();

	static final List<String> HIGHER_DEGREES = List.of(CodeLists.get(CodeLists.DEGREE).byCode("博士").code(),
			CodeLists.get(CodeLists.DEGREE).byCode("硕士").code());

	static final String PUBLIC_OWNERSHIP = CodeLists.get(CodeLists.OWNERSHIP).byCode("公办").code();

	private StandardCodes() {
	}

	/** {@code ('10','11')}: codes are the standard's own, never user input. */
	static String sqlList(List<String> codes) {
		return codes.stream()
			.map((code) -> "'" + code.replace("'", "''") + "'")
			.collect(Collectors.joining(",", "(", ")"));
	}

	static String sqlLiteral(String code) {
		return "'" + code.replace("'", "''") + "'";
	}

	private static List<String> destinations(String group) {
		return CodeLists.get(CodeLists.DESTINATION)
			.entries()
			.stream()
			.filter((entry) -> group.equals(entry.attribute(CodeLists.DESTINATION_GROUP)))
			.map(CodeEntry::code)
			.toList();
	}

	private static String destination(String code) {
		return CodeLists.get(CodeLists.DESTINATION).byCode(code).code();
	}

}
