package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;

/**
 * How many strings a shared-strings part holds: its {@code <si>} elements directly under
 * the root, the ones fastexcel's table reads one after another. (The part's
 * {@code uniqueCount} attribute is not trusted: it is whatever the file says.)
 */
final class SharedStringCount extends XmlTags {

	private int depth;

	private int count;

	private SharedStringCount() {
	}

	static int of(InputStream part) throws IOException {
		SharedStringCount counter = new SharedStringCount();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = part.read(buffer)) != -1) {
			counter.feed(buffer, 0, read);
		}
		return counter.count;
	}

	@Override
	protected void startTag(byte[] tag, int nameStart, int nameEnd, int length, boolean overflow, boolean selfClosing) {
		if (this.depth == 1 && nameIs(tag, nameStart, nameEnd, "si") && this.count < Integer.MAX_VALUE) {
			this.count++;
		}
		this.depth++;
	}

	@Override
	protected void endTag(byte[] tag, int nameStart, int nameEnd) {
		this.depth--;
	}

}
