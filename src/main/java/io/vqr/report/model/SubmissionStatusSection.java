package io.vqr.report.model;

import java.util.List;

/**
 * Submission status of the year: expected = schools of dim_school known from earlier
 * years' accepted data, plus the roster of Y, plus any school that submitted in Y.
 *
 * @param byType counts by 办学类型
 * @param byCity counts by city
 * @param total counts over all schools
 * @param notAccepted schools not accepted, rejected first, then by code
 * @param schools every expected school with its file outcome and review state, by code;
 * those whose 办学类型 or city is found nowhere are counted in the total only, and named
 */
public record SubmissionStatusSection(List<StatusCount> byType, List<StatusCount> byCity, StatusCount total,
		List<NotAcceptedSchool> notAccepted, List<SchoolStatus> schools) {

	public SubmissionStatusSection {
		byType = List.copyOf(byType);
		byCity = List.copyOf(byCity);
		notAccepted = List.copyOf(notAccepted);
		schools = List.copyOf(schools);
	}

	/**
	 * Schools whose 办学类型 is found nowhere: in the total, in no row of {@link #byType}.
	 */
	public List<SchoolStatus> typeUnknown() {
		return this.schools.stream().filter((school) -> school.schoolType() == null).toList();
	}

	/**
	 * Schools whose city is found nowhere: in the total, in no row of {@link #byCity}.
	 */
	public List<SchoolStatus> cityUnknown() {
		return this.schools.stream().filter((school) -> school.cityName() == null).toList();
	}

	/** {@code 甲学校、乙学校}: names of {@link #typeUnknown()}, for a sentence. */
	public String typeUnknownNames() {
		return String.join("、", typeUnknown().stream().map(SchoolStatus::schoolName).toList());
	}

	/** {@code 甲学校、乙学校}: names of {@link #cityUnknown()}, for a sentence. */
	public String cityUnknownNames() {
		return String.join("、", cityUnknown().stream().map(SchoolStatus::schoolName).toList());
	}

}
