package io.vqr.report.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.vqr.report.TemplateFiles;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The report templates: Thymeleaf HTML under {@code templates/report/} that a data office
 * opens in a browser and edits, filled with a report model and parsed as XHTML for Flying
 * Saucer. Each file (template, fragment, stylesheet) is looked up through
 * {@link TemplateFiles}, so an edited copy in the templates folder wins over the one
 * shipped in the jar. Parsed templates are cached; the engine is safe to share between
 * threads.
 */
final class XhtmlTemplates {

	/** Folder of the report templates, relative to the templates root. */
	static final String FOLDER = "report/";

	private static final String SUFFIX = ".html";

	private final TemplateFiles files;

	private final TemplateEngine engine = new TemplateEngine();

	private final DocumentBuilderFactory xml;

	XhtmlTemplates(TemplateFiles files) {
		RecordPropertyAccessor.install();
		this.files = files;
		TemplateFilesResolver resolver = new TemplateFilesResolver(files);
		resolver.setPrefix(FOLDER);
		resolver.setSuffix(SUFFIX);
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		this.engine.setTemplateResolver(resolver);
		this.xml = xmlParsers();
	}

	/**
	 * The template {@code name} (without {@code .html}) filled with {@code variables}.
	 */
	Document render(String name, Map<String, Object> variables) {
		if (!this.files.exists(FOLDER + name + SUFFIX)) {
			throw new ReportTemplateException("找不到报告模板 " + this.files.describe(FOLDER + name + SUFFIX));
		}
		String xhtml;
		try {
			xhtml = this.engine.process(name, new Context(Locale.SIMPLIFIED_CHINESE, variables));
		}
		catch (TemplateEngineException ex) {
			throw new ReportTemplateException("报告模板 " + describe(name) + " 无法填充：" + ex.getMessage(), ex);
		}
		return parse(name, xhtml);
	}

	/** The URL of a file of the report templates (stylesheet, image), or null if none. */
	String url(String relativeName) {
		String name = FOLDER + relativeName;
		return this.files.exists(name) ? this.files.url(name).toExternalForm() : null;
	}

	/** The URL of the template itself, against which its relative links resolve. */
	String baseUrl(String name) {
		return this.files.url(FOLDER + name + SUFFIX).toExternalForm();
	}

	private String describe(String name) {
		return this.files.describe(FOLDER + name + SUFFIX);
	}

	private Document parse(String name, String xhtml) {
		try {
			DocumentBuilder builder = this.xml.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXParseException ex) {
			throw new ReportTemplateException("报告模板 " + describe(name) + " 生成的内容不是格式良好的 XHTML（第 " + ex.getLineNumber()
					+ " 行第 " + ex.getColumnNumber() + " 列）：" + ex.getMessage() + "。请检查标签是否闭合（如 <br/>）。", ex);
		}
		catch (SAXException | IOException | ParserConfigurationException ex) {
			throw new ReportTemplateException("报告模板 " + describe(name) + " 无法解析：" + ex.getMessage(), ex);
		}
	}

	private static DocumentBuilderFactory xmlParsers() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		try {
			// Templates are local files, but never let one pull in external entities.
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser lacks secure processing", ex);
		}
		factory.setNamespaceAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

}
