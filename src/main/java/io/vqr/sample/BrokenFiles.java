package io.vqr.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files that are not readable workbooks, made from the bytes of a good one: a text file
 * named .xlsx, a truncated file, a password-protected file and a zip bomb.
 */
final class BrokenFiles {

	/** The password of encrypted samples. */
	static final String PASSWORD = "123456";

	/** Bytes of blank space the zip bomb adds to one worksheet. */
	static final int BOMB_PADDING = 48 * 1024 * 1024;

	private static final long ENTRY_TIME = SubmissionWriter.FIXED_DATE.getTime();

	private BrokenFiles() {
	}

	/** A CSV export saved under an .xlsx name: text, not a workbook. */
	static byte[] textFile(SampleSchool school) {
		String text = "学校代码,学校名称,统计年度\r\n" + school.code() + "," + school.name() + "," + school.year() + "\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The first 60% of a workbook: the zip's central directory and later parts are gone.
	 */
	static byte[] truncated(byte[] workbook) {
		return Arrays.copyOf(workbook, workbook.length * 3 / 5);
	}

	/** An xlsx encrypted with a password (agile encryption, as Excel 2010+ does). */
	static byte[] encrypted(byte[] workbook) {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword(PASSWORD);
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(workbook);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			fs.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("agile encryption unavailable", ex);
		}
	}

	/**
	 * A valid xlsx whose worksheet {@code entryName} carries {@link #BOMB_PADDING} bytes
	 * of white space: it compresses about 1000:1, far below POI's 0.01 ratio guard.
	 */
	static byte[] zipBomb(byte[] workbook, String entryName) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// POI's entries carry data descriptors that java.util.zip's stream reader
		// rejects,
		// so the source is read through its central directory.
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(9);
			for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(ENTRY_TIME);
				out.putNextEntry(copy);
				byte[] content;
				try (java.io.InputStream data = in.getInputStream(entry)) {
					content = data.readAllBytes();
				}
				if (entry.getName().equals(entryName)) {
					writePadded(out, content);
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void writePadded(OutputStream out, byte[] sheetXml) throws IOException {
		String xml = new String(sheetXml, StandardCharsets.UTF_8);
		int at = xml.indexOf("<sheetData>");
		if (at < 0) {
			throw new IllegalStateException("no <sheetData> in worksheet");
		}
		at += "<sheetData>".length();
		out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
		byte[] blanks = new byte[64 * 1024];
		Arrays.fill(blanks, (byte) ' ');
		for (int written = 0; written < BOMB_PADDING; written += blanks.length) {
			out.write(blanks);
		}
		out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
	}

}
