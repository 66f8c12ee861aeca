package io.vqr.accounts;

/**
 * What a portal account may do. A school's clerk and head act on their own school only; a
 * city reviewer on its city's school-years at the city level; the province on every
 * school-year; an official reads reports of the scope stored with the account.
 */
public enum Role {

	/** 填报员: uploads the school's workbook and explains warnings. */
	SCHOOL_CLERK("学校填报员"),

	/** 校领导: certifies the school's data. */
	SCHOOL_HEAD("学校校领导"),

	/** 市级审核员: approves or returns its city's school-years at the city level. */
	CITY_REVIEWER("市级审核员"),

	/** 省级审核员: approves or returns at either level. */
	PROVINCE_REVIEWER("省级审核员"),

	/** 省级管理员: accounts and unlocking, besides everything a province reviewer does. */
	PROVINCE_ADMIN("省级管理员"),

	/** 领导/官员: read-only, the reports of a scope. */
	OFFICIAL("查阅人员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The Spring Security authority, {@code ROLE_<name>}. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isSchool() {
		return this == SCHOOL_CLERK || this == SCHOOL_HEAD;
	}

	public boolean isReviewer() {
		return this == CITY_REVIEWER || this == PROVINCE_REVIEWER || this == PROVINCE_ADMIN;
	}

	/** Parses a role name as typed on the command line (any case, '-' or '_'). */
	public static Role parse(String text) {
		return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

}
