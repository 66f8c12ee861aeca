package io.vqr.report.pdf;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * A chart in the page flow: it takes the box the stylesheet gives it and draws the chart
 * into it as PDF vector graphics, with its text as real text in the embedded font.
 */
final class ChartElement implements ITextReplacedElement {

	private final JFreeChart chart;

	private final FontMapper fontMapper;

	private final int width;

	private final int height;

	private final Point location = new Point(0, 0);

	ChartElement(JFreeChart chart, FontMapper fontMapper, int width, int height) {
		this.chart = chart;
		this.fontMapper = fontMapper;
		this.width = width;
		this.height = height;
	}

	@Override
	public void paint(RenderingContext context, ITextOutputDevice outputDevice, BlockBox box) {
		Rectangle area = outputDevice.createLocalTargetArea(context, box);
		float w = area.getWidth();
		float h = area.getHeight();
		PdfContentByte page = outputDevice.getCurrentPage();
		PdfTemplate template = page.createTemplate(w, h);
		Graphics2D graphics = template.createGraphics(w, h, this.fontMapper);
		try {
			this.chart.draw(graphics, new Rectangle2D.Double(0, 0, w, h));
		}
		finally {
			graphics.dispose();
		}
		page.addTemplate(template, area.getLeft(), area.getBottom());
	}

	@Override
	public int getIntrinsicWidth() {
		return this.width;
	}

	@Override
	public int getIntrinsicHeight() {
		return this.height;
	}

	@Override
	public Point getLocation() {
		return this.location;
	}

	@Override
	public void setLocation(int x, int y) {
		this.location.setLocation(x, y);
	}

	@Override
	public void detach(LayoutContext context) {
	}

	@Override
	public boolean isRequiresInteractivePaint() {
		return false;
	}

	@Override
	public boolean hasBaseline() {
		return false;
	}

	@Override
	public int getBaseline() {
		return 0;
	}

}
