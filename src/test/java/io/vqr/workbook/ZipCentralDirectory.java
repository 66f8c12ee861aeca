package io.vqr.workbook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Forges a zip's central directory, as a zip bomb would, to test the guards. */
final class ZipCentralDirectory {

	private static final int CENTRAL_HEADER = 0x02014b50;

	private ZipCentralDirectory() {
	}

	/** Rewrites the uncompressed size the central directory declares for an entry. */
	static void declareUncompressedSize(Path zip, String entryName, int size) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (buffer.getInt(i) == CENTRAL_HEADER && buffer.getShort(i + 28) == name.length
					&& matches(bytes, i + 46, name)) {
				buffer.putInt(i + 24, size);
				Files.write(zip, bytes);
				return;
			}
		}
		throw new IllegalArgumentException("no central directory entry " + entryName);
	}

	private static boolean matches(byte[] bytes, int offset, byte[] name) {
		if (offset + name.length > bytes.length) {
			return false;
		}
		for (int i = 0; i < name.length; i++) {
			if (bytes[offset + i] != name[i]) {
				return false;
			}
		}
		return true;
	}

}
