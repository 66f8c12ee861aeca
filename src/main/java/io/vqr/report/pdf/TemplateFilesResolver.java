package io.vqr.report.pdf;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.vqr.report.TemplateFiles;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Lets Thymeleaf read templates and fragments through {@link TemplateFiles}: the
 * templates folder first, then the defaults in the jar, file by file.
 */
final class TemplateFilesResolver extends AbstractConfigurableTemplateResolver {

	private final TemplateFiles files;

	TemplateFilesResolver(TemplateFiles files) {
		this.files = files;
	}

	@Override
	protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
			String template, String resourceName, String characterEncoding,
			Map<String, Object> templateResolutionAttributes) {
		return new Resource(this.files, resourceName);
	}

	private record Resource(TemplateFiles files, String name) implements ITemplateResource {

		@Override
		public String getDescription() {
			return this.files.describe(this.name);
		}

		@Override
		public String getBaseName() {
			String file = this.name.substring(this.name.lastIndexOf('/') + 1);
			int dot = file.lastIndexOf('.');
			return (dot > 0) ? file.substring(0, dot) : file;
		}

		@Override
		public boolean exists() {
			return this.files.exists(this.name);
		}

		@Override
		public Reader reader() throws IOException {
			return new InputStreamReader(this.files.open(this.name), StandardCharsets.UTF_8);
		}

		@Override
		public ITemplateResource relative(String relativeLocation) {
			int slash = this.name.lastIndexOf('/');
			return new Resource(this.files, this.name.substring(0, slash + 1) + relativeLocation);
		}

	}

}
