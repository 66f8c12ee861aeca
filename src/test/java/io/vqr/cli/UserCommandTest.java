package io.vqr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code user} commands on a real warehouse: a roster import gives every school a
 * clerk and a head with one-time passwords in an owner-only file, a second import adds
 * only what is missing; add, reset, disable, list; refusals exit 2 in Chinese.
 */
class UserCommandTest {

	@TempDir
	Path dir;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	final String url = TestDatabase.newDatabase("users");

	int run(String... args) {
		var commandLine = CommandLines.create();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		String[] all = new String[args.length + 4];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--db-url";
		all[args.length + 1] = this.url;
		all[args.length + 2] = "--data-dir";
		all[args.length + 3] = this.dir.resolve("data").toString();
		return commandLine.execute(all);
	}

	@Test
	void importAddResetDisable() throws Exception {
		Path roster = this.dir.resolve("roster.csv");
		Files.writeString(roster, """
				学校代码,学校名称,办学类型,所在地区代码
				4144010001,广州市示范职业技术学校,中等职业学校,440106
				4144010002,广州市第二职业技术学校,中等职业学校,440111
				""", StandardCharsets.UTF_8);
		Path passwords = this.dir.resolve("out").resolve("passwords.csv");
		assertThat(run("user", "import", "--roster", roster.toString(), "--passwords", passwords.toString())).isZero();
		assertThat(this.out.toString()).contains("Created 4 account(s) for 2 school(s)");
		List<String> lines = Files.readAllLines(passwords, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(5);
		assertThat(lines.get(1)).startsWith("4144010001,广州市示范职业技术学校,4144010001-clerk,学校填报员,");
		assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		String password = lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1);
		DataSource dataSource = TestDatabase.dataSource(this.url);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String hash = jdbc.queryForObject(
				"select password_hash from portal_account where username = '4144010001-clerk'", String.class);
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(encoder.matches(password, hash)).isTrue();

		assertThat(run("user", "import", "--roster", roster.toString(), "--passwords", passwords.toString())).isZero();
		assertThat(this.out.toString()).contains("Created 0 account(s) for 2 school(s)");

		assertThat(run("user", "add", "city-gz", "--role", "city-reviewer", "--city", "440100", "--name", "广州市审核员"))
			.isZero();
		assertThat(this.out.toString()).contains("Created city-gz (市级审核员). One-time password: ");
		assertThat(run("user", "add", "city-x", "--role", "city-reviewer")).isEqualTo(2);
		assertThat(this.err.toString()).contains("市级审核员账号须指定 6 位城市代码");
		assertThat(run("user", "add", "city-gz", "--role", "province-reviewer")).isEqualTo(2);
		assertThat(this.err.toString()).contains("账号 city-gz 已存在");
		assertThat(run("user", "add", "leader", "--role", "official", "--scope-province", "--scope-type", "中等职业学校"))
			.isZero();

		assertThat(run("user", "disable", "4144010001-clerk")).isZero();
		assertThat(jdbc.queryForObject("select enabled from portal_account where username = '4144010001-clerk'",
				Boolean.class))
			.isFalse();
		assertThat(run("user", "reset", "4144010001-clerk")).isZero();
		assertThat(jdbc.queryForObject(
				"select enabled and must_change_password from portal_account where username = '4144010001-clerk'",
				Boolean.class))
			.isTrue();
		assertThat(encoder.matches(password, jdbc.queryForObject(
				"select password_hash from portal_account where username = '4144010001-clerk'", String.class)))
			.isFalse();
		assertThat(run("user", "reset", "nobody")).isEqualTo(2);
		assertThat(this.err.toString()).contains("没有账号 nobody");

		assertThat(run("user", "list")).isZero();
		assertThat(this.out.toString()).contains("4144010002-head", "city-gz", "省级报告；学校报告 办学类型 中等职业学校");
		assertThat(jdbc.queryForList(
				"select event from security_log where username = '4144010001-clerk' order by event_id", String.class))
			.containsExactly("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "PASSWORD_RESET");
	}

}
