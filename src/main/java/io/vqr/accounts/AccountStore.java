package io.vqr.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's accounts: creating them with one-time passwords, changing and resetting
 * passwords, disabling, and the failed-login count that slows down and then locks a
 * guessed account.
 */
@Component
public class AccountStore {

	/** From this many failures in a row, each further try waits (5 s, doubling). */
	public static final int SLOW_DOWN_AFTER = 3;

	/** At this many failures in a row the account is locked for {@link #LOCK_TIME}. */
	public static final int LOCK_AFTER = 10;

	public static final Duration LOCK_TIME = Duration.ofMinutes(30);

	public static final int MIN_PASSWORD_LENGTH = 10;

	private static final String COLUMNS = "username, display_name, role, school_code, city_code, scope_cities,"
			+ " scope_school_types, scope_schools, scope_province, email, must_change_password, enabled,"
			+ " failed_logins, locked_until";

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final SecurityLog securityLog;

	public AccountStore(JdbcTemplate jdbc, PasswordEncoder encoder, SecurityLog securityLog) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.securityLog = securityLog;
	}

	/** A new account to create. */
	public record NewAccount(String username, String displayName, Role role, String schoolCode, String cityCode,
			OfficialScope scope, String email) {
	}

	/**
	 * Creates an account with a one-time password, returned to be handed out.
	 * @throws AccountException the name is taken or the role's school/city is missing
	 */
	@Transactional
	public String add(NewAccount account, String by) {
		checkShape(account);
		String password = OneTimePasswords.next();
		OfficialScope scope = (account.scope() != null) ? account.scope() : OfficialScope.none();
		try {
			this.jdbc.update("""
					insert into portal_account (username, display_name, role, school_code, city_code, scope_cities,
					       scope_school_types, scope_schools, scope_province, email, password_hash)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", account.username(), account.displayName(),
					account.role().name(), account.schoolCode(), account.cityCode(),
					scope.cities().toArray(String[]::new), scope.schoolTypes().toArray(String[]::new),
					scope.schools().toArray(String[]::new), scope.province(), account.email(),
					this.encoder.encode(password));
		}
		catch (DuplicateKeyException ex) {
			throw new AccountException("账号 " + account.username() + " 已存在：换一个账号名，或用 user reset 重置其密码");
		}
		this.securityLog.record(account.username(), SecurityLog.Event.ACCOUNT_CREATED, null,
				account.role().name() + " by " + by);
		return password;
	}

	private static void checkShape(NewAccount account) {
		if (account.username() == null || !account.username().matches("[A-Za-z0-9._-]{3,64}")) {
			throw new AccountException("账号名须为 3–64 个字母、数字或 . _ -：" + account.username());
		}
		if (account.role().isSchool() && (account.schoolCode() == null || !account.schoolCode().matches("\\d{10}"))) {
			throw new AccountException(account.role().label() + "账号须指定 10 位学校代码（--school）");
		}
		if (account.role() == Role.CITY_REVIEWER
				&& (account.cityCode() == null || !account.cityCode().matches("\\d{6}"))) {
			throw new AccountException("市级审核员账号须指定 6 位城市代码（--city），如 440100");
		}
	}

	public Optional<Account> find(String username) {
		return this.jdbc
			.query("select " + COLUMNS + " from portal_account where username = ?", AccountStore::account, username)
			.stream()
			.findFirst();
	}

	/** The stored hash, for authentication only. */
	public Optional<String> passwordHash(String username) {
		return this.jdbc
			.queryForList("select password_hash from portal_account where username = ?", String.class, username)
			.stream()
			.findFirst();
	}

	public List<Account> list() {
		return this.jdbc.query("select " + COLUMNS + " from portal_account order by role, school_code, username",
				AccountStore::account);
	}

	public List<Account> ofSchool(String schoolCode) {
		return this.jdbc.query("select " + COLUMNS + " from portal_account where school_code = ? order by username",
				AccountStore::account, schoolCode);
	}

	/**
	 * Sets a new one-time password, unlocks and enables the account; returns the
	 * password.
	 */
	@Transactional
	public String reset(String username, String by) {
		String password = OneTimePasswords.next();
		int updated = this.jdbc.update("""
				update portal_account set password_hash = ?, must_change_password = true, enabled = true,
				       failed_logins = 0, locked_until = null
				 where username = ?""", this.encoder.encode(password), username);
		if (updated == 0) {
			throw unknown(username);
		}
		this.securityLog.record(username, SecurityLog.Event.PASSWORD_RESET, null, "by " + by);
		return password;
	}

	@Transactional
	public void disable(String username, String by) {
		if (this.jdbc.update("update portal_account set enabled = false where username = ?", username) == 0) {
			throw unknown(username);
		}
		this.securityLog.record(username, SecurityLog.Event.ACCOUNT_DISABLED, null, "by " + by);
	}

	/**
	 * The account holder's own change of password (the first login's included).
	 * @throws AccountException the current password is wrong or the new one too weak
	 */
	@Transactional
	public void changePassword(String username, String current, String next, String remoteAddress) {
		String hash = passwordHash(username).orElseThrow(() -> unknown(username));
		if (!this.encoder.matches(current, hash)) {
			throw new AccountException("当前密码不正确");
		}
		checkStrength(username, current, next);
		this.jdbc.update("""
				update portal_account set password_hash = ?, must_change_password = false, password_changed_at = now()
				 where username = ?""", this.encoder.encode(next), username);
		this.securityLog.record(username, SecurityLog.Event.PASSWORD_CHANGED, remoteAddress, null);
	}

	static void checkStrength(String username, String current, String next) {
		if (next == null || next.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountException("新密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
		}
		if (!next.chars().anyMatch(Character::isLetter) || !next.chars().anyMatch(Character::isDigit)) {
			throw new AccountException("新密码须同时包含字母和数字");
		}
		if (next.equals(current)) {
			throw new AccountException("新密码不能与当前密码相同");
		}
		if (next.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
			throw new AccountException("新密码不能包含账号名");
		}
	}

	/**
	 * Counts a failed login: from {@link #SLOW_DOWN_AFTER} failures in a row the account
	 * waits before the next try, at {@link #LOCK_AFTER} it is locked for
	 * {@link #LOCK_TIME}.
	 * @return until when the account now waits, if it does
	 */
	@Transactional
	public Optional<Instant> recordFailure(String username) {
		List<Integer> counts = this.jdbc.queryForList(
				"update portal_account set failed_logins = failed_logins + 1 where username = ? returning failed_logins",
				Integer.class, username);
		if (counts.isEmpty()) {
			return Optional.empty();
		}
		Optional<Duration> wait = waitAfter(counts.get(0));
		wait.ifPresent((duration) -> this.jdbc.update(
				"update portal_account set locked_until = now() + make_interval(secs => ?) where username = ?",
				(double) duration.toSeconds(), username));
		return wait.map((duration) -> Instant.now().plus(duration));
	}

	/** How long an account waits after this many failed logins in a row. */
	public static Optional<Duration> waitAfter(int failures) {
		if (failures >= LOCK_AFTER) {
			return Optional.of(LOCK_TIME);
		}
		if (failures >= SLOW_DOWN_AFTER) {
			return Optional.of(Duration.ofSeconds(5L << (failures - SLOW_DOWN_AFTER)));
		}
		return Optional.empty();
	}

	@Transactional
	public void recordSuccess(String username) {
		this.jdbc.update("update portal_account set failed_logins = 0, locked_until = null where username = ?",
				username);
	}

	private static AccountException unknown(String username) {
		return new AccountException("没有账号 " + username + "：用 user list 查看已有账号");
	}

	private static Account account(ResultSet row, int i) throws SQLException {
		Timestamp locked = row.getTimestamp("locked_until");
		String school = row.getString("school_code");
		return new Account(row.getString("username"), row.getString("display_name"),
				Role.valueOf(row.getString("role")), Optional.ofNullable(school).map(String::trim),
				Optional.ofNullable(row.getString("city_code")),
				new OfficialScope(row.getBoolean("scope_province"), strings(row.getArray("scope_cities")),
						strings(row.getArray("scope_school_types")), strings(row.getArray("scope_schools"))),
				Optional.ofNullable(row.getString("email")), row.getBoolean("must_change_password"),
				row.getBoolean("enabled"), row.getInt("failed_logins"),
				Optional.ofNullable(locked).map(Timestamp::toInstant));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
