package io.vqr.web;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reporting year the portal works on: {@code vqr.portal.year} ({@code serve --year}),
 * else the latest year the warehouse has files for, else last calendar year.
 */
@Component
public class PortalYear {

	private final Integer configured;

	private final JdbcTemplate jdbc;

	PortalYear(@Value("${vqr.portal.year:#{null}}") Integer configured, JdbcTemplate jdbc) {
		this.configured = configured;
		this.jdbc = jdbc;
	}

	public int current() {
		if (this.configured != null) {
			return this.configured;
		}
		Integer latest = this.jdbc.queryForObject("select max(year) from submission", Integer.class);
		return (latest != null) ? latest : LocalDate.now().getYear() - 1;
	}

}
