package io.vqr.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import io.vqr.standard.Rule;

/**
 * Opens a submitted workbook for streaming, choosing the reader by the file's content
 * (its magic bytes), never by its name: a zip is read as {@code .xlsx}/{@code .xlsm}, an
 * OLE2 file as {@code .xls} unless it is an encrypted OOXML package. Anything else is
 * F-UNREADABLE; a password is F-ENCRYPTED; a file over the size limit is F-TOO-LARGE
 * before it is opened.
 */
public final class WorkbookFiles {

	private WorkbookFiles() {
	}

	/**
	 * Opens the file; the caller closes the reader.
	 * @throws WorkbookException F-UNREADABLE, F-ENCRYPTED or F-TOO-LARGE: the content's
	 * fault
	 * @throws IOException the file could not be read from disk
	 */
	/**
	 * F-TOO-LARGE for a file over the size limit: a file known by its size alone (the
	 * ingest does not archive such a file, so there is nothing to open).
	 */
	public static void checkSize(long size, ReadLimits limits) throws WorkbookException {
		if (size > limits.maxFileBytes()) {
			throw new WorkbookException(Rule.F_TOO_LARGE,
					"文件大小 " + megabytesText(size) + " MB 超过上限 " + megabytesText(limits.maxFileBytes()) + " MB");
		}
	}

	public static WorkbookReader open(Path file, ReadLimits limits) throws WorkbookException, IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw new WorkbookException(Rule.F_UNREADABLE, "文件为空（0 字节）");
		}
		checkSize(size, limits);
		FileMagic magic = magic(file);
		switch (magic) {
			case OOXML:
				return XlsxWorkbookReader.open(file, limits);
			case OLE2:
				return openOle2(file, limits);
			case HTML:
			case XML:
				throw new WorkbookException(Rule.F_UNREADABLE, "文件是网页或 XML 格式，不是 Excel 工作簿");
			case BIFF2:
			case BIFF3:
			case BIFF4:
				throw new WorkbookException(Rule.F_UNREADABLE, "文件是 Excel 4.0 或更早版本的旧格式");
			default:
				throw OoxmlPackage.notAWorkbook();
		}
	}

	private static WorkbookReader openOle2(Path file, ReadLimits limits) throws WorkbookException, IOException {
		POIFSFileSystem ole2;
		try {
			ole2 = new POIFSFileSystem(file.toFile(), true);
		}
		catch (IOException | RuntimeException ex) {
			// A truncated or damaged OLE2 header or sector chain.
			throw corrupt(ex);
		}
		DirectoryNode root = ole2.getRoot();
		if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry(EncryptionInfo.ENCRYPTION_INFO_ENTRY)) {
			ole2.close();
			throw encrypted(null);
		}
		return XlsWorkbookReader.open(ole2, limits);
	}

	private static FileMagic magic(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
		}
	}

	static WorkbookException corrupt(Throwable cause) {
		return new WorkbookException(Rule.F_UNREADABLE, "文件已损坏或不完整", cause);
	}

	static WorkbookException encrypted(Throwable cause) {
		return new WorkbookException(Rule.F_ENCRYPTED, "工作簿设置了打开密码", cause);
	}

	private static String megabytesText(long bytes) {
		return CellValues.numberText(Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0);
	}

}
