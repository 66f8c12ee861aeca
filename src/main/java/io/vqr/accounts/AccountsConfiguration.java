package io.vqr.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing shared by the {@code user} commands and the portal. */
@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

	/**
	 * {@code {bcrypt}…} today; the prefix lets a later algorithm take over while old
	 * hashes still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
