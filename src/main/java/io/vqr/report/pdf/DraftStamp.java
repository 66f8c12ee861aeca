package io.vqr.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

/**
 * Marks every page of a rendered PDF as a draft (review-workflow.md): a red band across
 * the top edge with the mark in white, and the mark once more, large and faint, across
 * the page. Both are text in the report's embedded font, so the mark is found by a search
 * and survives copying a page; neither depends on the templates a data office edits.
 */
public final class DraftStamp {

	private static final float BAND_HEIGHT = 16f;

	private static final float BAND_FONT_SIZE = 9.5f;

	private static final float WATERMARK_FONT_SIZE = 54f;

	private static final Color BAND = new Color(0xC0, 0x1F, 0x1F);

	private DraftStamp() {
	}

	/** Writes {@code pdf} with {@code mark} on every page to {@code out}, left open. */
	public static void stamp(byte[] pdf, String mark, OutputStream out) throws IOException {
		BaseFont font = ReportFonts.shared().bold();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfStamper stamper = new PdfStamper(reader, new KeepOpenStream(out));
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				Rectangle size = reader.getPageSizeWithRotation(page);
				band(stamper.getOverContent(page), font, size, mark);
				watermark(stamper.getOverContent(page), font, size, mark);
			}
			stamper.close();
		}
		catch (DocumentException ex) {
			throw new IOException("Cannot mark the PDF as a draft", ex);
		}
	}

	private static void band(PdfContentByte over, BaseFont font, Rectangle size, String mark) {
		over.saveState();
		over.setColorFill(BAND);
		over.rectangle(size.getLeft(), size.getTop() - BAND_HEIGHT, size.getWidth(), BAND_HEIGHT);
		over.fill();
		over.beginText();
		over.setFontAndSize(font, BAND_FONT_SIZE);
		over.setColorFill(Color.WHITE);
		over.showTextAligned(Element.ALIGN_CENTER, mark, size.getLeft() + size.getWidth() / 2,
				size.getTop() - BAND_HEIGHT + (BAND_HEIGHT - BAND_FONT_SIZE) / 2 + 1.5f, 0);
		over.endText();
		over.restoreState();
	}

	private static void watermark(PdfContentByte over, BaseFont font, Rectangle size, String mark) {
		over.saveState();
		PdfGState faint = new PdfGState();
		faint.setFillOpacity(0.12f);
		over.setGState(faint);
		over.beginText();
		over.setFontAndSize(font, WATERMARK_FONT_SIZE);
		over.setColorFill(BAND);
		over.showTextAligned(Element.ALIGN_CENTER, mark, size.getLeft() + size.getWidth() / 2,
				size.getBottom() + size.getHeight() / 2, 45);
		over.endText();
		over.restoreState();
	}

	/** PdfStamper closes the stream it writes to; the caller owns it. */
	private static final class KeepOpenStream extends java.io.FilterOutputStream {

		KeepOpenStream(OutputStream out) {
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
