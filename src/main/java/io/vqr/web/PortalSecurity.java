package io.vqr.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Pages are split by role at the URL (a school's pages under
 * {@code /school}, reviewers' under {@code /review}, officials' under {@code /official},
 * accounts under {@code /admin}); within them, the controllers take the school, city or
 * scope from the account, never from the request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class PortalSecurity {

	/** No script, style or image from anywhere but the portal itself; no framing. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/static/**", "/error")
			.permitAll()
			.requestMatchers("/school/certify")
			.hasAuthority(Role.SCHOOL_HEAD.authority())
			.requestMatchers("/review/*/*/unlock")
			.hasAnyAuthority(Role.PROVINCE_REVIEWER.authority(), Role.PROVINCE_ADMIN.authority())
			.requestMatchers("/school/**")
			.hasAnyAuthority(Role.SCHOOL_CLERK.authority(), Role.SCHOOL_HEAD.authority())
			.requestMatchers("/review/**")
			.hasAnyAuthority(Role.CITY_REVIEWER.authority(), Role.PROVINCE_REVIEWER.authority(),
					Role.PROVINCE_ADMIN.authority())
			.requestMatchers("/official/**")
			.hasAuthority(Role.OFFICIAL.authority())
			.requestMatchers("/admin/**")
			.hasAuthority(Role.PROVINCE_ADMIN.authority())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(PortalSecurity::loginFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
				.invalidSessionUrl("/login?expired"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny()))
			.addFilterAfter(new PasswordChangeFirst(), AuthorizationFilter.class);
		return http.build();
	}

	/** Why a login failed, as a code the login page turns into a sentence. */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String reason = (ex instanceof LockedException) ? "locked"
				: (ex instanceof DisabledException) ? "disabled" : "bad";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

	@Bean
	UserDetailsService portalUsers(AccountStore accounts) {
		return (username) -> accounts.find(username)
			.map((account) -> new PortalUser(account, accounts.passwordHash(username).orElseThrow()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
