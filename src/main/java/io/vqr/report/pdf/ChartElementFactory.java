package io.vqr.report.pdf;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.lowagie.text.pdf.FontMapper;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Replaces every element with a {@code data-chart} attribute (e.g.
 * {@code <div class="chart" data-chart="destinations"/>}) by the chart of that name; all
 * other elements (images) go to Flying Saucer's own factory. The element's width comes
 * from the stylesheet; its height too when the stylesheet gives one, else the chart's own
 * (a horizontal bar chart as tall as its bars need, see {@link ChartFit}).
 */
final class ChartElementFactory implements ReplacedElementFactory {

	static final String CHART_ATTRIBUTE = "data-chart";

	/** Size when the stylesheet gives none: 16 cm × 8 cm, in points. */
	private static final int DEFAULT_WIDTH_POINTS = 454;

	private static final int DEFAULT_HEIGHT_POINTS = 227;

	private final ReplacedElementFactory others;

	private final Map<String, Supplier<JFreeChart>> charts;

	private final FontMapper fontMapper;

	private final float dotsPerPoint;

	ChartElementFactory(ReplacedElementFactory others, Map<String, Supplier<JFreeChart>> charts, FontMapper fontMapper,
			float dotsPerPoint) {
		this.others = others;
		this.charts = charts;
		this.fontMapper = fontMapper;
		this.dotsPerPoint = dotsPerPoint;
	}

	@Override
	public ReplacedElement createReplacedElement(LayoutContext context, BlockBox box, UserAgentCallback userAgent,
			int cssWidth, int cssHeight) {
		Element element = box.getElement();
		if (element == null || !element.hasAttribute(CHART_ATTRIBUTE)) {
			return this.others.createReplacedElement(context, box, userAgent, cssWidth, cssHeight);
		}
		String name = element.getAttribute(CHART_ATTRIBUTE);
		Supplier<JFreeChart> chart = this.charts.get(name);
		if (chart == null) {
			throw new ReportTemplateException(
					"模板引用了未知的图表 \"" + name + "\"；可用的图表：" + new TreeSet<>(this.charts.keySet()));
		}
		int width = (cssWidth > 0) ? cssWidth : Math.round(DEFAULT_WIDTH_POINTS * this.dotsPerPoint);
		JFreeChart built = chart.get();
		double fitted = ChartFit.fit(built, width / this.dotsPerPoint, DEFAULT_HEIGHT_POINTS);
		int height = (cssHeight > 0) ? cssHeight : (int) Math.round(fitted * this.dotsPerPoint);
		return new ChartElement(built, this.fontMapper, width, height);
	}

	@Override
	public void reset() {
		this.others.reset();
	}

	@Override
	public void remove(Element element) {
		this.others.remove(element);
	}

	@Override
	public void setFormSubmissionListener(FormSubmissionListener listener) {
		this.others.setFormSubmissionListener(listener);
	}

}
