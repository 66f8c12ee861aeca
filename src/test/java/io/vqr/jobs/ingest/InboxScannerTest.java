package io.vqr.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.jobs.ingest.InboxScanner.ScanResult;
import io.vqr.jobs.ingest.InboxScanner.ScannedFile;
import io.vqr.test.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox scan registers new contents together: each new content once, oldest file
 * first, and a second name for the same bytes (in the same scan or a later one) as a
 * duplicate of the first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxScannerTest {

	private static final int YEAR = 2024;

	@TempDir
	static Path dir;

	private Warehouse warehouse;

	private JdbcTemplate jdbc;

	private InboxScanner scanner;

	@BeforeAll
	void open() throws Exception {
		this.warehouse = Warehouse.open(
				DatabaseOptions.external(TestDatabase.newDatabase("inboxscan"), "postgres", "", dir.resolve("data")),
				Map.of("vqr.id-secret", "inbox-scanner-test-secret-0123"));
		this.jdbc = this.warehouse.bean(JdbcTemplate.class);
		this.scanner = this.warehouse.bean(InboxScanner.class);
	}

	@AfterAll
	void close() throws Exception {
		this.warehouse.close();
	}

	@Test
	void newContentsAreRegisteredOnceInOrderAndSecondNamesAreDuplicates() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		write(inbox.resolve("b.xlsx"), "same bytes", 1);
		write(inbox.resolve("a.xlsx"), "same bytes", 2);
		write(inbox.resolve("c.xls"), "other bytes", 3);
		write(inbox.resolve("notes.txt"), "not a workbook", 4);

		ScanResult first = this.scanner.scan(inbox, YEAR, null, inbox.resolve("feedback"));

		assertThat(first.ignored()).extracting((path) -> path.getFileName().toString()).containsExactly("notes.txt");
		List<ScannedFile> files = first.files();
		assertThat(files).extracting((file) -> file.file().getFileName().toString())
			.containsExactly("b.xlsx", "a.xlsx", "c.xls");
		long b = files.get(0).registeredId().orElseThrow();
		long c = files.get(2).registeredId().orElseThrow();
		assertThat(files.get(1).registeredId()).isEmpty();
		assertThat(files.get(1).duplicateOf()).contains(b);
		assertThat(c).isGreaterThan(b);
		assertThat(this.jdbc.queryForList(
				"select file_name || ' ' || status from submission where year = ? order by submission_id", String.class,
				YEAR))
			.containsExactly("b.xlsx RECEIVED", "c.xls RECEIVED");
		assertThat(this.jdbc.queryForList("""
				select file_name || ' ' || duplicate || ' ' || (submission_id = ?) from received_file
				 where year = ? order by file_name
				""", String.class, b, YEAR)).containsExactly("a.xlsx true true", "b.xlsx false true",
				"c.xls false false");
		assertThat(
				this.jdbc.queryForObject("select count(*) from submission where archive_path is not null", Long.class))
			.isEqualTo(2);
		for (String archived : this.jdbc.queryForList("select archive_path from submission", String.class)) {
			assertThat(Path.of(archived)).exists();
		}

		write(inbox.resolve("d.xlsx"), "same bytes", 5);
		ScanResult second = this.scanner.scan(inbox, YEAR, null, inbox.resolve("feedback"));

		assertThat(second.alreadyReceived()).isEqualTo(3);
		assertThat(second.files()).hasSize(1);
		assertThat(second.files().get(0).duplicateOf()).contains(b);
		assertThat(this.jdbc.queryForObject("select count(*) from submission where year = ?", Long.class, YEAR))
			.isEqualTo(2);
	}

	private static void write(Path file, String content, int minute) throws Exception {
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + minute * 60_000L));
	}

}
