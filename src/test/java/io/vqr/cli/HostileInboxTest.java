package io.vqr.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.jobs.ingest.IngestSummary;
import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.test.HostileFiles;
import io.vqr.test.TestDatabase;
import io.vqr.text.UntrustedText;
import io.vqr.warehouse.Archive;
import picocli.CommandLine;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 20, done when: {@code ingest} over an inbox of every hostile file and name ends,
 * processes every good file beside them, gives each bad file its own rule and feedback
 * workbook, exits 0 (rejected files are outcomes), refuses symbolic links in its summary,
 * keeps a file over the size limit out of the archive, prints its table in Chinese with
 * no forged line and no library's log line, and writes nothing outside its folders.
 */
class HostileInboxTest {

	private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{4,}");

	/** A line of vqr's log on the console (logback.xml): time, level, message. */
	private static final Pattern LOG_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d (INFO |WARN |ERROR) .*");

	private static final String FORGED = "行\n10:00:00 INFO 伪造.xlsx";

	@TempDir
	Path dir;

	@Test
	void ingestOverAnInboxOfHostileFilesProcessesEveryOneAndWritesOnlyInItsFolders() throws Exception {
		Path inbox = Files.createDirectories(this.dir.resolve("inbox"));
		Path outside = Files.createDirectories(this.dir.resolve("elsewhere"));
		SubmissionWriter writer = new SubmissionWriter();
		List<SampleSchool> schools = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			schools.add(SampleSchools.generate(11, i, 2024, 0.1));
		}
		byte[] xlsx = writer.toBytes(schools.get(0), Form.CLEAN_XLSX);
		byte[] xls = writer.toBytes(schools.get(1), Form.CLEAN_XLS);
		// Expected outcome per file: null for "accepted, with or without warnings".
		Map<String, String> rule = new TreeMap<>();
		Set<String> good = new java.util.TreeSet<>();
		put(inbox, schools.get(0).code() + "_2024.xlsx", xlsx, good);
		put(inbox, schools.get(1).code() + "_2024.xls", xls, good);
		put(inbox, "windows-names.xlsx", HostileFiles.windowsEntryNames(xlsx), good);
		String name252 = HostileFiles.longName(schools.get(2).code(), 252);
		put(inbox, name252, writer.toBytes(schools.get(2), Form.CLEAN_XLSX), good);
		String name245 = "某".repeat(80) + ".xlsx";
		put(inbox, name245, writer.toBytes(schools.get(3), Form.CLEAN_XLSX), good);
		put(inbox, FORGED, writer.toBytes(schools.get(4), Form.CLEAN_XLSX), good);
		Files.write(inbox.resolve("doctype.xlsx"), HostileFiles.doctypeInStyles(xlsx));
		rule.put("doctype.xlsx", "F-UNREADABLE");
		Files.write(inbox.resolve("sst-index.xlsx"), HostileFiles.sharedStringIndex(xlsx));
		rule.put("sst-index.xlsx", "F-UNREADABLE");
		Files.write(inbox.resolve("styles-80MB.xlsx"), HostileFiles.inflatingStyles(xlsx));
		rule.put("styles-80MB.xlsx", "F-TOO-LARGE");
		long hugeBytes = 60L * 1024 * 1024;
		HostileFiles.sparse(inbox.resolve("huge.xlsx"), hugeBytes);
		rule.put("huge.xlsx", "F-TOO-LARGE");
		Files.write(inbox.resolve("sst-short.xls"), HostileFiles.xlsClaimingMoreStrings(xls, 40));
		Files.write(outside.resolve("other-school.xlsx"),
				writer.toBytes(SampleSchools.generate(11, 7, 2024, 0.1), Form.CLEAN_XLSX));
		Files.createSymbolicLink(inbox.resolve("4401099999_2024.xlsx"), outside.resolve("other-school.xlsx"));
		Files.createSymbolicLink(inbox.resolve("users.xls"), Path.of("/etc/passwd"));
		Files.writeString(inbox.resolve("说明.txt"), "不是工作簿");

		String url = TestDatabase.newDatabase("hostileinbox");
		Path data = this.dir.resolve("data");
		Path feedback = this.dir.resolve("feedback");
		Path summary = this.dir.resolve("summary.json");
		Map<Path, Long> before = tree(this.dir);
		StringWriter out = new StringWriter();
		CommandLine commandLine = CommandLines.create();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(out, true));
		// The log's console is the process's standard error, looked up at each line.
		PrintStream standardError = System.err;
		ByteArrayOutputStream logged = new ByteArrayOutputStream();
		System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
		int exit;
		try {
			exit = assertTimeoutPreemptively(Duration.ofMinutes(5),
					() -> commandLine.execute("ingest", "--year", "2024", "--inbox", inbox.toString(), "--feedback",
							feedback.toString(), "--summary", summary.toString(), "--review", "auto", "--db-url", url,
							"--db-user", "postgres", "--data-dir", data.toString()));
		}
		finally {
			System.setErr(standardError);
		}

		String table = out.toString();
		assertThat(exit).as(table).isZero();
		JsonNode run = new ObjectMapper().readTree(summary.toFile());
		Map<String, JsonNode> files = new HashMap<>();
		run.get("files").forEach((file) -> files.put(file.get("fileName").asText(), file));
		assertThat(files.keySet()).as(table).containsAll(good).containsAll(rule.keySet()).contains("sst-short.xls");
		for (String name : good) {
			assertThat(files.get(name).get("status").asText()).as(name).startsWith("ACCEPTED");
		}
		for (Map.Entry<String, String> bad : rule.entrySet()) {
			JsonNode file = files.get(bad.getKey());
			assertThat(file.get("status").asText()).as(bad.getKey()).isEqualTo("REJECTED");
			assertThat(file.get("findingsByRule").has(bad.getValue())).as(bad.getKey() + ": " + file).isTrue();
		}
		assertThat(files.get("sst-short.xls").get("status").asText()).isIn("ACCEPTED", "ACCEPTED_WITH_WARNINGS",
				"REJECTED");
		for (JsonNode file : files.values()) {
			String feedbackName = file.get("feedbackFile").asText();
			assertThat(feedback.resolve(feedbackName)).as(file.get("fileName").asText()).isRegularFile();
			assertThat(feedbackName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
		}
		assertThat(files.get(name252).get("feedbackFile").asText()).startsWith(schools.get(2).code() + "_校校");
		assertThat(files.get(name245).get("feedbackFile").asText()).startsWith("某某某");

		// The symbolic links: refused in the summary and on the console, never read.
		List<String> refused = new ArrayList<>();
		run.get("refused").forEach((link) -> {
			refused.add(link.get("fileName").asText());
			assertThat(link.get("reason").asText()).isEqualTo(IngestSummary.LINK_REFUSED);
		});
		assertThat(refused).containsExactlyInAnyOrder("4401099999_2024.xlsx", "users.xls");
		assertThat(table).contains("未读取 2 项：", "  users.xls：符号链接，未读取", "  4401099999_2024.xlsx：符号链接，未读取");

		// The file over the size limit: recorded with its size and digest, not archived.
		JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource(url));
		Map<String, Object> huge = jdbc
			.queryForMap("select size_bytes, sha256, archive_path from submission where file_name = 'huge.xlsx'");
		assertThat(huge.get("size_bytes")).isEqualTo(hugeBytes);
		assertThat(huge.get("sha256")).isEqualTo(Archive.sha256(inbox.resolve("huge.xlsx")));
		assertThat(huge.get("archive_path")).isNull();
		Integer archived = jdbc.queryForObject("select count(*) from submission where archive_path is not null",
				Integer.class);
		try (Stream<Path> archive = Files.walk(data.resolve("archive"))) {
			List<Path> archivedFiles = archive.filter(Files::isRegularFile).toList();
			assertThat(archivedFiles).hasSize(archived);
			for (Path file : archivedFiles) {
				assertThat(Files.size(file)).as(file.toString()).isLessThan(hugeBytes);
				assertThat(Files.readAllBytes(file)).as(file.toString())
					.isNotEqualTo(Files.readAllBytes(Path.of("/etc/passwd")));
			}
		}

		// The console: one row per file, the newline of a name escaped, in Chinese, and
		// nothing logged by a library.
		assertThat(table).doesNotContain("\n10:00:00 INFO").contains(UntrustedText.forLog(FORGED));
		assertNoEnglish(table.replace(UntrustedText.forLog(FORGED), ""));
		List<String> log = logged.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(log).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).as("a line of vqr's log").matches(LOG_LINE))
			.noneMatch((line) -> line.contains(" 10:00:00 INFO"));
		// What a person reads there in Chinese: progress, refusals, summaries and every
		// warning or error (a library's would be English).
		List<String> read = log.stream()
			.filter((line) -> !line.contains(" INFO  Using PostgreSQL at "))
			.map((line) -> line.substring(15))
			.toList();
		assertThat(read).anyMatch((line) -> line.startsWith("[1/11] "))
			.anyMatch((line) -> line.contains("个符号链接，未读取"))
			.anyMatch((line) -> line.contains("说明.txt"));
		assertNoEnglish(String.join("\n", read).replace(UntrustedText.forLog(FORGED), ""));

		// Written: the data folder, the feedback folder, the summary; nothing else.
		Map<Path, Long> after = tree(this.dir);
		after.keySet().removeIf((path) -> path.startsWith(data) || path.startsWith(feedback) || path.equals(summary));
		assertThat(after).isEqualTo(before);
	}

	private static void put(Path inbox, String name, byte[] bytes, Set<String> good) throws IOException {
		Files.write(inbox.resolve(name), bytes);
		good.add(name);
	}

	/**
	 * What a person reads may name rule ids, files, folders and environment variables,
	 * and nothing else in Latin letters.
	 */
	private static void assertNoEnglish(String console) {
		for (String line : console.lines().toList()) {
			String words = line.replaceAll("[A-Z]-[A-Z-]+", "")
				.replaceAll("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b", "")
				.replaceAll("\\S*\\.(xlsx|xlsm|xls)\\b", "")
				.replaceAll("/\\S*", "");
			assertThat(LATIN_WORDS.matcher(words).find()).as("English on the console: " + line).isFalse();
		}
	}

	/** Every file under a folder with its size. */
	private static Map<Path, Long> tree(Path root) throws IOException {
		Map<Path, Long> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : (Iterable<Path>) all::iterator) {
				files.put(path,
						Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(path) : -1L);
			}
		}
		return files;
	}

}
