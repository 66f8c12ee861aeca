package io.vqr.indicators;

/**
 * The 专业大类 of a major that is not in the MoE catalogue: a 技工 major (4 digits, the first
 * two its 专业类别, 8xxx provincial 特色专业) is put under 技工类, anything else under 其他.
 */
final class MajorDivisions {

	private MajorDivisions() {
	}

	static String fallbackDivision(String majorCode) {
		String code = (majorCode == null) ? "" : majorCode.trim();
		if (code.matches("8\\d{3}")) {
			return "技工类（省级特色专业）";
		}
		if (code.matches("\\d{4}")) {
			return "技工类（" + code.substring(0, 2) + "类）";
		}
		return "其他";
	}

}
