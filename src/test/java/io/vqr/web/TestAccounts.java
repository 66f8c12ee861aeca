package io.vqr.web;

import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;

/** The web tests' account and upload helpers, for tests outside this package. */
public final class TestAccounts {

	private TestAccounts() {
	}

	public static PortalUser user(Portal portal, String username, Role role, String school, String city,
			OfficialScope scope) {
		return Users.of(portal, username, role, school, city, scope);
	}

	public static long upload(Portal portal, PortalUser who, String name, byte[] content) throws Exception {
		return Uploads.upload(portal, who, name, content);
	}

}
