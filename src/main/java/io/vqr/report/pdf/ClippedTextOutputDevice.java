package io.vqr.report.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.pdf.PdfContentByte;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer paints every box that reaches into a page's margins, clipped to the
 * page's content area: the first line of the next page (a chapter title that starts a
 * page, the row after a page break) is written, invisible, at the foot of the page
 * before, and a search or a screen reader finds it there. This device leaves out text
 * that lies wholly outside the current clip, so each line is in the PDF once, on the page
 * where it is seen.
 */
final class ClippedTextOutputDevice extends ITextOutputDevice {

	private float fontSize;

	private Rectangle2D clipBounds;

	private boolean clipKnown;

	ClippedTextOutputDevice(float dotsPerPoint) {
		super(dotsPerPoint);
	}

	@Override
	public void setFont(FSFont font) {
		super.setFont(font);
		this.fontSize = font.getSize2D();
	}

	@Override
	public void drawString(String s, float x, float y, JustificationInfo info) {
		Rectangle2D clip = clipBounds();
		// the glyphs lie between y - size (above the baseline) and y + size / 3
		if (clip != null && (y - this.fontSize >= clip.getMaxY() || y + this.fontSize / 3 <= clip.getMinY())) {
			return;
		}
		super.drawString(s, x, y, info);
	}

	private Rectangle2D clipBounds() {
		if (!this.clipKnown) {
			Shape clip = getClip();
			this.clipBounds = (clip != null) ? clip.getBounds2D() : null;
			this.clipKnown = true;
		}
		return this.clipBounds;
	}

	@Override
	public void initializePage(PdfContentByte page, float height) {
		super.initializePage(page, height);
		this.clipKnown = false;
	}

	@Override
	public void translate(double tx, double ty) {
		super.translate(tx, ty);
		this.clipKnown = false;
	}

	@Override
	public void clip(Shape shape) {
		super.clip(shape);
		this.clipKnown = false;
	}

	@Override
	public void setClip(Shape shape) {
		super.setClip(shape);
		this.clipKnown = false;
	}

}
