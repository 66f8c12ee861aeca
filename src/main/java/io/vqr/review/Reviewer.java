package io.vqr.review;

import java.util.Objects;

/**
 * A person acting on school-years, and what they may act on: a school's own staff (its
 * school code), a city's reviewers (its 6-digit city code) or the province's.
 *
 * @param name who, as the audit records it
 * @param role the level the person belongs to (never {@link ReviewLevel#SYSTEM})
 * @param scope the school code (school) or city code (city); null for the province
 */
public record Reviewer(String name, ReviewLevel role, String scope) {

	public Reviewer {
		Objects.requireNonNull(role, "role");
		if (name == null || name.isBlank()) {
			throw new ReviewException("请填写操作人姓名");
		}
		name = name.strip();
		if (role == ReviewLevel.SYSTEM) {
			throw new IllegalArgumentException("the system is not a reviewer");
		}
		if (role != ReviewLevel.PROVINCE && (scope == null || scope.isBlank())) {
			throw new IllegalArgumentException(role + " reviewer needs a scope");
		}
	}

	public static Reviewer school(String name, String schoolCode) {
		return new Reviewer(name, ReviewLevel.SCHOOL, schoolCode);
	}

	public static Reviewer city(String name, String cityCode) {
		return new Reviewer(name, ReviewLevel.CITY, cityCode);
	}

	public static Reviewer province(String name) {
		return new Reviewer(name, ReviewLevel.PROVINCE, null);
	}

}
