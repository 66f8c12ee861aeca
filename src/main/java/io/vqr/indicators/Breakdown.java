package io.vqr.indicators;

/**
 * The breakdowns counted per school (and for the province) in one set-based query.
 */
public enum Breakdown {

	/** Graduates by destination code. */
	DESTINATION,

	/** Employed graduates that give an industry, by GB/T 4754 section letter. */
	INDUSTRY_SECTION,

	/** Employed graduates that give it, by 单位性质. */
	EMPLOYER_KIND,

	/** Match-base graduates by where they work: city, province, outside, unknown. */
	EMPLOYMENT_REGION,

	/** Fulltime teachers by 专业技术职务. */
	TITLE,

	/** Fulltime teachers by 最高学历. */
	EDUCATION,

	/** Fulltime 专业课 teachers by 双师型: yes, no. */
	DUAL_QUALIFIED,

	/** Partnership projects by 合作形式. */
	PARTNERSHIP_FORM,

	/** Sums over partnerships: interns, hires, mentors. */
	PARTNERSHIP_PEOPLE;

	/** Keys of {@link #EMPLOYMENT_REGION}. */
	public static final String IN_CITY = "city";

	public static final String IN_PROVINCE_OTHER_CITY = "province";

	public static final String OUTSIDE_PROVINCE = "outside";

	public static final String REGION_UNKNOWN = "unknown";

}
