package io.vqr.report.model;

import io.vqr.review.ReviewState;

/**
 * One expected school in the status section: where its file stands (the rules) and where
 * its data stands in review (official or not).
 *
 * @param schoolCode school code
 * @param schoolName school name
 * @param schoolType 办学类型, or null when neither its files, the roster nor earlier years
 * say
 * @param cityName city, or null likewise
 * @param state the outcome of its files
 * @param reviewState its review state ({@link ReviewState#NOT_SUBMITTED} without a
 * school_year row)
 */
public record SchoolStatus(String schoolCode, String schoolName, String schoolType, String cityName,
		SubmissionState state, ReviewState reviewState) {

	/** What the report prints for an unknown 办学类型 or city. */
	public static final String UNKNOWN_TEXT = "不明";

	public String schoolTypeText() {
		return (this.schoolType != null) ? this.schoolType : UNKNOWN_TEXT;
	}

	public String cityNameText() {
		return (this.cityName != null) ? this.cityName : UNKNOWN_TEXT;
	}

	/** Whether its type or city is found nowhere. */
	public boolean placeUnknown() {
		return this.schoolType == null || this.cityName == null;
	}

	/**
	 * Why its type or city is unknown, or empty:
	 * {@code 办学类型、所在地市不明：上报文件未通过且未载明，名册和往年数据中也没有该校}.
	 */
	public String placeUnknownReason() {
		return placeUnknownReason(this.schoolType, this.cityName, this.state);
	}

	static String placeUnknownReason(String schoolType, String cityName, SubmissionState state) {
		if (schoolType != null && cityName != null) {
			return "";
		}
		String what = (schoolType == null && cityName == null) ? "办学类型、所在地市" : (schoolType == null) ? "办学类型" : "所在地市";
		String file = switch (state) {
			case NOT_SUBMITTED -> "未报送文件";
			case REJECTED -> "上报文件未通过且未能读出学校基本信息";
			default -> "上报文件中的地区代码无法识别";
		};
		return what + "不明：" + file + "，名册和往年数据中也没有该校";
	}

	public String stateText() {
		return this.state.label();
	}

	public String reviewStateText() {
		return this.reviewState.label();
	}

}
