package io.vqr.accounts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The security log: every login (successful or not), logout, password change and account
 * change, one append-only row each, also written to the application log.
 */
@Component
public class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);

	/** What happened. */
	public enum Event {

		LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED, LOGOUT, PASSWORD_CHANGED, ACCOUNT_CREATED, PASSWORD_RESET,
		ACCOUNT_DISABLED, ACCESS_DENIED

	}

	/** One row of the log. */
	public record Entry(long id, java.time.Instant at, String username, String event, String remoteAddress,
			String detail) {
	}

	private final JdbcTemplate jdbc;

	public SecurityLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String username, Event event, String remoteAddress, String detail) {
		this.jdbc.update("insert into security_log (username, event, remote_address, detail) values (?, ?, ?, ?)",
				username, event.name(), remoteAddress, detail);
		log.info("security: {} {} from {}{}", event, username, remoteAddress,
				(detail != null) ? " (" + detail + ")" : "");
	}

	public List<Entry> recent(int limit) {
		return this.jdbc.query(
				"select event_id, at, username, event, remote_address, detail from security_log order by event_id desc limit ?",
				(row, i) -> new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6)),
				limit);
	}

}
