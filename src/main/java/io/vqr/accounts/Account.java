package io.vqr.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * A portal account as stored (without its password hash).
 *
 * @param schoolCode the school of a clerk or head
 * @param cityCode the 6-digit city code of a city reviewer (e.g. 440100)
 * @param scope what an official may read
 */
public record Account(String username, String displayName, Role role, Optional<String> schoolCode,
		Optional<String> cityCode, OfficialScope scope, Optional<String> email, boolean mustChangePassword,
		boolean enabled, int failedLogins, Optional<Instant> lockedUntil) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil.map(now::isBefore).orElse(false);
	}

}
