package io.vqr.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.vqr.standard.Rule;

/**
 * The zip-bomb guard of submission standard section 6, applied to each entry of an OOXML
 * package: first to the sizes the central directory declares, then to the bytes that
 * actually come out of the inflater, since declared sizes can lie. Style and media parts
 * get the looser ratio because real school files trip the strict one there.
 */
final class ZipEntryGuard {

	/** Entries this small are never judged by their ratio (POI's grace size). */
	static final long RATIO_GRACE_BYTES = 100 * 1024;

	private final ReadLimits limits;

	ZipEntryGuard(ReadLimits limits) {
		this.limits = limits;
	}

	/** Checks the sizes the central directory declares for an entry. */
	void checkDeclared(ZipEntry entry) throws WorkbookException {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		String name = PackageParts.partName(entry.getName());
		if (size > maxBytes(name)) {
			throw entryTooLarge(name);
		}
		if (size > RATIO_GRACE_BYTES && compressed >= 0 && tooCompressed(name, compressed, size)) {
			throw tooCompressed(name);
		}
	}

	/**
	 * The entry's content, failing with {@link RefusedContentException} as soon as the
	 * inflated bytes break a limit.
	 */
	InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
		return new GuardedStream(zip.getInputStream(entry), entry);
	}

	private boolean tooCompressed(String name, long compressed, long inflated) {
		double minRatio = isStyleOrMedia(name) ? this.limits.minInflateRatioStylesAndMedia()
				: this.limits.minInflateRatio();
		return (double) compressed / inflated < minRatio;
	}

	static boolean isStyleOrMedia(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("xl/styles.xml") || lower.startsWith("xl/media/") || lower.endsWith(".emf")
				|| lower.endsWith(".wmf") || lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
				|| lower.endsWith(".gif") || lower.endsWith(".bmp") || lower.endsWith(".tif")
				|| lower.endsWith(".tiff");
	}

	/**
	 * The most a part may inflate to: style and media parts, which get the looser ratio,
	 * have a cap of their own, so that a part the ratio lets through still cannot cost
	 * more than a moment to inflate.
	 */
	private long maxBytes(String name) {
		return isStyleOrMedia(name) ? this.limits.maxStyleOrMediaEntryBytes() : this.limits.maxEntryBytes();
	}

	private WorkbookException entryTooLarge(String name) {
		return new WorkbookException(Rule.F_TOO_LARGE,
				"文件中的部件 " + name + " 解压后超过 " + megabytes(maxBytes(name)) + " MB");
	}

	private static WorkbookException tooCompressed(String name) {
		return new WorkbookException(Rule.F_TOO_LARGE, "文件中的部件 " + name + " 压缩比异常（疑似压缩炸弹）");
	}

	static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

	private final class GuardedStream extends FilterInputStream {

		private final ZipEntry entry;

		private long inflated;

		GuardedStream(InputStream in, ZipEntry entry) {
			super(in);
			this.entry = entry;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			// Read instead of skipping so that skipped bytes are counted too.
			if (n <= 0) {
				return 0;
			}
			byte[] buffer = new byte[(int) Math.min(n, 8192)];
			int read = read(buffer, 0, buffer.length);
			return Math.max(read, 0);
		}

		private void count(int n) throws IOException {
			this.inflated += n;
			String name = PackageParts.partName(this.entry.getName());
			if (this.inflated > maxBytes(name)) {
				throw new RefusedContentException(entryTooLarge(name));
			}
			long compressed = this.entry.getCompressedSize();
			if (this.inflated > RATIO_GRACE_BYTES && compressed >= 0
					&& tooCompressed(name, compressed, this.inflated)) {
				throw new RefusedContentException(tooCompressed(name));
			}
		}

	}

}
