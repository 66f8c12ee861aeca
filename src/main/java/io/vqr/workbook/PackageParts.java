package io.vqr.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import io.vqr.standard.Rule;

/**
 * The parts of a package by name. Part names are compared as the package standard says,
 * ignoring case; zip tools on Windows store some packages with {@code \} between folders
 * (or a leading {@code /}), and such a name means the same part as its {@code /} form.
 * Two entries naming one part make the package ambiguous (different readers would read
 * different parts), so it is refused.
 */
final class PackageParts {

	static final String CONTENT_TYPES = "[Content_Types].xml";

	/** Entries by the lower case of their part name. */
	private final Map<String, ZipEntry> entries;

	private final boolean renamed;

	private PackageParts(Map<String, ZipEntry> entries, boolean renamed) {
		this.entries = entries;
		this.renamed = renamed;
	}

	static PackageParts of(ZipFile zip) throws WorkbookException {
		Map<String, ZipEntry> entries = new LinkedHashMap<>();
		boolean renamed = false;
		for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
			ZipEntry entry = all.nextElement();
			String name = partName(entry.getName());
			if (name.isEmpty() || name.endsWith("/")) {
				continue;
			}
			renamed |= !name.equals(entry.getName());
			if (entries.putIfAbsent(key(name), entry) != null) {
				throw new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整（压缩包中有重复的部件 " + name + "）");
			}
		}
		return new PackageParts(entries, renamed);
	}

	/**
	 * The part name a zip entry's name stands for: {@code /} between folders, none first.
	 */
	static String partName(String entryName) {
		String name = entryName.replace('\\', '/');
		int start = 0;
		while (start < name.length() && name.charAt(start) == '/') {
			start++;
		}
		return name.substring(start);
	}

	private static String key(String partName) {
		return partName.toLowerCase(Locale.ROOT);
	}

	/** The entry of a part (a name without a leading {@code /}), or null. */
	ZipEntry get(String partName) {
		return this.entries.get(key(partName));
	}

	List<ZipEntry> all() {
		return List.copyOf(this.entries.values());
	}

	/**
	 * Whether some entry's name differs from its part name: readers that look entries up
	 * by name (fastexcel) then need {@link #renamedCopy}.
	 */
	boolean needsRenamedCopy() {
		return this.renamed;
	}

	/**
	 * The package with every entry stored under its part name (and the content types
	 * under their usual name), the compressed bytes copied as they are. Held in memory:
	 * at most the size of the file, and only for such rare packages.
	 */
	byte[] renamedCopy(Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (org.apache.commons.compress.archivers.zip.ZipFile source = org.apache.commons.compress.archivers.zip.ZipFile
			.builder()
			.setPath(file)
			.get(); ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
			for (ZipArchiveEntry entry : Collections.list(source.getEntries())) {
				String name = partName(entry.getName());
				if (name.isEmpty() || name.endsWith("/")) {
					continue;
				}
				if (key(name).equals(key(CONTENT_TYPES))) {
					name = CONTENT_TYPES;
				}
				ZipArchiveEntry copy = new ZipArchiveEntry(name);
				copy.setMethod(entry.getMethod());
				copy.setSize(entry.getSize());
				copy.setCompressedSize(entry.getCompressedSize());
				copy.setCrc(entry.getCrc());
				try (InputStream raw = source.getRawInputStream(entry)) {
					out.addRawArchiveEntry(copy, raw);
				}
			}
		}
		return bytes.toByteArray();
	}

}
