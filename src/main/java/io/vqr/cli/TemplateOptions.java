package io.vqr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.vqr.report.TemplateFiles;
import picocli.CommandLine.Option;

/**
 * Where report templates come from: {@code --templates DIR}, else a {@code templates/}
 * folder in the working directory, else the defaults inside the jar — file by file, so a
 * data office may override just one.
 */
public class TemplateOptions {

	@Option(names = "--templates", paramLabel = "DIR",
			description = "folder of edited report templates (default: ./templates if present, else the built-in ones)")
	Path templates;

	/** The Spring properties that point the renderers at the folder. */
	Map<String, Object> properties() {
		if (this.templates == null) {
			return Map.of();
		}
		if (!Files.isDirectory(this.templates)) {
			throw new IllegalArgumentException("--templates " + this.templates + " is not a folder");
		}
		return Map.of(TemplateFiles.DIRECTORY_PROPERTY, this.templates.toAbsolutePath().normalize().toString());
	}

}
