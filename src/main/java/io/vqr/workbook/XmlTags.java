package io.vqr.workbook;

import java.io.IOException;

/**
 * A light, incremental reader of an XML part's tags, for checks that must see every
 * element of a part as fast as it inflates (a full parse costs as much as reading the
 * file). Bytes are fed in chunks of any size; it reports start and end tags by their
 * local name, and the text between tags only when a subclass asks for it. Comments, CDATA
 * sections, processing instructions and declarations are passed over whole, so markup
 * inside them is never taken for a tag; text and attribute values cannot hold a {@code <}
 * in well-formed XML, and quoted attribute values may hold a {@code >}.
 * <p>
 * It needs an ASCII-compatible encoding: {@link XmlPrologCheck} refuses any other before
 * a part is read.
 */
abstract class XmlTags {

	/** Enough of a tag for its name and the attributes checked. */
	static final int KEPT_TAG_BYTES = 512;

	private static final byte[] COMMENT_END = { '-', '-', '>' };

	private static final byte[] CDATA_END = { ']', ']', '>' };

	private static final byte[] INSTRUCTION_END = { '?', '>' };

	private static final byte[] DECLARATION_END = { '>' };

	private enum State {

		TEXT, NAME, BODY, SKIP

	}

	private State state = State.TEXT;

	/** The tag being read, from the byte after {@code <}, up to its first bytes. */
	private final byte[] tag = new byte[KEPT_TAG_BYTES];

	private int tagLength;

	private boolean tagOverflow;

	/** In BODY: the quote an attribute value is open with, and the byte before. */
	private int quote;

	private int last;

	/** In SKIP: what ends the construct, and how much of it the last bytes matched. */
	private byte[] skipUntil = DECLARATION_END;

	private int matched;

	/** Reads the next bytes of the part. */
	final void feed(byte[] bytes, int offset, int length) throws IOException {
		int end = offset + length;
		int i = offset;
		while (i < end) {
			switch (this.state) {
				case TEXT -> {
					int open = wantsText() ? indexOf(bytes, i, end) : WorksheetPrescan.indexOfTagStart(bytes, i, end);
					int textEnd = (open < 0) ? end : open;
					if (wantsText() && textEnd > i) {
						text(bytes, i, textEnd);
					}
					if (open < 0) {
						i = end;
					}
					else {
						i = open + 1;
						this.tagLength = 0;
						this.tagOverflow = false;
						this.state = State.NAME;
					}
				}
				case NAME -> {
					byte b = bytes[i++];
					boolean special = this.tagLength > 0 && (this.tag[0] == '!' || this.tag[0] == '?');
					if (!special && (isSpace(b) || b == '>' || (b == '/' && this.tagLength > 0))) {
						if (b == '>') {
							tagRead(false);
						}
						else {
							keep(b);
							this.quote = 0;
							this.last = b;
							this.state = State.BODY;
						}
					}
					else {
						keep(b);
						byte[] skipEnd = special ? specialEnd() : null;
						if (skipEnd != null) {
							if (wantsText()) {
								markupInText();
							}
							this.skipUntil = skipEnd;
							this.matched = 0;
							this.state = State.SKIP;
						}
					}
				}
				case BODY -> {
					byte b = bytes[i++];
					if (this.quote != 0) {
						if (b == this.quote) {
							this.quote = 0;
						}
					}
					else if (b == '>') {
						tagRead(this.last == '/');
						continue;
					}
					else if (b == '"' || b == '\'') {
						this.quote = b;
					}
					keep(b);
					this.last = b;
				}
				case SKIP -> {
					byte b = bytes[i++];
					if (b == this.skipUntil[this.matched]) {
						if (++this.matched == this.skipUntil.length) {
							this.state = State.TEXT;
						}
					}
					else {
						// The ends can match a prefix of themselves shifted by one only
						// by
						// repeating their first byte: "--->".
						this.matched = (b == this.skipUntil[0])
								? ((this.matched > 0 && this.skipUntil[0] == this.skipUntil[1]) ? this.matched : 1) : 0;
					}
				}
			}
		}
	}

	/** Whether the text up to the next tag is wanted ({@link #text}). */
	protected boolean wantsText() {
		return false;
	}

	/** Text between tags, while {@link #wantsText()}. */
	protected void text(byte[] bytes, int from, int to) throws IOException {
	}

	/**
	 * A comment, CDATA section or processing instruction starts where text was wanted.
	 */
	protected void markupInText() throws IOException {
	}

	/**
	 * A start tag: {@code tag[nameStart, nameEnd)} is its local name, and the attributes
	 * follow up to {@code length} (cut at {@link #KEPT_TAG_BYTES}: then
	 * {@code overflow}).
	 */
	protected abstract void startTag(byte[] tag, int nameStart, int nameEnd, int length, boolean overflow,
			boolean selfClosing) throws IOException;

	/** An end tag; {@code tag[nameStart, nameEnd)} is its local name. */
	protected abstract void endTag(byte[] tag, int nameStart, int nameEnd) throws IOException;

	private void tagRead(boolean selfClosing) throws IOException {
		this.state = State.TEXT;
		boolean closing = this.tagLength > 0 && this.tag[0] == '/';
		int nameEnd = closing ? 1 : 0;
		while (nameEnd < this.tagLength && !isSpace(this.tag[nameEnd]) && !(this.tag[nameEnd] == '/' && nameEnd > 0)) {
			nameEnd++;
		}
		int nameStart = closing ? 1 : 0;
		for (int i = nameEnd - 1; i >= nameStart; i--) {
			if (this.tag[i] == ':') {
				nameStart = i + 1;
				break;
			}
		}
		if (closing) {
			endTag(this.tag, nameStart, nameEnd);
		}
		else {
			startTag(this.tag, nameStart, nameEnd, this.tagLength, this.tagOverflow, selfClosing);
			if (selfClosing) {
				endTag(this.tag, nameStart, nameEnd);
			}
		}
	}

	private void keep(byte b) {
		if (this.tagLength < KEPT_TAG_BYTES) {
			this.tag[this.tagLength++] = b;
		}
		else {
			this.tagOverflow = true;
		}
	}

	/**
	 * After {@code <!} or {@code <?} and some bytes: what ends the construct once its
	 * opening is known, or null while more bytes are needed.
	 */
	private byte[] specialEnd() {
		if (this.tag[0] == '?') {
			return INSTRUCTION_END;
		}
		if (startsWith("!--")) {
			return COMMENT_END;
		}
		if (startsWith("![CDATA[")) {
			return CDATA_END;
		}
		boolean couldBeComment = isPrefixOfKept("!--");
		boolean couldBeCdata = isPrefixOfKept("![CDATA[");
		return (couldBeComment || couldBeCdata) ? null : DECLARATION_END;
	}

	private boolean startsWith(String prefix) {
		if (this.tagLength < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (this.tag[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Whether what is kept so far is the start of {@code opening}. */
	private boolean isPrefixOfKept(String opening) {
		if (this.tagLength > opening.length()) {
			return false;
		}
		for (int i = 0; i < this.tagLength; i++) {
			if (this.tag[i] != opening.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == '<') {
				return i;
			}
		}
		return -1;
	}

	static boolean nameIs(byte[] tag, int start, int end, String name) {
		if (end - start != name.length()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (tag[start + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The raw value of the unprefixed attribute {@code name} in {@code tag[from, to)}, or
	 * null.
	 */
	static String attribute(byte[] tag, int from, int to, String name) {
		int i = from;
		while (i < to) {
			while (i < to && (isSpace(tag[i]) || tag[i] == '/')) {
				i++;
			}
			int nameStart = i;
			while (i < to && tag[i] != '=' && !isSpace(tag[i])) {
				i++;
			}
			int nameEnd = i;
			while (i < to && isSpace(tag[i])) {
				i++;
			}
			if (i >= to || tag[i] != '=') {
				return null;
			}
			i++;
			while (i < to && isSpace(tag[i])) {
				i++;
			}
			if (i >= to || (tag[i] != '"' && tag[i] != '\'')) {
				return null;
			}
			byte quote = tag[i++];
			int valueStart = i;
			while (i < to && tag[i] != quote) {
				i++;
			}
			if (i >= to) {
				return null;
			}
			if (nameIs(tag, nameStart, nameEnd, name)) {
				return new String(tag, valueStart, i - valueStart, java.nio.charset.StandardCharsets.ISO_8859_1);
			}
			i++;
		}
		return null;
	}

	static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}

}
