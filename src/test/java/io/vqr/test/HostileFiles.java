package io.vqr.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The hostile submissions of issue 20, made from the bytes of a good sample workbook
 * (never from fixtures of outside origin), for tests that run whole commands over them.
 */
public final class HostileFiles {

	private HostileFiles() {
	}

	/** A DOCTYPE in styles.xml whose entity fastexcel fails on when it opens the file. */
	public static byte[] doctypeInStyles(byte[] xlsx) throws IOException {
		return rewrite(xlsx, Map.of("xl/styles.xml", (xml) -> withDoctype(xml, "<!DOCTYPE x [<!ENTITY id \"0\">]>")
			.replaceFirst("numFmtId=\"0\"", "numFmtId=\"&id;\"")), null);
	}

	/** A cell of the first sheet asking for shared string 2,147,483,647. */
	public static byte[] sharedStringIndex(byte[] xlsx) throws IOException {
		return rewrite(xlsx, Map.of("xl/worksheets/sheet1.xml",
				(xml) -> xml.replaceFirst("</row>", "<c r=\"Z1\" t=\"s\"><v>2147483647</v></c></row>")), null);
	}

	/** A styles.xml that passes the loose ratio but inflates to 80 MB. */
	public static byte[] inflatingStyles(byte[] xlsx) throws IOException {
		return rewrite(xlsx, Map.of(), (name, out) -> {
			if (!name.equals("xl/styles.xml")) {
				return false;
			}
			out.write("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!--"
				.getBytes(StandardCharsets.US_ASCII));
			Random random = new Random(7);
			byte[] block = new byte[1002];
			Arrays.fill(block, (byte) ' ');
			for (int i = 0; i < 80 * 1024; i++) {
				block[1000] = (byte) ('a' + random.nextInt(26));
				block[1001] = (byte) ('a' + random.nextInt(26));
				out.write(block);
			}
			out.write("--></styleSheet>".getBytes(StandardCharsets.US_ASCII));
			return true;
		});
	}

	/**
	 * The same workbook stored with {@code \} in its entry names and lower-case content
	 * types.
	 */
	public static byte[] windowsEntryNames(byte[] xlsx) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipFile in = zip(xlsx); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
				String name = entry.getName().equals("[Content_Types].xml") ? "[content_types].xml"
						: entry.getName().replace('/', '\\');
				out.putNextEntry(new ZipEntry(name));
				in.getInputStream(entry).transferTo(out);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * An .xls whose shared-string table claims more strings than it has: POI reports each
	 * missing one in English.
	 */
	public static byte[] xlsClaimingMoreStrings(byte[] xls, int more) throws IOException {
		byte[] stream;
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls));
				DocumentInputStream in = fs.createDocumentInputStream("Workbook")) {
			stream = in.readAllBytes();
		}
		ByteBuffer records = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
		int at = 0;
		while (records.getShort(at) != 0x00FC) {
			at += 4 + (records.getShort(at + 2) & 0xFFFF);
		}
		records.putInt(at + 8, records.getInt(at + 8) + more);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
			fs.writeFilesystem(bytes);
		}
		return bytes.toByteArray();
	}

	/** A file of {@code bytes} zeros that takes no room on disk (sparse). */
	public static Path sparse(Path file, long bytes) throws IOException {
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
			channel.write(ByteBuffer.wrap(new byte[] { 'P', 'K', 3, 4 }));
			channel.write(ByteBuffer.wrap(new byte[] { 0 }), bytes - 1);
		}
		return file;
	}

	/**
	 * A name of exactly {@code bytes} UTF-8 bytes (a multiple of 3 plus the extension's),
	 * starting with the school code, ending in {@code .xlsx}.
	 */
	public static String longName(String schoolCode, int bytes) {
		StringBuilder name = new StringBuilder(schoolCode + "_");
		int room = bytes - name.length() - ".xlsx".length();
		name.append("校".repeat(room / 3)).append("_".repeat(room % 3));
		return name + ".xlsx";
	}

	/**
	 * The workbook's zip read through its central directory: the sample writer's entries
	 * carry data descriptors that java.util.zip's stream reader rejects.
	 */
	private static ZipFile zip(byte[] bytes) throws IOException {
		return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
	}

	static String withDoctype(String xml, String doctype) {
		int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
		return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
	}

	@FunctionalInterface
	private interface EntryWriter {

		/** Writes the entry's new content and says so, or returns false to copy it. */
		boolean write(String name, OutputStream out) throws IOException;

	}

	private static byte[] rewrite(byte[] xlsx, Map<String, UnaryOperator<String>> edits, EntryWriter writer)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipFile in = zip(xlsx); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (writer == null || !writer.write(entry.getName(), out)) {
					byte[] content = in.getInputStream(entry).readAllBytes();
					UnaryOperator<String> edit = edits.get(entry.getName());
					if (edit != null) {
						content = edit.apply(new String(content, StandardCharsets.UTF_8))
							.getBytes(StandardCharsets.UTF_8);
					}
					out.write(content);
				}
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
