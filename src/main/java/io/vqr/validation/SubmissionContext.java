package io.vqr.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.vqr.normalize.SchoolContext;
import io.vqr.standard.RuleParameters;

/**
 * What the rules of later sheets need from earlier ones: the year, the school (from 基本信息)
 * and the majors offered (from 专业与招生). Sheets are read in this order whatever their order
 * in the workbook.
 */
public final class SubmissionContext {

	private final int year;

	private final LocalDate censusDate;

	private SchoolContext school = SchoolContext.unknown();

	private final Set<String> majorsOffered = new HashSet<>();

	private boolean majorsSheetRead;

	/** 典型案例: the cases of each report part so far (R-CASE-TOO-MANY). */
	private final java.util.Map<String, Integer> casesByPart = new java.util.HashMap<>();

	public SubmissionContext(int year) {
		this.year = year;
		this.censusDate = RuleParameters.censusDate(year);
	}

	public int year() {
		return this.year;
	}

	/**
	 * The census day of the year (30 September): the date teachers' ages and students in
	 * school are counted at.
	 */
	public LocalDate censusDate() {
		return this.censusDate;
	}

	public SchoolContext school() {
		return this.school;
	}

	public void school(SchoolContext school) {
		this.school = school;
	}

	public void offer(String majorCode) {
		this.majorsOffered.add(majorCode);
		this.majorsSheetRead = true;
	}

	/** Counts a case of a report part and returns how many that part now has. */
	public int countCase(String part) {
		return this.casesByPart.merge(part, 1, Integer::sum);
	}

	public void majorsSheetRead() {
		this.majorsSheetRead = true;
	}

	/**
	 * Whether a major is in 专业与招生; true when that sheet could not be read (its own
	 * findings say why).
	 */
	public boolean offers(String majorCode) {
		return !this.majorsSheetRead || this.majorsOffered.contains(majorCode);
	}

}
