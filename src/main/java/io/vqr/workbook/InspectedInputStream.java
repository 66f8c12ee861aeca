package io.vqr.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that shows every byte it passes on to {@link #inspect}, skipped ones too, so a
 * check of a part's content cannot be stepped around by a reader that skips.
 */
abstract class InspectedInputStream extends FilterInputStream {

	InspectedInputStream(InputStream in) {
		super(in);
	}

	/** Looks at bytes as they pass; throws to refuse the content. */
	abstract void inspect(byte[] bytes, int offset, int length) throws IOException;

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			inspect(new byte[] { (byte) b }, 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			inspect(buffer, offset, n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// Read instead of skipping so that every byte is inspected.
		if (n <= 0) {
			return 0;
		}
		byte[] buffer = new byte[(int) Math.min(n, 8192)];
		return Math.max(read(buffer, 0, buffer.length), 0);
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
