package io.vqr.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.vqr.accounts.Account;
import io.vqr.accounts.AccountException;
import io.vqr.accounts.AccountStore;
import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;
import io.vqr.accounts.RosterAccounts;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.ops.jobs.JobDefinitionException;
import io.vqr.ops.jobs.RosterLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code user}: the web portal's accounts. Created with one-time passwords the office
 * hands out; the first login sets a new one.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
		description = "Accounts of the web portal (vqr serve): add, import from a roster, reset, disable, list.",
		subcommands = { UserCommand.Add.class, UserCommand.Import.class, UserCommand.Reset.class,
				UserCommand.Disable.class, UserCommand.ListAccounts.class })
public class UserCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
				"Missing subcommand: add, import, reset, disable or list");
	}

	static int refused(CommandSpec spec, AccountException ex) {
		PrintWriter err = spec.commandLine().getErr();
		err.println(ex.getMessage());
		err.flush();
		return CommandLines.USAGE;
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = { "Creates one account and prints its one-time password.",
					"Roles: school-clerk, school-head (--school), city-reviewer (--city), province-reviewer,",
					"province-admin, official (--scope-province, --scope-city, --scope-type, --scope-school)." })
	static class Add implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "USERNAME", description = "login name: 3–64 letters, digits, . _ -")
		String username;

		@Option(names = "--role", required = true, paramLabel = "ROLE", description = "the account's role")
		String role;

		@Option(names = "--name", paramLabel = "TEXT", description = "the person's or office's name (shown on pages)")
		String displayName;

		@Option(names = "--school", paramLabel = "CODE", description = "10-digit 学校代码 (school clerk and head)")
		String school;

		@Option(names = "--city", paramLabel = "CODE", description = "6-digit city code (city reviewer), e.g. 440100")
		String city;

		@Option(names = "--email", paramLabel = "ADDRESS", description = "where notices go (school contact)")
		String email;

		@Option(names = "--scope-province", description = "official: may read the provincial report")
		boolean scopeProvince;

		@Option(names = "--scope-city", split = ",", paramLabel = "CODE",
				description = "official: school reports of these city code prefixes")
		List<String> scopeCities = new ArrayList<>();

		@Option(names = "--scope-type", split = ",", paramLabel = "办学类型",
				description = "official: school reports of these 办学类型")
		List<String> scopeTypes = new ArrayList<>();

		@Option(names = "--scope-school", split = ",", paramLabel = "CODE",
				description = "official: school reports of these schools")
		List<String> scopeSchools = new ArrayList<>();

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws Exception {
			Role parsed;
			try {
				parsed = Role.parse(this.role);
			}
			catch (IllegalArgumentException ex) {
				throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "unknown --role " + this.role
						+ "; one of school-clerk, school-head, city-reviewer, province-reviewer, province-admin, official");
			}
			OfficialScope scope = new OfficialScope(this.scopeProvince, this.scopeCities, this.scopeTypes,
					this.scopeSchools);
			try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
				String password = warehouse.bean(AccountStore.class)
					.add(new AccountStore.NewAccount(this.username,
							(this.displayName != null) ? this.displayName : this.username, parsed, this.school,
							this.city, scope, this.email), "command line");
				PrintWriter out = this.spec.commandLine().getOut();
				out.printf("Created %s (%s). One-time password: %s%n", this.username, parsed.label(), password);
				out.println("The first login must set a new password.");
				out.flush();
				return 0;
			}
			catch (AccountException ex) {
				return refused(this.spec, ex);
			}
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = { "Creates a clerk (<code>-clerk) and a head (<code>-head) for every school of a roster CSV",
					"(the job files' roster: 学校代码,学校名称,办学类型,所在地代码) that has none yet, and writes",
					"their one-time passwords to a file for the office to hand out." })
	static class Import implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--roster", required = true, paramLabel = "FILE", description = "the roster CSV")
		Path roster;

		@Option(names = "--passwords", defaultValue = "one-time-passwords.csv", paramLabel = "FILE",
				description = "where the one-time passwords go (default ${DEFAULT-VALUE}); keep it safe, delete it "
						+ "once handed out")
		Path passwords;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws Exception {
			List<RosterLoader.RosterEntry> schools;
			try {
				schools = RosterLoader.read(this.roster);
			}
			catch (JobDefinitionException ex) {
				throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			PrintWriter out = this.spec.commandLine().getOut();
			try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
				List<RosterAccounts.Created> created = warehouse.bean(RosterAccounts.class)
					.create(schools, "command line", (done) -> {
						if (done % 50 == 0 || done == schools.size()) {
							out.printf("  %d/%d schools …%n", done, schools.size());
							out.flush();
						}
					});
				RosterAccounts.writePasswords(this.passwords, created);
				out.printf("Created %d account(s) for %d school(s); one-time passwords in %s%n", created.size(),
						schools.size(), this.passwords.toAbsolutePath().normalize());
				out.flush();
				return 0;
			}
		}

	}

	@Command(name = "reset", mixinStandardHelpOptions = true,
			description = "Gives an account a new one-time password, enables and unlocks it.")
	static class Reset implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws Exception {
			try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
				String password = warehouse.bean(AccountStore.class).reset(this.username, "command line");
				PrintWriter out = this.spec.commandLine().getOut();
				out.printf("%s: new one-time password %s (the next login must change it)%n", this.username, password);
				out.flush();
				return 0;
			}
			catch (AccountException ex) {
				return refused(this.spec, ex);
			}
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true,
			description = "Disables an account: it can no longer log in ('user reset' enables it again).")
	static class Disable implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws Exception {
			try (Warehouse warehouse = Warehouse.open(this.database, Map.of())) {
				warehouse.bean(AccountStore.class).disable(this.username, "command line");
				this.spec.commandLine().getOut().printf("%s: disabled%n", this.username);
				this.spec.commandLine().getOut().flush();
				return 0;
			}
			catch (AccountException ex) {
				return refused(this.spec, ex);
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts (never passwords).")
	static class ListAccounts implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() throws Exception {
			try (Warehouse warehouse = Warehouse.openShared(this.database, Map.of())) {
				PrintWriter out = this.spec.commandLine().getOut();
				for (Account account : warehouse.bean(AccountStore.class).list()) {
					String where = account.schoolCode()
						.or(() -> account.cityCode())
						.orElse((account.role() == Role.OFFICIAL) ? account.scope().describe() : "");
					out.printf("%-24s %-10s %-16s %s%s%n", account.username(), account.role().label(), where,
							account.enabled() ? "" : "[disabled] ",
							account.mustChangePassword() ? "[one-time password]" : "");
				}
				out.flush();
				return 0;
			}
		}

	}

}
