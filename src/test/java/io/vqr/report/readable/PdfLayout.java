package io.vqr.report.readable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
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
