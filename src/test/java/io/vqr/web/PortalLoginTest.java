package io.vqr.web;

import java.nio.file.Path;
import java.util.Map;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.AccountStore.NewAccount;
import io.vqr.accounts.Role;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.test.TestDatabase;

import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in: one-time passwords, the forced change, failed logins slowing down and
 * locking, the security log, session fixation and timeout, headers, CSRF; and the batch
 * commands' context staying without any of the web.
 */
class PortalLoginTest {

	final Portal portal = Portal.get();

	@Test
	void oneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		AccountStore accounts = this.portal.warehouse().bean(AccountStore.class);
		String once = accounts.add(new NewAccount("first-login", "首次", Role.PROVINCE_REVIEWER, null, null, null, null),
				"test");
		MvcResult login = this.portal.mvc()
			.perform(formLogin("/login").user("first-login").password(once))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		this.portal.mvc().perform(get("/review").session(session)).andExpect(redirectedUrl("/password"));
		this.portal.mvc()
			.perform(post("/password").session(session)
				.with(csrf())
				.param("current", once)
				.param("next", "short1")
				.param("repeat", "short1"))
			.andExpect(status().isOk());
		assertThat(accounts.find("first-login").orElseThrow().mustChangePassword()).isTrue();
		this.portal.mvc()
			.perform(post("/password").session(session)
				.with(csrf())
				.param("current", once)
				.param("next", "Neues-Passwort-77")
				.param("repeat", "Neues-Passwort-77"))
			.andExpect(redirectedUrl("/?passwordChanged"));
		assertThat(accounts.find("first-login").orElseThrow().mustChangePassword()).isFalse();
		this.portal.mvc().perform(get("/").session(session)).andExpect(redirectedUrl("/review"));
		assertThat(events("first-login")).containsSubsequence("ACCOUNT_CREATED", "LOGIN_SUCCESS", "PASSWORD_CHANGED");
	}

	@Test
	void failedLoginsAreLoggedThenSlowDownThenLock() throws Exception {
		String user = this.portal.account("guessed", Role.PROVINCE_REVIEWER, null, null, null);
		for (int i = 0; i < AccountStore.SLOW_DOWN_AFTER; i++) {
			this.portal.mvc()
				.perform(formLogin("/login").user(user).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.portal.mvc()
			.perform(formLogin("/login").user(user).password(Portal.PASSWORD))
			.andExpect(redirectedUrl("/login?error=locked"));
		assertThat(events(user)).containsSubsequence("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_LOCKED");
		assertThat(AccountStore.waitAfter(AccountStore.LOCK_AFTER)).contains(AccountStore.LOCK_TIME);
		this.portal.jdbc()
			.update("update portal_account set locked_until = now() - interval '1 second'" + " where username = ?",
					user);
		this.portal.mvc()
			.perform(formLogin("/login").user(user).password(Portal.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(this.portal.jdbc()
			.queryForObject("select failed_logins from portal_account where username = ?", Integer.class, user))
			.isZero();
	}

	@Test
	void anIdNumberTypedAsUserNameNeverReachesTheLog() throws Exception {
		this.portal.mvc()
			.perform(formLogin("/login").user("11010519491231002X").password("x"))
			.andExpect(redirectedUrl("/login?error=bad"));
		assertThat(this.portal.jdbc()
			.queryForObject("select count(*) from security_log where username like '%1101051949%'", Integer.class))
			.isZero();
		assertThat(events("（已隐去）")).contains("LOGIN_FAILURE");
	}

	@Test
	void disabledAccountsCannotLogIn() throws Exception {
		String user = this.portal.account("leaver", Role.OFFICIAL, null, null, null);
		this.portal.warehouse().bean(AccountStore.class).disable(user, "test");
		this.portal.mvc()
			.perform(formLogin("/login").user(user).password(Portal.PASSWORD))
			.andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void loginChangesTheSessionId() throws Exception {
		String user = this.portal.account("fixation", Role.PROVINCE_REVIEWER, null, null, null);
		MockHttpSession before = new MockHttpSession();
		String id = before.getId();
		MvcResult login = this.portal.mvc()
			.perform(post("/login").session(before)
				.with(csrf())
				.param("username", user)
				.param("password", Portal.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(login.getRequest().getSession().getId()).isNotEqualTo(id);
	}

	@Test
	void sessionsTimeOutAfterThirtyMinutes() {
		TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) this.portal.warehouse()
			.context()).getWebServer();
		Context context = (Context) server.getTomcat().getHost().findChildren()[0];
		assertThat(context.getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		this.portal.mvc()
			.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", PortalSecurity.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void stateChangesWithoutTheCsrfTokenAreRefused() throws Exception {
		String user = this.portal.account("csrf-user", Role.PROVINCE_REVIEWER, null, null, null);
		MvcResult login = this.portal.mvc()
			.perform(formLogin("/login").user(user).password(Portal.PASSWORD))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		String hash = this.portal.jdbc()
			.queryForObject("select password_hash from portal_account where username = ?", String.class, user);
		this.portal.mvc()
			.perform(post("/password").session(session)
				.with(csrf().useInvalidToken())
				.param("current", Portal.PASSWORD)
				.param("next", "Another-pass-99")
				.param("repeat", "Another-pass-99"))
			.andExpect(status().isForbidden());
		// A missing token is what a form shows after the session timed out: back to the
		// login page, saying so.
		this.portal.mvc()
			.perform(post("/password").session(session)
				.param("current", Portal.PASSWORD)
				.param("next", "Another-pass-99")
				.param("repeat", "Another-pass-99"))
			.andExpect(redirectedUrl("/login?expired"));
		this.portal.mvc()
			.perform(post("/login").param("username", user).param("password", Portal.PASSWORD))
			.andExpect(redirectedUrl("/login?expired"));
		assertThat(this.portal.jdbc()
			.queryForObject("select password_hash from portal_account where username = ?", String.class, user))
			.as("the password was not changed by the requests without a valid token")
			.isEqualTo(hash);
		assertThat(events(user)).containsExactly("ACCOUNT_CREATED", "PASSWORD_CHANGED", "LOGIN_SUCCESS");
	}

	@Test
	void batchCommandsStartWithoutTheWeb(@TempDir Path dir) throws Exception {
		try (Warehouse batch = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("batch"), "postgres", "", dir.resolve("data")),
				Map.of())) {
			assertThat(batch.context()).isNotInstanceOf(ServletWebServerApplicationContext.class);
			assertThat(batch.context().getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
			assertThat(batch.context().getBeanNamesForType(PortalSecurity.class)).isEmpty();
			assertThat(batch.context().getBeanNamesForType(AccountStore.class)).hasSize(1);
		}
		assertThat(this.portal.warehouse().context().getBeanNamesForType(SecurityFilterChain.class)).hasSize(1);
	}

	private java.util.List<String> events(String username) {
		return this.portal.jdbc()
			.queryForList("select event from security_log where username = ? order by event_id", String.class,
					username);
	}

}
