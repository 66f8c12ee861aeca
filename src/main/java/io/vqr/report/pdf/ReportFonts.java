package io.vqr.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The embedded CJK font of every report: Noto Sans SC (TrueType outlines, so that OpenPDF
 * can subset it) read from the classpath, never from the system. Parsing the two 10 MB
 * files costs about a second, so they are read once per process ({@link #shared()}) and
 * the parsed fonts are reused by every document; each PDF embeds only the glyphs it uses
 * (Identity-H subset).
 */
public final class ReportFonts {

	/** The CSS font family name templates use. */
	public static final String FAMILY = "Noto Sans SC";

	static final String REGULAR_RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	static final String BOLD_RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private final BaseFont regular;

	private final BaseFont bold;

	private final Font awtRegular;

	private final Font awtBold;

	private ReportFonts() {
		byte[] regularBytes = read(REGULAR_RESOURCE);
		byte[] boldBytes = read(BOLD_RESOURCE);
		this.regular = baseFont(REGULAR_RESOURCE, regularBytes);
		this.bold = baseFont(BOLD_RESOURCE, boldBytes);
		this.awtRegular = awtFont(regularBytes);
		this.awtBold = awtFont(boldBytes);
	}

	/** The fonts of this process, loaded on first use. */
	public static ReportFonts shared() {
		return Holder.INSTANCE;
	}

	BaseFont regular() {
		return this.regular;
	}

	BaseFont bold() {
		return this.bold;
	}

	/**
	 * The same face for Java2D, so that chart layout measures text with the metrics the
	 * PDF will use.
	 */
	Font awtFont(boolean boldFace, float size) {
		return (boldFace ? this.awtBold : this.awtRegular).deriveFont(size);
	}

	/**
	 * Maps every Java2D font a chart uses to the embedded PDF font of the same weight.
	 */
	FontMapper fontMapper() {
		return new FontMapper() {

			@Override
			public BaseFont awtToPdf(Font font) {
				return (font.isBold() || font.getFontName().contains("Bold")) ? ReportFonts.this.bold
						: ReportFonts.this.regular;
			}

			@Override
			public Font pdfToAwt(BaseFont font, int size) {
				return awtFont(font == ReportFonts.this.bold, size);
			}

		};
	}

	/**
	 * A Flying Saucer font resolver that knows only the embedded family (as regular and
	 * bold). A resolver caches sized fonts while laying out, so one must not be used by
	 * two documents at the same time.
	 */
	ITextFontResolver newFontResolver() {
		ITextFontResolver resolver = new ITextFontResolver();
		resolver.addFont(this.regular, REGULAR_RESOURCE, FAMILY);
		resolver.addFont(this.bold, BOLD_RESOURCE, FAMILY);
		return resolver;
	}

	private static byte[] read(String resource) {
		try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(
						"Font " + resource + " is not on the classpath (ph-fonts-noto-sans-sc)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read font " + resource, ex);
		}
	}

	private static BaseFont baseFont(String name, byte[] bytes) {
		try {
			BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
			font.setSubset(true);
			return font;
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Cannot load font " + name, ex);
		}
	}

	private static Font awtFont(byte[] bytes) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Cannot load font for charts", ex);
		}
	}

	private static final class Holder {

		static final ReportFonts INSTANCE = new ReportFonts();

	}

}
