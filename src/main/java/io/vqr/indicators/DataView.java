package io.vqr.indicators;

/**
 * Which file of each school-year the figures are computed from (review-workflow.md, "What
 * counts as official"): the one place that says so, so that every indicator query, the
 * report job, the export and the web portal read the same set of (year, school,
 * submission).
 * <p>
 * {@link #relation()} is a relation
 * {@code (year, school_code, submission_id, review_state)} for a {@code from} clause; the
 * caller adds its own year predicate, which PostgreSQL pushes into it.
 */
public enum DataView {

	/**
	 * Each school-year's official file: the one last approved, kept in
	 * {@code current_submission}. A school-year without an approval has none and appears
	 * in no figure. What officials receive.
	 */
	OFFICIAL("""
			(select cs.year, cs.school_code, cs.submission_id, coalesce(sy.state, 'APPROVED') as review_state
			   from current_submission cs
			   left join school_year sy on sy.year = cs.year and sy.school_code = cs.school_code)"""),

	/**
	 * Each school's file under review ({@code school_year.review_submission_id}),
	 * whatever its state; a school-year the review model does not know yet counts with
	 * its official file. For reviewers and schools, never delivered: rendered into
	 * {@code draft/} and marked as a draft on every page and sheet.
	 */
	DRAFT("""
			(select coalesce(sy.year, cs.year) as year, coalesce(sy.school_code, cs.school_code) as school_code,
			        coalesce(sy.review_submission_id, cs.submission_id) as submission_id,
			        coalesce(sy.state, 'APPROVED') as review_state
			   from school_year sy
			   full join current_submission cs on cs.year = sy.year and cs.school_code = sy.school_code
			  where coalesce(sy.review_submission_id, cs.submission_id) is not null)""");

	/** The mark on every page and sheet of a draft. */
	public static final String DRAFT_MARK = "草稿：数据尚未审核";

	private final String relation;

	DataView(String relation) {
		this.relation = relation;
	}

	/**
	 * The files of this view as a parenthesised relation
	 * {@code (year, school_code, submission_id, review_state)}; {@code school_code} is
	 * {@code char(10)}, {@code review_state} a {@code ReviewState} name.
	 */
	public String relation() {
		return this.relation;
	}

	public boolean isDraft() {
		return this == DRAFT;
	}

	/** {@code draft} for a draft, the view's name in lower case otherwise. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
