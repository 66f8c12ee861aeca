package io.vqr.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateFilesTest {

	@TempDir
	Path dir;

	@Test
	void theConfiguredDirectoryWinsOverTheWorkingDirectoryAndTheJar() throws IOException {
		Path configured = Files.createDirectories(this.dir.resolve("configured"));
		Path working = Files.createDirectories(this.dir.resolve("working"));
		Files.writeString(configured.resolve("thresholds.yaml"), "configured");
		Files.writeString(working.resolve("thresholds.yaml"), "working");
		Files.createDirectories(working.resolve("report"));
		Files.writeString(working.resolve("report/challenges.yaml"), "working");
		TemplateFiles templates = new TemplateFiles(configured, working);
		assertThat(read(templates, "thresholds.yaml")).isEqualTo("configured");
		assertThat(read(templates, "report/challenges.yaml")).isEqualTo("working");
		assertThat(templates.describe("thresholds.yaml")).isEqualTo(configured.resolve("thresholds.yaml").toString());
	}

	@Test
	void theJarsDefaultsWhenNoDirectoryHasTheFile() throws IOException {
		TemplateFiles templates = new TemplateFiles(null, this.dir);
		assertThat(templates.file("thresholds.yaml")).isEmpty();
		assertThat(templates.exists("thresholds.yaml")).isTrue();
		assertThat(read(templates, "thresholds.yaml")).contains("student_teacher_ratio");
		assertThat(templates.describe("thresholds.yaml")).isEqualTo("classpath:templates/thresholds.yaml");
		assertThat(templates.url("report/challenges.yaml")).isNotNull();
	}

	@Test
	void aMissingTemplateIsNamed() {
		TemplateFiles templates = new TemplateFiles(null, this.dir);
		assertThat(templates.exists("nope.yaml")).isFalse();
		assertThatThrownBy(() -> templates.open("nope.yaml")).isInstanceOf(NoSuchFileException.class)
			.hasMessageContaining("classpath:templates/nope.yaml");
	}

	private static String read(TemplateFiles templates, String name) throws IOException {
		try (InputStream in = templates.open(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
