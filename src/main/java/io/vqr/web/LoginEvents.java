package io.vqr.web;

import java.util.regex.Pattern;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.SecurityLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every login, successful or not, in the security log; failed ones counted against the
 * account so that guessing slows down and then locks it.
 */
@Component
class LoginEvents {

	/** A typed ID number (15 or 18 characters) must not reach the log as a user name. */
	private static final Pattern LONG_DIGITS = Pattern.compile("\\d{14,17}[\\dXx]");

	private final AccountStore accounts;

	private final SecurityLog securityLog;

	LoginEvents(AccountStore accounts, SecurityLog securityLog) {
		this.accounts = accounts;
		this.securityLog = securityLog;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.accounts.recordSuccess(username);
		this.securityLog.record(username, SecurityLog.Event.LOGIN_SUCCESS, remote(event.getAuthentication()), null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = loggable(event.getAuthentication().getName());
		String remote = remote(event.getAuthentication());
		if (event instanceof AuthenticationFailureLockedEvent) {
			this.securityLog.record(username, SecurityLog.Event.LOGIN_LOCKED, remote, "account waits after failures");
			return;
		}
		String detail = event.getException().getClass().getSimpleName();
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			detail = this.accounts.recordFailure(event.getAuthentication().getName())
				.map((until) -> "wrong password; waits until " + until)
				.orElse("wrong password or unknown account");
		}
		this.securityLog.record(username, SecurityLog.Event.LOGIN_FAILURE, remote, detail);
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.securityLog.record(event.getAuthentication().getName(), SecurityLog.Event.LOGOUT,
				remote(event.getAuthentication()), null);
	}

	static String loggable(String username) {
		if (username == null) {
			return null;
		}
		String masked = LONG_DIGITS.matcher(username).replaceAll("（已隐去）");
		return (masked.length() > 64) ? masked.substring(0, 64) + "…" : masked;
	}

	private static String remote(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
