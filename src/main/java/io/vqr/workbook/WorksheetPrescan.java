package io.vqr.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A light first pass over a worksheet part, needed because {@code <mergeCells>} follows
 * {@code <sheetData>} in the XML while the rows must be delivered with their merged
 * values. It keeps only the merged regions. Over a part streamed from the zip it also
 * counts the rows that hold a value (to refuse an oversized sheet before any row is
 * delivered) and, by reading through the zip-bomb guard, checks what the part really
 * inflates to; a part already in memory is scanned from its last {@code <mergeCells>}
 * only.
 * <p>
 * It looks at tags only instead of parsing the XML: a full parse here cost as much as a
 * tenth of reading a file, and the row stream that follows parses it anyway (and reports
 * a malformed part). Text and attribute values cannot hold a {@code <} in well-formed
 * XML, so between tags it only looks for the next {@code <}, and of a tag it reads the
 * name; only {@code <row>} and {@code <mergeCell>} are read to their end, minding quoted
 * values. Comments, CDATA sections and processing instructions are passed over whole, so
 * markup inside them is never taken for a tag; element names may carry a namespace
 * prefix.
 */
final class WorksheetPrescan {

	/** Enough of a tag for its name and a {@code ref} attribute. */
	private static final int KEPT_TAG_BYTES = 512;

	static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long LT_IN_EVERY_BYTE = 0x3C3C3C3C3C3C3C3CL;

	private static final long BANG_IN_EVERY_BYTE = 0x2121212121212121L;

	private static final long QUESTION_IN_EVERY_BYTE = 0x3F3F3F3F3F3F3F3FL;

	private static final byte[] MERGE_CELLS = "mergeCells".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHEET_DATA = "sheetData".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DIMENSION = "dimension".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Where {@code <dimension>} is looked for: it comes after at most {@code <sheetPr>}.
	 */
	private static final int DIMENSION_SEARCH_BYTES = 64 * 1024;

	private static final long LOW_BITS = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private static final byte[] COMMENT_END = "-->".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CDATA_END = "]]>".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] INSTRUCTION_END = "?>".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] DECLARATION_END = ">".getBytes(StandardCharsets.US_ASCII);

	/** Where the scan is. */
	private enum State {

		/** Between tags: looking for the next {@code <}. */
		TEXT,
		/** Reading a tag's name (into {@link #tag}). */
		NAME,
		/** Reading the rest of a {@code <row>} or {@code <mergeCell>} tag. */
		BODY,
		/**
		 * Passing over a comment, CDATA section, processing instruction or declaration.
		 */
		SKIP

	}

	private final String sheetName;

	private final int maxRows;

	private final List<MergedRegion> regions = new ArrayList<>();

	private final byte[] tag = new byte[KEPT_TAG_BYTES];

	private int tagLength;

	private boolean inRow;

	private boolean rowHasValue;

	private int rowsWithValues;

	private WorksheetPrescan(String sheetName, int maxRows) {
		this.sheetName = sheetName;
		this.maxRows = maxRows;
	}

	static List<MergedRegion> mergedRegions(InputStream worksheet, String sheetName, int maxRows)
			throws WorkbookException, IOException {
		WorksheetPrescan scan = new WorksheetPrescan(sheetName, maxRows);
		scan.read(worksheet);
		return scan.regions;
	}

	/**
	 * The merged regions of a worksheet part already in memory, scanning only from its
	 * last {@code <mergeCells>} tag when its {@code <dimension>} says it is within the
	 * row limit: the rows before it are what takes the time. A {@code <} cannot stand
	 * unescaped in text or in an attribute value, so the tags found are markup, unless
	 * they are inside a comment, a CDATA section or a processing instruction: a part that
	 * has any of these, or no dimension within the limit, is scanned whole, rows counted.
	 * (A dimension that understates the rows is still caught as the rows are delivered.)
	 */
	static List<MergedRegion> mergedRegions(byte[] part, int length, String sheetName, int maxRows)
			throws WorkbookException, IOException {
		int from = 0;
		if (!hasCommentsOrInstructions(part, length)) {
			int lastRow = dimensionLastRow(part, length);
			if (lastRow >= 0 && lastRow <= maxRows) {
				from = lastMergeCellsTag(part, length);
			}
		}
		if (from < 0) {
			return List.of();
		}
		return mergedRegions(new ByteArrayInputStream(part, from, length - from), sheetName, maxRows);
	}

	/**
	 * The last row of the {@code <dimension ref="A1:K1001"/>} near the start of a part,
	 * or -1 when there is none or it cannot be read.
	 */
	static int dimensionLastRow(byte[] bytes, int length) {
		int end = Math.min(length, DIMENSION_SEARCH_BYTES);
		for (int i = 1; i + DIMENSION.length < end; i++) {
			if (bytes[i] != 'd' || !matchesAt(bytes, i, DIMENSION) || !isSpace(bytes[i + DIMENSION.length])) {
				continue;
			}
			if (bytes[i - 1] != '<' && bytes[i - 1] != ':') {
				continue;
			}
			int close = i;
			while (close < end && bytes[close] != '>') {
				close++;
			}
			// Read with the scan's own tag parser.
			WorksheetPrescan tag = new WorksheetPrescan("", 0);
			for (int j = i; j < close; j++) {
				tag.keep(bytes[j]);
			}
			String reference = tag.attribute(DIMENSION.length, "ref");
			return (reference != null) ? lastRowOf(reference) : -1;
		}
		return -1;
	}

	/**
	 * The row number ending a reference such as {@code A1:K1001} or {@code B2}, or -1.
	 */
	private static int lastRowOf(String reference) {
		int digits = reference.length();
		while (digits > 0 && Character.isDigit(reference.charAt(digits - 1))) {
			digits--;
		}
		if (digits == reference.length() || reference.length() - digits > 9) {
			return -1;
		}
		return Integer.parseInt(reference.substring(digits));
	}

	/**
	 * Whether a {@code <!} or {@code <?} is anywhere but in the XML declaration. Looks
	 * for the rare {@code !} and {@code ?} bytes, eight at a time.
	 */
	static boolean hasCommentsOrInstructions(byte[] bytes, int length) {
		int i = 0;
		while ((i = indexOfEither(bytes, i, length, BANG_IN_EVERY_BYTE, QUESTION_IN_EVERY_BYTE)) >= 0) {
			if (i > 0 && bytes[i - 1] == '<' && !(bytes[i] == '?' && isDeclarationAt(bytes, length, i - 1))) {
				return true;
			}
			i++;
		}
		return false;
	}

	/** The XML declaration, at the start after an optional byte order mark. */
	private static boolean isDeclarationAt(byte[] bytes, int length, int at) {
		int start = (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
				? 3 : 0;
		return at == start && at + 5 <= length && bytes[at + 2] == 'x' && bytes[at + 3] == 'm' && bytes[at + 4] == 'l';
	}

	/**
	 * Where the last {@code <mergeCells} or {@code <prefix:mergeCells} start tag begins,
	 * or -1. The schema puts merged cells after the rows, so the search stops at the end
	 * tag of {@code sheetData}: most sheets have no merged cells, and searching all their
	 * rows backwards was a few percent of reading them.
	 */
	static int lastMergeCellsTag(byte[] bytes, int length) {
		for (int i = length - MERGE_CELLS.length; i > 0; i--) {
			if (bytes[i] == 's' && isSheetDataEndTag(bytes, length, i)) {
				return -1;
			}
			if (bytes[i] != 'm' || !matchesAt(bytes, i, MERGE_CELLS)) {
				continue;
			}
			int after = i + MERGE_CELLS.length;
			if (after < length && !(isSpace(bytes[after]) || bytes[after] == '>' || bytes[after] == '/')) {
				continue;
			}
			int start = i - 1;
			if (bytes[start] == ':') {
				start--;
				while (start > 0 && isNameByte(bytes[start])) {
					start--;
				}
			}
			if (bytes[start] == '<') {
				return start;
			}
		}
		return -1;
	}

	/**
	 * Whether {@code </sheetData>} or {@code </x:sheetData>} has its name at {@code at}.
	 */
	private static boolean isSheetDataEndTag(byte[] bytes, int length, int at) {
		int after = at + SHEET_DATA.length;
		if (after >= length || !matchesAt(bytes, at, SHEET_DATA) || !(bytes[after] == '>' || isSpace(bytes[after]))) {
			return false;
		}
		return (at >= 2 && bytes[at - 1] == '/' && bytes[at - 2] == '<')
				|| (bytes[at - 1] == ':' && isEndTagPrefix(bytes, at - 1));
	}

	/**
	 * Whether the {@code :} at {@code colon} ends the prefix of an end tag, {@code </x:}.
	 */
	private static boolean isEndTagPrefix(byte[] bytes, int colon) {
		int i = colon - 1;
		while (i > 0 && isNameByte(bytes[i])) {
			i--;
		}
		return i < colon - 1 && i > 0 && bytes[i] == '/' && bytes[i - 1] == '<';
	}

	private static boolean matchesAt(byte[] bytes, int at, byte[] expected) {
		for (int j = 0; j < expected.length; j++) {
			if (bytes[at + j] != expected[j]) {
				return false;
			}
		}
		return true;
	}

	/** A byte of a namespace prefix (ASCII name characters; others never occur there). */
	private static boolean isNameByte(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '-'
				|| b == '.';
	}

	private void read(InputStream in) throws WorkbookException, IOException {
		byte[] buffer = new byte[64 * 1024];
		State state = State.TEXT;
		// In BODY: the quote an attribute value is open with (a '>' in it does not
		// end the tag) and the byte before (a '/' before the '>' closes the element).
		int quote = 0;
		int last = 0;
		// In SKIP: what ends the construct, and how much of it the last bytes matched.
		byte[] skipUntil = DECLARATION_END;
		int matched = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			int i = 0;
			while (i < read) {
				switch (state) {
					case TEXT -> {
						int open = indexOfTagStart(buffer, i, read);
						if (open < 0) {
							i = read;
						}
						else {
							i = open + 1;
							this.tagLength = 0;
							state = State.NAME;
						}
					}
					case NAME -> {
						byte b = buffer[i++];
						boolean special = this.tagLength > 0 && (this.tag[0] == '!' || this.tag[0] == '?');
						if (!special && (isSpace(b) || b == '>' || (b == '/' && this.tagLength > 0))) {
							State next = nameRead(b);
							if (next == State.BODY) {
								quote = 0;
								last = b;
							}
							state = next;
						}
						else {
							keep(b);
							byte[] end = special ? specialEnd() : null;
							if (end != null) {
								skipUntil = end;
								matched = 0;
								state = State.SKIP;
							}
						}
					}
					case BODY -> {
						byte b = buffer[i++];
						if (quote != 0) {
							if (b == quote) {
								quote = 0;
							}
						}
						else if (b == '>') {
							bodyRead(last == '/');
							state = State.TEXT;
							continue;
						}
						else if (b == '"' || b == '\'') {
							quote = b;
						}
						keep(b);
						last = b;
					}
					case SKIP -> {
						byte b = buffer[i++];
						if (b == skipUntil[matched]) {
							if (++matched == skipUntil.length) {
								state = State.TEXT;
							}
						}
						else {
							// The ends searched for can match a prefix of themselves
							// shifted by one only by repeating their first byte: "--->".
							matched = (b == skipUntil[0])
									? ((matched > 0 && skipUntil[0] == skipUntil[1]) ? matched : 1) : 0;
						}
					}
				}
			}
		}
	}

	/**
	 * The index of the first {@code <} in {@code bytes[from, to)}, or -1; eight bytes at
	 * a time, as this is where the scan spends its time. A byte of the word XOR {@code <}
	 * is zero exactly where a {@code <} is, and the lowest byte the zero-byte test flags
	 * is always a true one.
	 */
	static int indexOfTagStart(byte[] bytes, int from, int to) {
		return indexOfEither(bytes, from, to, LT_IN_EVERY_BYTE, LT_IN_EVERY_BYTE);
	}

	/**
	 * The index of the first byte in {@code bytes[from, to)} that is one of two values
	 * (each given repeated in every byte of a word), or -1.
	 */
	private static int indexOfEither(byte[] bytes, int from, int to, long first, long second) {
		int i = from;
		for (; i + Long.BYTES <= to; i += Long.BYTES) {
			long word = (long) WORDS.get(bytes, i);
			long zeros = zeroBytes(word ^ first) | zeroBytes(word ^ second);
			if (zeros != 0) {
				return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
			}
		}
		for (; i < to; i++) {
			if (bytes[i] == (byte) first || bytes[i] == (byte) second) {
				return i;
			}
		}
		return -1;
	}

	/** The high bit set in the lowest zero byte and possibly above it (never below). */
	static long zeroBytes(long word) {
		return (word - LOW_BITS) & ~word & HIGH_BITS;
	}

	private void keep(byte b) {
		if (this.tagLength < KEPT_TAG_BYTES) {
			this.tag[this.tagLength++] = b;
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
		boolean couldBeComment = "!--".startsWith(kept());
		boolean couldBeCdata = "![CDATA[".startsWith(kept());
		return (couldBeComment || couldBeCdata) ? null : DECLARATION_END;
	}

	private String kept() {
		return new String(this.tag, 0, this.tagLength, StandardCharsets.ISO_8859_1);
	}

	/**
	 * A tag's name is read, ended by {@code delimiter}: counts rows and values, and says
	 * whether to read the tag's attributes ({@code <row>}, {@code <mergeCell>}).
	 */
	private State nameRead(byte delimiter) throws WorkbookException {
		boolean closing = this.tagLength > 0 && this.tag[0] == '/';
		int nameStart = closing ? 1 : 0;
		int nameEnd = this.tagLength;
		for (int i = nameEnd - 1; i >= nameStart; i--) {
			if (this.tag[i] == ':') {
				nameStart = i + 1;
				break;
			}
		}
		if (closing) {
			if (this.inRow && nameIs(nameStart, nameEnd, "row")) {
				endRow();
			}
			return State.TEXT;
		}
		if (this.inRow) {
			this.rowHasValue |= nameIs(nameStart, nameEnd, "v") || nameIs(nameStart, nameEnd, "is")
					|| nameIs(nameStart, nameEnd, "f");
			return State.TEXT;
		}
		boolean row = nameIs(nameStart, nameEnd, "row");
		if (!row && !nameIs(nameStart, nameEnd, "mergeCell")) {
			return State.TEXT;
		}
		if (delimiter == '>') {
			bodyRead(false);
			return State.TEXT;
		}
		keep(delimiter);
		return State.BODY;
	}

	/** A {@code <row>} or {@code <mergeCell>} tag is read whole. */
	private void bodyRead(boolean selfClosing) {
		int nameEnd = 0;
		while (nameEnd < this.tagLength && !isSpace(this.tag[nameEnd]) && this.tag[nameEnd] != '/') {
			nameEnd++;
		}
		int nameStart = 0;
		for (int i = nameEnd - 1; i >= 0; i--) {
			if (this.tag[i] == ':') {
				nameStart = i + 1;
				break;
			}
		}
		if (nameIs(nameStart, nameEnd, "row")) {
			this.inRow = !selfClosing;
			this.rowHasValue = false;
		}
		else {
			String reference = attribute(nameEnd, "ref");
			if (reference != null) {
				MergedRegion.parse(reference).ifPresent(this.regions::add);
			}
		}
	}

	private void endRow() throws WorkbookException {
		this.inRow = false;
		if (this.rowHasValue && ++this.rowsWithValues > this.maxRows) {
			throw SheetRowEmitter.tooManyRows(this.sheetName, this.maxRows);
		}
	}

	/** The value of the attribute with this local name, or null. */
	private String attribute(int from, String name) {
		int i = from;
		while (i < this.tagLength) {
			while (i < this.tagLength && (isSpace(this.tag[i]) || this.tag[i] == '/')) {
				i++;
			}
			int attributeStart = i;
			while (i < this.tagLength && this.tag[i] != '=' && !isSpace(this.tag[i])) {
				i++;
			}
			int attributeEnd = i;
			while (i < this.tagLength && isSpace(this.tag[i])) {
				i++;
			}
			if (i >= this.tagLength || this.tag[i] != '=') {
				return null;
			}
			i++;
			while (i < this.tagLength && isSpace(this.tag[i])) {
				i++;
			}
			if (i >= this.tagLength || (this.tag[i] != '"' && this.tag[i] != '\'')) {
				return null;
			}
			byte quote = this.tag[i++];
			int valueStart = i;
			while (i < this.tagLength && this.tag[i] != quote) {
				i++;
			}
			if (i >= this.tagLength) {
				return null;
			}
			int localStart = attributeStart;
			for (int j = attributeEnd - 1; j >= attributeStart; j--) {
				if (this.tag[j] == ':') {
					localStart = j + 1;
					break;
				}
			}
			if (nameIs(localStart, attributeEnd, name)) {
				return new String(this.tag, valueStart, i - valueStart, StandardCharsets.ISO_8859_1);
			}
			i++;
		}
		return null;
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

	private boolean nameIs(int start, int end, String name) {
		if (end - start != name.length()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			if (this.tag[start + i] != name.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}

}
