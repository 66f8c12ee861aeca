package io.vqr.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A worksheet part inflated once into memory, up to a limit, so its merged regions and
 * its rows are both read from the same bytes instead of inflating the part twice. A part
 * larger than the limit is not kept (it is then read from the zip for each pass), so
 * memory per sheet stays bounded whatever a file holds.
 */
final class CapturedPart {

	private final byte[] bytes;

	private final int length;

	private CapturedPart(byte[] bytes, int length) {
		this.bytes = bytes;
		this.length = length;
	}

	/**
	 * Reads a part whole.
	 * @param expectedLength the size the zip declares, or -1 (a hint only)
	 * @return the part, or null when it is larger than {@code limit} (the rest is then
	 * left unread)
	 */
	static CapturedPart readAll(InputStream in, int limit, long expectedLength) throws IOException {
		byte[] bytes = new byte[(int) Math.max(8 * 1024, Math.min(expectedLength, limit))];
		int length = 0;
		while (true) {
			if (length == bytes.length) {
				if (length >= limit) {
					// Full at the limit: kept only if the part ends here.
					return (in.read() == -1) ? new CapturedPart(bytes, length) : null;
				}
				bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * bytes.length));
			}
			int read = in.read(bytes, length, bytes.length - length);
			if (read < 0) {
				return new CapturedPart(bytes, length);
			}
			length += read;
		}
	}

	/** The part's bytes, valid up to {@link #length()}. */
	byte[] bytes() {
		return this.bytes;
	}

	int length() {
		return this.length;
	}

	InputStream stream() {
		return new ByteArrayInputStream(this.bytes, 0, this.length);
	}

}
