package io.vqr.accounts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.vqr.ops.jobs.RosterLoader.RosterEntry;
import io.vqr.report.export.SpreadsheetText;

import org.springframework.stereotype.Component;

/**
 * A clerk and a head for every school of a roster, with one-time passwords written to a
 * file for the office to hand out. Schools that already have such an account keep it, so
 * the roster of a later year can be imported again for its new schools.
 */
@Component
public class RosterAccounts {

	private final AccountStore accounts;

	public RosterAccounts(AccountStore accounts) {
		this.accounts = accounts;
	}

	/** An account created, with its one-time password. */
	public record Created(String schoolCode, String schoolName, String username, Role role, String password) {
	}

	public static String username(String schoolCode, Role role) {
		return schoolCode + ((role == Role.SCHOOL_HEAD) ? "-head" : "-clerk");
	}

	public List<Created> create(List<RosterEntry> schools, String by, java.util.function.IntConsumer progress) {
		List<Created> created = new ArrayList<>();
		int done = 0;
		for (RosterEntry school : schools) {
			for (Role role : List.of(Role.SCHOOL_CLERK, Role.SCHOOL_HEAD)) {
				String username = username(school.schoolCode(), role);
				if (this.accounts.find(username).isPresent()) {
					continue;
				}
				String password = this.accounts.add(new AccountStore.NewAccount(username,
						school.schoolName() + role.label().substring(2), role, school.schoolCode(), null, null, null),
						by);
				created.add(new Created(school.schoolCode(), school.schoolName(), username, role, password));
			}
			progress.accept(++done);
		}
		return created;
	}

	/**
	 * Writes the one-time passwords as CSV (UTF-8 with BOM so that Excel opens it),
	 * readable by its owner only where the file system allows.
	 */
	public static void writePasswords(Path file, List<Created> created) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\ufeff');
			csv.printRecord("学校代码", "学校名称", "账号", "角色", "一次性密码（首次登录后须修改）");
			for (Created account : created) {
				// the office opens this file in Excel: a roster name must not run as a
				// formula
				csv.printRecord(account.schoolCode(), SpreadsheetText.forCsv(account.schoolName()), account.username(),
						account.role().label(), account.password());
			}
		}
	}

}
