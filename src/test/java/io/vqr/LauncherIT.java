package io.vqr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/vqr's class-data sharing, with the packaged jar: the jar is extracted once, the
 * first ingest records the class archive without a word on standard output, later starts
 * map it, and a new jar starts over.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class LauncherIT {

	private static final Path PACKAGED_JAR = Path.of("target", "vqr.jar");

	@TempDir
	Path dir;

	@Test
	void theFirstIngestRecordsTheClassArchiveAndLaterStartsMapIt() throws Exception {
		Path jar = Files.copy(PACKAGED_JAR, this.dir.resolve("vqr.jar"));
		Path cds = this.dir.resolve("cds");
		Path inbox = Files.createDirectories(this.dir.resolve("inbox"));
		// VQR_CDS_DIR may be a folder shared with other things, which must survive.
		Path foreign = Files.writeString(Files.createDirectories(cds).resolve("2024"), "not vqr's");

		Result version = run(jar, cds, Map.of(), "--version");
		assertThat(version.exitCode()).as(version.output()).isZero();
		assertThat(version.output()).startsWith("vqr ");
		assertThat(files(cds, "vqr.jar")).as("the extracted jar").hasSize(1);
		assertThat(files(cds, "vqr.jsa")).as("no archive from --version").isEmpty();

		Result failed = run(jar, cds, Map.of(), "ingest", "--year", "2024", "--inbox",
				this.dir.resolve("no-such-inbox").toString(), "--data-dir", this.dir.resolve("data").toString());
		assertThat(failed.exitCode()).as(failed.output()).isNotZero();
		assertThat(files(cds, "vqr.jsa")).as("no archive from a job that failed").isEmpty();

		Result ingest = run(jar, cds, Map.of(), "ingest", "--year", "2024", "--inbox", inbox.toString(), "--feedback",
				this.dir.resolve("feedback").toString(), "--data-dir", this.dir.resolve("data").toString());
		assertThat(ingest.exitCode()).as(ingest.output()).isZero();
		assertThat(ingest.output()).doesNotContain("[warning]");
		List<Path> archives = files(cds, "vqr.jsa");
		assertThat(archives).hasSize(1);

		Path classLog = this.dir.resolve("classes.log");
		Result mapped = run(jar, cds, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "--version");
		assertThat(mapped.exitCode()).as(mapped.output()).isZero();
		assertThat(Files.readString(classLog)).containsPattern("io\\.vqr\\.Main source: shared objects file");

		// Flight Recorder (or an agent) with the archive can crash Java 17 (JDK-8343427).
		Path recorderLog = this.dir.resolve("classes-recorder.log");
		Result recorded = run(jar, cds, Map.of("JAVA_OPTS", "-XX:StartFlightRecording=filename="
				+ this.dir.resolve("flight.jfr") + " -Xlog:class+load=info:file=" + recorderLog), "--version");
		assertThat(recorded.exitCode()).as(recorded.output()).isZero();
		assertThat(Files.readString(recorderLog)).contains("io.vqr.Main source:")
			.doesNotContain("io.vqr.Main source: shared objects file");

		// A rebuilt jar: the old extraction and archive go, the new jar is extracted.
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
		Result rebuilt = run(jar, cds, Map.of(), "--version");
		assertThat(rebuilt.exitCode()).as(rebuilt.output()).isZero();
		assertThat(files(cds, "vqr.jsa")).isEmpty();
		assertThat(files(cds, "vqr.jar")).hasSize(1).doesNotContainAnyElementsOf(archives);
		assertThat(foreign).hasContent("not vqr's");
	}

	@Test
	void withClassDataSharingOffNothingIsExtracted() throws Exception {
		Path cds = this.dir.resolve("cds");
		Result result = run(PACKAGED_JAR.toAbsolutePath(), cds, Map.of("VQR_CDS", "off"), "--version");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(cds).doesNotExist();
	}

	private static List<Path> files(Path root, String name) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((path) -> path.getFileName().toString().equals(name)).toList();
		}
	}

	private Result run(Path jar, Path cds, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("sh", Path.of("bin", "vqr").toString()));
		command.addAll(List.of(args));
		Map<String, String> env = new HashMap<>(environment);
		env.put("VQR_JAR", jar.toString());
		env.put("VQR_CDS_DIR", cds.toString());
		env.put("JAVA_HOME", System.getProperty("java.home"));
		// Standard output only: what the JVM would print there is what the checks are
		// about.
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectError(Files.createTempFile(this.dir, "stderr", ".log").toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
