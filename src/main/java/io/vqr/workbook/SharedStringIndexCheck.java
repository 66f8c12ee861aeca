package io.vqr.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import io.vqr.standard.Rule;

/**
 * Passes a worksheet part on to fastexcel's row parser only while every shared-string
 * cell ({@code <c t="s">}) refers to a string the shared-strings part holds: fastexcel
 * reads its table up to the index a cell asks for, so one cell asking for string
 * 2,147,483,647 of a table of two would fill memory with empty strings. The bytes are
 * checked as they pass, before the parser sees them, so it never asks.
 * <p>
 * Whatever the parser could read as a larger number is refused too: a value that is not
 * plain digits (a character reference, a comment or CDATA inside {@code <v>}), and a
 * {@code t} attribute that is not plain text counts as shared. Excel, WPS and every
 * library write the plain form.
 */
final class SharedStringIndexCheck extends InspectedInputStream {

	private static final long S_IN_EVERY_BYTE = 0x7373737373737373L;

	private static final long QUOTE_IN_EVERY_BYTE = 0x2222222222222222L;

	private static final long APOSTROPHE_IN_EVERY_BYTE = 0x2727272727272727L;

	private static final long AMPERSAND_IN_EVERY_BYTE = 0x2626262626262626L;

	private static final long HASH_IN_EVERY_BYTE = 0x2323232323232323L;

	private final Tags tags;

	/**
	 * @param worksheet the worksheet part's content
	 * @param sheetName the sheet's name, for the finding
	 * @param strings how many strings the shared-strings part holds
	 */
	SharedStringIndexCheck(InputStream worksheet, String sheetName, int strings) {
		super(worksheet);
		this.tags = new Tags(sheetName, strings);
	}

	/**
	 * Checks a worksheet part held in memory, if it can refer to shared strings at all:
	 * the check reads every tag, while a look for the byte pairs a shared-string type
	 * needs ({@code s"}, {@code s'}, or {@code &#} for a character reference) reads eight
	 * bytes at a time, and a sheet of inline strings (as streaming writers make them) has
	 * none.
	 * @throws RefusedContentException a cell refers to a string the part does not hold
	 */
	static void check(byte[] worksheet, int length, String sheetName, int strings) throws IOException {
		if (!mayReferToSharedStrings(worksheet, length)) {
			return;
		}
		try (InputStream in = new SharedStringIndexCheck(new ByteArrayInputStream(worksheet, 0, length), sheetName,
				strings)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
	}

	/**
	 * Whether {@code s"}, {@code s'} or {@code &#} occurs. Words are read seven bytes
	 * apart so that every pair of adjacent bytes is inside one; a flagged pair is
	 * confirmed byte by byte (the zero-byte test may flag a byte above a true one).
	 */
	static boolean mayReferToSharedStrings(byte[] bytes, int length) {
		int i = 0;
		for (; i + Long.BYTES <= length; i += Long.BYTES - 1) {
			long word = (long) WorksheetPrescan.WORDS.get(bytes, i);
			long s = WorksheetPrescan.zeroBytes(word ^ S_IN_EVERY_BYTE);
			long quote = WorksheetPrescan.zeroBytes(word ^ QUOTE_IN_EVERY_BYTE)
					| WorksheetPrescan.zeroBytes(word ^ APOSTROPHE_IN_EVERY_BYTE);
			long ampersand = WorksheetPrescan.zeroBytes(word ^ AMPERSAND_IN_EVERY_BYTE);
			long hash = WorksheetPrescan.zeroBytes(word ^ HASH_IN_EVERY_BYTE);
			if ((((s << 8) & quote) | ((ampersand << 8) & hash)) != 0 && hasPair(bytes, i, i + Long.BYTES)) {
				return true;
			}
		}
		return hasPair(bytes, Math.max(0, i - 1), length);
	}

	private static boolean hasPair(byte[] bytes, int from, int to) {
		for (int i = from; i + 1 < to; i++) {
			byte next = bytes[i + 1];
			if ((bytes[i] == 's' && (next == '"' || next == '\'')) || (bytes[i] == '&' && next == '#')) {
				return true;
			}
		}
		return false;
	}

	@Override
	void inspect(byte[] bytes, int offset, int length) throws IOException {
		this.tags.feed(bytes, offset, length);
	}

	private static final class Tags extends XmlTags {

		private final String sheetName;

		private final int strings;

		/** In a cell whose value is a shared-string index. */
		private boolean sharedCell;

		/** In that cell's {@code <v>}. */
		private boolean inValue;

		private long index;

		Tags(String sheetName, int strings) {
			this.sheetName = sheetName;
			this.strings = strings;
		}

		@Override
		protected boolean wantsText() {
			return this.inValue;
		}

		@Override
		protected void text(byte[] bytes, int from, int to) throws IOException {
			for (int i = from; i < to; i++) {
				byte b = bytes[i];
				if (b < '0' || b > '9') {
					throw refused("共享字符串的序号不是数字");
				}
				this.index = this.index * 10 + (b - '0');
				if (this.index >= this.strings) {
					throw refused("引用了不存在的第 " + (this.index + 1) + " 个共享字符串（共 " + this.strings + " 个）");
				}
			}
		}

		@Override
		protected void markupInText() throws IOException {
			throw refused("共享字符串的序号不是数字");
		}

		@Override
		protected void startTag(byte[] tag, int nameStart, int nameEnd, int length, boolean overflow,
				boolean selfClosing) throws IOException {
			if (this.inValue) {
				throw refused("共享字符串的序号不是数字");
			}
			if (nameIs(tag, nameStart, nameEnd, "c")) {
				String type = attribute(tag, nameEnd, length, "t");
				// A tag too long to keep whole may have its type beyond what was kept.
				this.sharedCell = overflow || "s".equals(type) || (type != null && type.indexOf('&') >= 0);
			}
			else if (this.sharedCell && !selfClosing && nameIs(tag, nameStart, nameEnd, "v")) {
				this.inValue = true;
				this.index = 0;
			}
		}

		@Override
		protected void endTag(byte[] tag, int nameStart, int nameEnd) {
			if (nameIs(tag, nameStart, nameEnd, "v")) {
				this.inValue = false;
			}
			else if (nameIs(tag, nameStart, nameEnd, "c")) {
				this.sharedCell = false;
			}
		}

		private RefusedContentException refused(String detail) {
			return new RefusedContentException(
					new WorkbookException(Rule.F_UNREADABLE, "工作表「" + this.sheetName + "」的单元格" + detail));
		}

	}

}
