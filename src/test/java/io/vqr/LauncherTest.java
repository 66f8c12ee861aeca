package io.vqr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher users start vqr with: its options file must be one this JVM accepts (a
 * typo there would stop every scheduled job), and the script must say what to do when
 * there is no jar.
 */
class LauncherTest {

	private static final Path BIN = Path.of("bin");

	@Test
	void theJvmAcceptsTheOptionsFile() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Result result = run(
				List.of(java, "@" + BIN.resolve("jvm.options").toAbsolutePath(),
						"@" + BIN.resolve("ingest.options").toAbsolutePath(),
						"@" + BIN.resolve("report.options").toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version"),
				Map.of());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).containsPattern("FreqInlineSize\\s+= 100\\s.*command line")
			.containsPattern("Tier4InvocationThreshold\\s+= 60000\\s.*command line")
			.containsPattern("Tier4BackEdgeThreshold\\s+= 480000\\s.*command line")
			.containsPattern("TieredStopAtLevel\\s+= 1\\s.*command line");
	}

	@Test
	@EnabledOnOs({ OS.LINUX, OS.MAC })
	void theScriptAddsTheIngestAndReportOptionsToTheirCommandsOnly(@TempDir Path dir) throws Exception {
		// A java that prints what it was started with.
		Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
		assertThat(java.toFile().setExecutable(true)).isTrue();
		Path jar = Files.writeString(dir.resolve("vqr.jar"), "not run");
		Map<String, String> environment = Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "VQR_JAR", jar.toString(),
				"VQR_CDS", "off");
		String ingestOptions = "@" + BIN.toAbsolutePath().normalize().resolve("ingest.options");
		String reportOptions = "@" + BIN.toAbsolutePath().normalize().resolve("report.options");

		Result ingest = run(List.of("sh", BIN.resolve("vqr").toString(), "ingest", "--year", "2024"), environment);
		Result report = run(List.of("sh", BIN.resolve("vqr").toString(), "report", "--year", "2024"), environment);
		Result status = run(List.of("sh", BIN.resolve("vqr").toString(), "status", "--year", "2024"), environment);

		assertThat(ingest.output()).contains("jvm.options " + ingestOptions + " -jar").contains("ingest --year 2024");
		assertThat(report.output()).contains("jvm.options " + reportOptions + " -jar").doesNotContain("ingest.options");
		assertThat(status.output()).contains("jvm.options -jar").doesNotContain(".options @");
	}

	@Test
	@EnabledOnOs({ OS.LINUX, OS.MAC })
	void theScriptNamesTheBuildWhenTheJarIsMissing() throws Exception {
		Result result = run(List.of("sh", BIN.resolve("vqr").toString(), "--version"),
				Map.of("VQR_JAR", "/nonexistent/vqr.jar"));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("no jar at /nonexistent/vqr.jar")
			.contains("mvn -B -q package -DskipTests");
	}

	private static Result run(List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
