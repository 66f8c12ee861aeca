package io.vqr.indicators;

/**
 * The table of indicators.md an indicator belongs to; the school report's appendix puts
 * {@link #STUDENT_DEVELOPMENT} in the 计分卡 and the others in the 教学资源表.
 */
public enum IndicatorSection {

	STUDENT_DEVELOPMENT("学生发展"),

	TEACHERS("教师队伍"),

	RESOURCES("办学条件与政策落实"),

	/** v2: 服务贡献 (technical services, training, patents). */
	SERVICE("服务贡献"),

	/** v2: 国际合作. */
	INTERNATIONAL("国际合作");

	private final String title;

	IndicatorSection(String title) {
		this.title = title;
	}

	/** Chinese title, as in indicators.md. */
	public String title() {
		return this.title;
	}

}
