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
 */
public record SubmissionStatusSection(List<StatusCount> byType, List<StatusCount> byCity, StatusCount total,
		List<NotAcceptedSchool> notAccepted) {

	public SubmissionStatusSection {
		byType = List.copyOf(byType);
		byCity = List.copyOf(byCity);
		notAccepted = List.copyOf(notAccepted);
	}

}
