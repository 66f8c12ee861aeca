package io.vqr.report.model;

import java.util.List;

/**
 * An expected school without accepted data for the year, and why.
 *
 * @param schoolCode school code
 * @param schoolName school name
 * @param schoolType 办学类型, when known
 * @param cityName city name, when known
 * @param state {@link SubmissionState#REJECTED} or {@link SubmissionState#NOT_SUBMITTED}
 * @param errorCount errors of the latest rejected submission (0 when not submitted)
 * @param topRules titles of the rules with the most errors, most frequent first (at most
 * 3)
 */
public record NotAcceptedSchool(String schoolCode, String schoolName, String schoolType, String cityName,
		SubmissionState state, int errorCount, List<String> topRules) {

	public NotAcceptedSchool {
		topRules = List.copyOf(topRules);
	}

	/**
	 * {@code 未报送}, or {@code 未通过：12个错误，主要为…、…}; followed by why its 办学类型 or city is
	 * unknown when it is.
	 */
	public String reason() {
		String place = SchoolStatus.placeUnknownReason(this.schoolType, this.cityName, this.state);
		String suffix = place.isEmpty() ? "" : "；" + place;
		if (this.state != SubmissionState.REJECTED) {
			return this.state.label() + suffix;
		}
		String reason = this.state.label() + "：" + this.errorCount + "个错误";
		return (this.topRules.isEmpty() ? reason : reason + "，主要为" + String.join("、", this.topRules)) + suffix;
	}

	/** 办学类型 as printed: {@code 不明} when found nowhere. */
	public String schoolTypeText() {
		return (this.schoolType != null) ? this.schoolType : SchoolStatus.UNKNOWN_TEXT;
	}

	/** City as printed: {@code 不明} when found nowhere. */
	public String cityNameText() {
		return (this.cityName != null) ? this.cityName : SchoolStatus.UNKNOWN_TEXT;
	}

}
