package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A light first pass over a worksheet part, needed because {@code <mergeCells>} follows
 * {@code <sheetData>} in the XML while the rows must be delivered with their merged
 * values. It keeps only the merged regions, counts the rows that hold a value (to refuse
 * an oversized sheet before any row is delivered) and, by reading through the zip-bomb
 * guard, checks what the part really inflates to.
 * <p>
 * It looks at tags only, byte by byte, instead of parsing the XML: a full parse here cost
 * as much as a tenth of reading a file, and the row stream that follows parses it anyway
 * (and reports a malformed part). Comments, CDATA sections and processing instructions
 * are passed over whole, so markup inside them is never taken for a tag; element names
 * may carry a namespace prefix.
 */
final class WorksheetPrescan {

	/** Enough of a tag for its name and a {@code ref} attribute. */
	private static final int KEPT_TAG_BYTES = 512;

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

	private void read(InputStream in) throws WorkbookException, IOException {
		byte[] buffer = new byte[64 * 1024];
		boolean inTag = false;
		// The quote an attribute value of the current tag is open with (a '>' in it does
		// not end the tag), and the tag's last two bytes (to find the end of a comment,
		// CDATA section or processing instruction).
		int quote = 0;
		int last = 0;
		int beforeLast = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			for (int i = 0; i < read; i++) {
				int b = buffer[i];
				if (!inTag) {
					if (b == '<') {
						inTag = true;
						this.tagLength = 0;
						quote = 0;
						last = 0;
						beforeLast = 0;
					}
					continue;
				}
				if (quote != 0) {
					if (b == quote) {
						quote = 0;
					}
				}
				else if (b == '>' && tagEnds(last, beforeLast)) {
					inTag = false;
					tag(last == '/');
					continue;
				}
				else if ((b == '"' || b == '\'') && this.tagLength > 0 && this.tag[0] != '!' && this.tag[0] != '?') {
					quote = b;
				}
				if (this.tagLength < KEPT_TAG_BYTES) {
					this.tag[this.tagLength++] = (byte) b;
				}
				beforeLast = last;
				last = b;
			}
		}
	}

	/** Whether a {@code >} closes the current tag. */
	private boolean tagEnds(int last, int beforeLast) {
		if (startsWith("!--")) {
			return this.tagLength >= 5 && last == '-' && beforeLast == '-';
		}
		if (startsWith("![CDATA[")) {
			return this.tagLength >= 10 && last == ']' && beforeLast == ']';
		}
		if (startsWith("?")) {
			return last == '?';
		}
		return true;
	}

	private void tag(boolean selfClosing) throws WorkbookException {
		if (this.tagLength == 0 || this.tag[0] == '!' || this.tag[0] == '?') {
			return;
		}
		boolean closing = this.tag[0] == '/';
		int nameStart = closing ? 1 : 0;
		int nameEnd = nameStart;
		while (nameEnd < this.tagLength && !isSpace(this.tag[nameEnd]) && this.tag[nameEnd] != '/') {
			nameEnd++;
		}
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
		}
		else if (this.inRow) {
			this.rowHasValue |= nameIs(nameStart, nameEnd, "v") || nameIs(nameStart, nameEnd, "is")
					|| nameIs(nameStart, nameEnd, "f");
		}
		else if (nameIs(nameStart, nameEnd, "row")) {
			this.inRow = !selfClosing;
			this.rowHasValue = false;
		}
		else if (nameIs(nameStart, nameEnd, "mergeCell")) {
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
