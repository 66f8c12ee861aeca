package io.vqr.accounts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RosterAccountsTest {

	@TempDir
	Path dir;

	@Test
	void aRosterNameThatWouldStartAFormulaIsWrittenAsText() throws IOException {
		Path file = this.dir.resolve("passwords.csv");
		RosterAccounts.writePasswords(file,
				List.of(new RosterAccounts.Created("4144010001", "=HYPERLINK(\"http://x\",\"点击\")", "4144010001-clerk",
						Role.SCHOOL_CLERK, "abcDEF234567"),
						new RosterAccounts.Created("4144010002", "广州市示例职业技术学校", "4144010002-clerk", Role.SCHOOL_CLERK,
								"ghkMNP345678")));
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<CSVRecord> records = CSVFormat.DEFAULT.parse(reader).getRecords();
			assertThat(records).hasSize(3);
			assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\",\"点击\")");
			assertThat(records.get(2).get(1)).isEqualTo("广州市示例职业技术学校");
			assertThat(records.get(1).get(4)).isEqualTo("abcDEF234567");
		}
	}

}
