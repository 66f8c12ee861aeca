package io.vqr.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.vqr.accounts.Account;
import io.vqr.accounts.Role;
import io.vqr.review.Reviewer;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person: their account as read at login. What a page may show or change is
 * decided from this (the school, the city, the official's scope), never from a request
 * parameter.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final transient Account account;

	private String passwordHash;

	private final boolean mustChangePassword;

	public PortalUser(Account account, String passwordHash) {
		this(account, passwordHash, account.mustChangePassword());
	}

	private PortalUser(Account account, String passwordHash, boolean mustChangePassword) {
		this.account = account;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
	}

	public Account account() {
		return this.account;
	}

	public Role role() {
		return this.account.role();
	}

	/** The school of a clerk or head; fails for any other role. */
	public String schoolCode() {
		return this.account.schoolCode().orElseThrow(() -> new IllegalStateException("not a school account"));
	}

	/**
	 * The person as review knows them: a school's staff, a city's or the province's
	 * reviewer; the audit names the account. Officials do not act on school-years.
	 */
	public Reviewer reviewer() {
		return switch (role()) {
			case SCHOOL_CLERK, SCHOOL_HEAD -> Reviewer.school(getUsername(), schoolCode());
			case CITY_REVIEWER -> Reviewer.city(getUsername(), this.account.cityCode().orElseThrow());
			case PROVINCE_REVIEWER, PROVINCE_ADMIN -> Reviewer.province(getUsername());
			case OFFICIAL -> throw new IllegalStateException("an official does not review");
		};
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public PortalUser withPasswordChanged() {
		return new PortalUser(this.account, null, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.account.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.account.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.account.lockedAt(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return this.account.enabled();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
