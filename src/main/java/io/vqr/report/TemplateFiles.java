package io.vqr.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Finds the editable report templates (layouts, thresholds, sentences, styles) by their
 * name relative to {@code templates/}, so that a data office changes them without
 * rebuilding: the directory configured by {@value #DIRECTORY_PROPERTY} wins, then
 * {@code ./templates} of the working directory, then the defaults shipped in the jar
 * under classpath {@code templates/}.
 */
@Component
@Lazy
public class TemplateFiles {

	/** Property (Spring or system) naming the templates directory. */
	public static final String DIRECTORY_PROPERTY = "vqr.templates";

	private static final String CLASSPATH_ROOT = "templates/";

	private final List<Path> directories;

	private final ClassLoader classLoader;

	@Autowired
	public TemplateFiles(@Value("${" + DIRECTORY_PROPERTY + ":}") String configuredDirectory) {
		this(configuredDirectory.isBlank() ? null : Path.of(configuredDirectory), Path.of("templates"));
	}

	/**
	 * @param configuredDirectory the configured directory, or null
	 * @param workingDirectoryTemplates the working directory's templates folder
	 */
	public TemplateFiles(Path configuredDirectory, Path workingDirectoryTemplates) {
		List<Path> list = new ArrayList<>();
		if (configuredDirectory != null) {
			list.add(configuredDirectory);
		}
		list.add(workingDirectoryTemplates);
		this.directories = List.copyOf(list);
		this.classLoader = TemplateFiles.class.getClassLoader();
	}

	/**
	 * Templates as configured by the system property {@value #DIRECTORY_PROPERTY}, for
	 * use outside Spring.
	 */
	public static TemplateFiles fromSystemProperty() {
		return new TemplateFiles(System.getProperty(DIRECTORY_PROPERTY, ""));
	}

	/** The file on disk holding the template, when one overrides the shipped default. */
	public Optional<Path> file(String name) {
		for (Path directory : this.directories) {
			Path file = directory.resolve(name);
			if (Files.isRegularFile(file)) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}

	/** Whether the template exists on disk or in the jar. */
	public boolean exists(String name) {
		return file(name).isPresent() || this.classLoader.getResource(CLASSPATH_ROOT + name) != null;
	}

	/**
	 * Opens the template.
	 * @throws NoSuchFileException when neither a directory nor the jar has it
	 */
	public InputStream open(String name) throws IOException {
		Optional<Path> file = file(name);
		if (file.isPresent()) {
			return Files.newInputStream(file.get());
		}
		InputStream stream = this.classLoader.getResourceAsStream(CLASSPATH_ROOT + name);
		if (stream == null) {
			throw new NoSuchFileException(describe(name), null, "template not found");
		}
		return stream;
	}

	/** The template as a URL (for renderers resolving relative resources such as CSS). */
	public URL url(String name) {
		Optional<Path> file = file(name);
		if (file.isPresent()) {
			try {
				return file.get().toUri().toURL();
			}
			catch (MalformedURLException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		URL resource = this.classLoader.getResource(CLASSPATH_ROOT + name);
		if (resource == null) {
			throw new UncheckedIOException(new NoSuchFileException(describe(name), null, "template not found"));
		}
		return resource;
	}

	/**
	 * Where the template is read from, for messages: a path, or
	 * {@code classpath:templates/...}.
	 */
	public String describe(String name) {
		return file(name).map(Path::toString).orElse("classpath:" + CLASSPATH_ROOT + name);
	}

}
