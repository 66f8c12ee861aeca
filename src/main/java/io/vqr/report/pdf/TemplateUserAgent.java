package io.vqr.report.pdf;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Resolves a template's relative links (its stylesheet, images) file by file through the
 * templates folder and then the jar, like the templates themselves, so that an edited
 * {@code school.html} still finds the shipped {@code report.css} and the other way round.
 */
final class TemplateUserAgent extends ITextUserAgent {

	private final XhtmlTemplates templates;

	TemplateUserAgent(ITextOutputDevice device, int dotsPerPixel, XhtmlTemplates templates) {
		super(device, dotsPerPixel);
		this.templates = templates;
	}

	@Override
	public String resolveURI(String uri) {
		if (uri != null && !uri.isBlank() && !uri.startsWith("#") && !uri.contains(":")) {
			String resolved = this.templates.url(uri);
			if (resolved != null) {
				return resolved;
			}
		}
		return super.resolveURI(uri);
	}

}
