package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;

import io.vqr.standard.Rule;

/**
 * Refuses, as a part's bytes pass, what its prolog (what comes before the root element)
 * must not hold: a document type declaration, which the package standard forbids in every
 * part and through which a file could declare entities that expand without end (the
 * parsers here ignore DTDs, but only by failing on the entities they declare); and an
 * encoding other than UTF-8, which the byte-level checks of the workbook rely on (Excel,
 * WPS and every library write UTF-8). After the root element's {@code <} it passes bytes
 * on unread.
 */
final class XmlPrologCheck extends InspectedInputStream {

	private enum State {

		/** Before the first byte. */
		START,
		/** Between constructs: looking for {@code <}. */
		OUTSIDE,
		/** After {@code <}. */
		OPEN,
		/** After {@code <!}. */
		BANG,
		/** In a comment or processing instruction, looking for its end. */
		SKIP,
		/** The root element has started. */
		DONE

	}

	private final String part;

	private State state = State.START;

	private byte[] skipUntil;

	private int matched;

	private XmlPrologCheck(InputStream in, String part) {
		super(in);
		this.part = part;
	}

	/** The part's content, checked as it is read if the part is XML. */
	static InputStream wrap(InputStream in, String part) {
		return isXml(part) ? new XmlPrologCheck(in, part) : in;
	}

	static boolean isXml(String part) {
		String lower = part.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels");
	}

	@Override
	void inspect(byte[] bytes, int offset, int length) throws IOException {
		if (this.state != State.DONE) {
			check(bytes, offset, length);
		}
	}

	private void check(byte[] bytes, int offset, int length) throws IOException {
		int end = offset + length;
		for (int i = offset; i < end && this.state != State.DONE; i++) {
			byte b = bytes[i];
			switch (this.state) {
				case START -> {
					// UTF-16 and UTF-32 show a byte order mark or a zero byte at once.
					if (b == 0 || b == (byte) 0xFE || b == (byte) 0xFF) {
						throw refused("使用了 UTF-8 以外的编码");
					}
					this.state = (b == '<') ? State.OPEN : State.OUTSIDE;
				}
				case OUTSIDE -> {
					if (b == 0) {
						throw refused("使用了 UTF-8 以外的编码");
					}
					if (b == '<') {
						this.state = State.OPEN;
					}
				}
				case OPEN -> {
					if (b == '?') {
						skip(new byte[] { '?', '>' });
					}
					else if (b == '!') {
						this.state = State.BANG;
					}
					else {
						this.state = State.DONE;
					}
				}
				case BANG -> {
					if (b == '-') {
						skip(new byte[] { '-', '-', '>' });
					}
					else {
						throw refused("含有文档类型声明（DOCTYPE）");
					}
				}
				case SKIP -> {
					if (b == this.skipUntil[this.matched]) {
						if (++this.matched == this.skipUntil.length) {
							this.state = State.OUTSIDE;
						}
					}
					else {
						// "--->" ends a comment too: a repeated first byte keeps the
						// match.
						this.matched = (b == this.skipUntil[0])
								? ((this.matched > 0 && this.skipUntil[0] == this.skipUntil[1]) ? this.matched : 1) : 0;
					}
				}
				default -> throw new IllegalStateException(this.state.name());
			}
		}
	}

	private void skip(byte[] until) {
		this.skipUntil = until;
		this.matched = 0;
		this.state = State.SKIP;
	}

	private RefusedContentException refused(String detail) {
		return new RefusedContentException(new WorkbookException(Rule.F_UNREADABLE,
				"文件中的部件 " + this.part + " " + detail + "，不是 Excel 或 WPS 写出的格式"));
	}

}
