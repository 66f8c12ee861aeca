package io.vqr.report.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.FontMapper;
import io.vqr.report.TemplateFiles;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.SchoolReport;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Renders reports as PDF: a Thymeleaf template (XHTML + CSS, editable by a data office)
 * is filled with the report model, laid out by Flying Saucer on A4 pages and written by
 * OpenPDF, with charts drawn as vector graphics in place of {@code data-chart} elements.
 * <p>
 * Thread-safe: the fonts are parsed once per process, templates are compiled once, and
 * the per-document state (a font resolver with its size cache) is pooled, so one instance
 * serves every school of a province from any number of threads.
 */
public final class PdfReportRenderer {

	/** Template of the school report, under {@code templates/report/}. */
	public static final String SCHOOL_TEMPLATE = "school";

	/**
	 * Template of the school report of a year read with standard v2 (the eight parts of
	 * the national notice; their order and titles in {@code report/school-v2.yaml}).
	 */
	public static final String SCHOOL_PARTS_TEMPLATE = "school-v2";

	/** Template of the provincial report, under {@code templates/report/}. */
	public static final String PROVINCE_TEMPLATE = "province";

	/**
	 * Template of the provincial report of a year without any approved figures: its
	 * submission status only.
	 */
	public static final String PROVINCE_STATUS_TEMPLATE = "province-status";

	/** Template of the city report (中职地市级年报), under {@code templates/report/}. */
	public static final String CITY_TEMPLATE = "city";

	private final XhtmlTemplates templates;

	private final ReportFonts fonts;

	private final FontMapper fontMapper;

	private final ConcurrentLinkedQueue<ITextFontResolver> fontResolvers = new ConcurrentLinkedQueue<>();

	/**
	 * Templates {@code report/school.html}, {@code report/province.html} and their files.
	 */
	public PdfReportRenderer(TemplateFiles templateFiles) {
		this(templateFiles, ReportFonts.shared());
	}

	PdfReportRenderer(TemplateFiles templateFiles, ReportFonts fonts) {
		this.templates = new XhtmlTemplates(templateFiles);
		this.fonts = fonts;
		this.fontMapper = fonts.fontMapper();
	}

	/**
	 * The school report (学校年度质量报告) from template {@code report/school.html}, or
	 * {@code report/school-v2.html} for a year read with standard v2.
	 */
	public void renderSchool(SchoolReport report, OutputStream out) throws IOException {
		render(report.hasParts() ? SCHOOL_PARTS_TEMPLATE : SCHOOL_TEMPLATE, variables(report),
				ReportChartSets.school(report, charts()), out);
	}

	/** The provincial report (省级年度质量报告) from template {@code report/province.html}. */
	public void renderProvince(ProvincialReport report, OutputStream out) throws IOException {
		render(report.figuresAvailable() ? PROVINCE_TEMPLATE : PROVINCE_STATUS_TEMPLATE, variables(report),
				ReportChartSets.province(report, charts()), out);
	}

	/**
	 * The city report (中职地市级年报) from template {@code report/city.html}; a city whose
	 * schools have no figures yet gets its status chapter alone (the template asks
	 * {@code r.figuresAvailable}).
	 */
	public void renderCity(CityReport report, OutputStream out) throws IOException {
		render(CITY_TEMPLATE, variables(report), ReportChartSets.city(report, charts()), out);
	}

	private static Map<String, Object> variables(Object report) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("r", report);
		variables.put("fmt", TemplateFormats.INSTANCE);
		return variables;
	}

	/** The chart builders in the report look, for models that chart their own data. */
	public ReportCharts charts() {
		return new ReportCharts(this.fonts);
	}

	/**
	 * Renders template {@code template} (without {@code .html}) with {@code variables} to
	 * {@code out}, which is left open. {@code charts} names the charts the template may
	 * place; each is built only if the template uses it.
	 */
	public void render(String template, Map<String, Object> variables, Map<String, Supplier<JFreeChart>> charts,
			OutputStream out) throws IOException {
		Document document = this.templates.render(template, variables);
		ITextFontResolver fontResolver = borrowFontResolver();
		try {
			ITextOutputDevice device = new ClippedTextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
			ITextUserAgent userAgent = new TemplateUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
					this.templates);
			ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
					ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent, fontResolver);
			SharedContext shared = renderer.getSharedContext();
			shared.setReplacedElementFactory(new ChartElementFactory(shared.getReplacedElementFactory(), charts,
					this.fontMapper, renderer.getDotsPerPoint()));
			renderer.setDocument(document, this.templates.baseUrl(template));
			renderer.layout();
			renderer.createPDF(new KeepOpen(out));
		}
		catch (DocumentException ex) {
			throw new IOException("Cannot write the PDF of template " + template, ex);
		}
		finally {
			this.fontResolvers.offer(fontResolver);
		}
	}

	private ITextFontResolver borrowFontResolver() {
		ITextFontResolver resolver = this.fontResolvers.poll();
		return (resolver != null) ? resolver : this.fonts.newFontResolver();
	}

	/** OpenPDF closes the stream it writes to; the caller owns it. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
