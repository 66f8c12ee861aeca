package io.vqr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.test.HostileFiles;
import io.vqr.text.UntrustedText;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 20, done when: {@code validate} over a folder of every hostile file ends, checks
 * every good file beside them, gives each file its own verdict and feedback workbook, and
 * writes nothing outside its feedback folder.
 */
class HostileFolderTest {

	@TempDir
	Path dir;

	@Test
	void validateOverAFolderOfHostileFilesChecksEveryOneAndWritesOnlyFeedback() throws Exception {
		Path inbox = Files.createDirectories(this.dir.resolve("inbox"));
		Map<String, String> expected = new TreeMap<>();
		SubmissionWriter writer = new SubmissionWriter();
		SampleSchool first = SampleSchools.generate(11, 0, 2024, 0.1);
		SampleSchool second = SampleSchools.generate(11, 1, 2024, 0.1);
		byte[] xlsx = writer.toBytes(first, Form.CLEAN_XLSX);
		byte[] xls = writer.toBytes(second, Form.CLEAN_XLS);
		put(inbox, first.code() + "_2024.xlsx", xlsx, expected, "已通过");
		put(inbox, second.code() + "_2024.xls", xls, expected, "已通过");
		put(inbox, "doctype.xlsx", HostileFiles.doctypeInStyles(xlsx), expected, "未通过");
		put(inbox, "sst-index.xlsx", HostileFiles.sharedStringIndex(xlsx), expected, "未通过");
		put(inbox, "styles-80MB.xlsx", HostileFiles.inflatingStyles(xlsx), expected, "未通过");
		put(inbox, "windows-names.xlsx", HostileFiles.windowsEntryNames(xlsx), expected, "已通过");
		put(inbox, "sst-short.xls", HostileFiles.xlsClaimingMoreStrings(xls, 40), expected, null);
		put(inbox, HostileFiles.longName(first.code(), 252), xlsx, expected, "已通过");
		put(inbox, "行\n10:00:00 INFO 伪造.xlsx", xlsx, expected, "已通过");
		HostileFiles.sparse(inbox.resolve("huge.xlsx"), 60L * 1024 * 1024);
		expected.put("huge.xlsx", "未通过");
		Map<Path, Long> before = tree(this.dir);
		Path feedback = this.dir.resolve("feedback");
		List<String> arguments = new ArrayList<>(List.of("validate", "--feedback", feedback.toString()));
		try (Stream<Path> files = Files.list(inbox)) {
			files.sorted().map(Path::toString).forEach(arguments::add);
		}
		StringWriter out = new StringWriter();
		CommandLine commandLine = CommandLines.create();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(out, true));

		int exit = assertTimeoutPreemptively(Duration.ofMinutes(3),
				() -> commandLine.execute(arguments.toArray(String[]::new)));

		String console = out.toString();
		assertThat(exit).as(console).isZero();
		for (Map.Entry<String, String> file : expected.entrySet()) {
			String line = UntrustedText.forLog(file.getKey()) + ": "
					+ ((file.getValue() != null) ? file.getValue() : "");
			assertThat(console).as(file.getKey()).contains(line);
		}
		assertThat(console.lines()).filteredOn((line) -> line.startsWith("  反馈工作簿：")).hasSize(expected.size());
		assertThat(console).doesNotContain("\n10:00:00 INFO");
		Map<Path, Long> after = tree(this.dir);
		after.keySet().removeIf((path) -> path.startsWith(feedback));
		assertThat(after).isEqualTo(before);
		try (Stream<Path> written = Files.list(feedback)) {
			assertThat(written).hasSize(expected.size());
		}
	}

	private static void put(Path inbox, String name, byte[] bytes, Map<String, String> expected, String verdict)
			throws IOException {
		Files.write(inbox.resolve(name), bytes);
		expected.put(name, verdict);
	}

	/** Every file under a folder with its size. */
	private static Map<Path, Long> tree(Path root) throws IOException {
		Map<Path, Long> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : (Iterable<Path>) all::iterator) {
				files.put(path, Files.isRegularFile(path) ? Files.size(path) : -1L);
			}
		}
		return files;
	}

}
