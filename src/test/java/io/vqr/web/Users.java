package io.vqr.web;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;

/** Logged-in principals for MockMvc, from real accounts of the test portal. */
final class Users {

	private Users() {
	}

	static PortalUser of(Portal portal, String username, Role role, String school) {
		return of(portal, username, role, school, null, null);
	}

	static PortalUser of(Portal portal, String username, Role role, String school, String city, OfficialScope scope) {
		portal.account(username, role, school, city, scope);
		AccountStore accounts = portal.warehouse().bean(AccountStore.class);
		return new PortalUser(accounts.find(username).orElseThrow(), "n/a");
	}

}
