package io.vqr.workbook;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the bytes read through it, up to a limit, so a worksheet inflated once for the
 * pre-scan can be parsed for its rows from memory instead of being inflated again. A part
 * larger than the limit is not kept (the rows are then read from the zip a second time),
 * so memory per sheet stays bounded whatever a file holds.
 */
final class CapturedPart extends FilterInputStream {

	private final int limit;

	private byte[] bytes;

	private int length;

	private boolean overflowed;

	CapturedPart(InputStream in, int limit, long expectedLength) {
		super(in);
		this.limit = limit;
		this.bytes = new byte[(int) Math.max(8 * 1024, Math.min(expectedLength, limit))];
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0 && keep(1)) {
			this.bytes[this.length++] = (byte) b;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int count) throws IOException {
		int read = super.read(buffer, offset, count);
		if (read > 0 && keep(read)) {
			System.arraycopy(buffer, offset, this.bytes, this.length, read);
			this.length += read;
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		// Skipped bytes cannot be kept: what was captured would have a hole.
		this.overflowed = true;
		this.bytes = null;
		return super.skip(n);
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** What was read, or null when the part was larger than the limit. */
	InputStream captured() {
		return this.overflowed ? null : new ByteArrayInputStream(this.bytes, 0, this.length);
	}

	private boolean keep(int count) {
		if (this.overflowed) {
			return false;
		}
		long needed = (long) this.length + count;
		if (needed > this.limit) {
			this.overflowed = true;
			this.bytes = null;
			return false;
		}
		if (needed > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes,
					(int) Math.min(this.limit, Math.max(needed, 2L * this.bytes.length)));
		}
		return true;
	}

}
