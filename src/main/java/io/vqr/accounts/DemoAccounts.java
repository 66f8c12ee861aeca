package io.vqr.accounts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vqr.accounts.AccountStore.NewAccount;

/**
 * The demo's portal accounts: the province's administrator and reviewer, an official who
 * reads everything, and a clerk and a head of each given school, with their one-time
 * passwords in a file (the same as {@code user import} writes).
 */
public final class DemoAccounts {

	private DemoAccounts() {
	}

	/** A school to give accounts to. */
	public record School(String code, String name) {
	}

	/**
	 * Creates the accounts not there yet and writes their passwords; returns the file.
	 */
	public static Path create(AccountStore accounts, List<School> schools, Path file) throws IOException {
		List<RosterAccounts.Created> created = new ArrayList<>();
		add(accounts, created, new NewAccount("admin", "省级管理员", Role.PROVINCE_ADMIN, null, null, null, null), "", "");
		add(accounts, created, new NewAccount("province", "省级审核员", Role.PROVINCE_REVIEWER, null, null, null, null), "",
				"");
		add(accounts, created, new NewAccount("official", "教育厅领导", Role.OFFICIAL, null, null,
				new OfficialScope(true, List.of(), List.of(), schools.stream().map(School::code).toList()), null), "",
				"");
		for (School school : schools) {
			for (Role role : List.of(Role.SCHOOL_CLERK, Role.SCHOOL_HEAD)) {
				add(accounts, created,
						new NewAccount(RosterAccounts.username(school.code(), role),
								school.name() + role.label().substring(2), role, school.code(), null, null, null),
						school.code(), school.name());
			}
		}
		RosterAccounts.writePasswords(file, created);
		return file;
	}

	private static void add(AccountStore accounts, List<RosterAccounts.Created> created, NewAccount account,
			String schoolCode, String schoolName) {
		if (accounts.find(account.username()).isEmpty()) {
			created.add(new RosterAccounts.Created(schoolCode, schoolName, account.username(), account.role(),
					accounts.add(account, "demo")));
		}
	}

}
