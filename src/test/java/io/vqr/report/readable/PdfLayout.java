package io.vqr.report.readable;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a reader sees of a PDF's text, glyph by glyph, read back with PDFBox: where each
 * glyph sits, which glyphs overlap, how far down a page its text goes, on which pages a
 * line is found.
 */
final class PdfLayout {

	/** A glyph's box in points from the page's top left. */
	record Glyph(int page, String text, double left, double top, double right, double bottom) {

		boolean overlaps(Glyph other) {
			double width = Math.min(this.right, other.right) - Math.max(this.left, other.left);
			double height = Math.min(this.bottom, other.bottom) - Math.max(this.top, other.top);
			return width > 0 && height > 0;
		}

		@Override
		public String toString() {
			return "\"" + this.text + "\" at (" + Math.round(this.left) + ", " + Math.round(this.top) + ")";
		}

	}

	private PdfLayout() {
	}

	/**
	 * The horizontal glyphs of a page, each box a little smaller than the glyph's em so
	 * that glyphs that touch (tight lines, kerning) do not count as overlapping.
	 */
	static List<Glyph> glyphs(PDDocument pdf, int page) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				if (text.getDir() != 0 || text.getUnicode() == null || text.getUnicode().isBlank()) {
					return;
				}
				double size = text.getFontSizeInPt();
				double width = text.getWidthDirAdj();
				double x = text.getXDirAdj();
				double baseline = text.getYDirAdj();
				// a CJK glyph fills its em: 0.88 above the baseline, 0.12 below
				double dx = width * 0.15;
				double dy = size * 0.1;
				glyphs.add(new Glyph(page, text.getUnicode(), x + dx, baseline - 0.88 * size + dy, x + width - dx,
						baseline + 0.12 * size - dy));
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(pdf);
		return glyphs;
	}

	/** Pairs of glyphs of the page that overlap, at most {@code limit}. */
	static List<String> overlaps(PDDocument pdf, int page, int limit) throws IOException {
		List<Glyph> glyphs = new ArrayList<>(glyphs(pdf, page));
		glyphs.sort(Comparator.comparingDouble(Glyph::top));
		List<String> found = new ArrayList<>();
		for (int i = 0; i < glyphs.size() && found.size() < limit; i++) {
			Glyph a = glyphs.get(i);
			for (int j = i + 1; j < glyphs.size() && glyphs.get(j).top() < a.bottom(); j++) {
				Glyph b = glyphs.get(j);
				if (a.overlaps(b)) {
					found.add("page " + page + ": " + a + " overlaps " + b);
					break;
				}
			}
		}
		return found;
	}

	/**
	 * The filled rectangles of a page (backgrounds, bands, bars) in points from the
	 * page's bottom left, as PDF draws them.
	 */
	static List<Rectangle2D> filledRectangles(PDDocument pdf, int page) throws IOException {
		List<Rectangle2D> filled = new ArrayList<>();
		PDPage pdPage = pdf.getPage(page - 1);
		PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(pdPage) {

			// bounds of the path being built (Flying Saucer draws boxes as move/line
			// paths, JFreeChart as rectangles)
			private Rectangle2D path;

			private final Point2D current = new Point2D.Float();

			private void add(double x, double y) {
				if (this.path == null) {
					this.path = new Rectangle2D.Double(x, y, 0, 0);
				}
				else {
					this.path.add(x, y);
				}
				this.current.setLocation(x, y);
			}

			@Override
			public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
				for (Point2D point : List.of(p0, p1, p2, p3)) {
					add(point.getX(), point.getY());
				}
			}

			@Override
			public void moveTo(float x, float y) {
				add(x, y);
			}

			@Override
			public void lineTo(float x, float y) {
				add(x, y);
			}

			@Override
			public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
				add(x3, y3);
			}

			@Override
			public void closePath() {
			}

			@Override
			public void fillPath(int windingRule) {
				if (this.path != null) {
					filled.add(this.path);
				}
				this.path = null;
			}

			@Override
			public void fillAndStrokePath(int windingRule) {
				fillPath(windingRule);
			}

			@Override
			public void endPath() {
				this.path = null;
			}

			@Override
			public void strokePath() {
				this.path = null;
			}

			@Override
			public void drawImage(PDImage image) {
			}

			@Override
			public void clip(int windingRule) {
			}

			@Override
			public Point2D getCurrentPoint() {
				return this.current;
			}

			@Override
			public void shadingFill(COSName shadingName) {
			}

		};
		engine.processPage(pdPage);
		return filled;
	}

	/** The text of one page. */
	static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	/**
	 * The text of the whole document in reading order (a justified line is written in
	 * pieces, its numbers after its words).
	 */
	static String text(PDDocument pdf) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return stripper.getText(pdf);
	}

	/**
	 * How far down the page its body text goes, as a share of the page's height (the
	 * running header and footer left out).
	 */
	static double filled(PDDocument pdf, int page) throws IOException {
		double height = pdf.getPage(page - 1).getMediaBox().getHeight();
		double lowest = 0;
		for (Glyph glyph : glyphs(pdf, page)) {
			// the footer sits in the bottom margin (22mm), the header in the top one
			if (glyph.bottom() < height - 62 && glyph.top() > 68) {
				lowest = Math.max(lowest, glyph.bottom());
			}
		}
		return lowest / height;
	}

}
