package io.vqr.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.standard.Rule;
import io.vqr.test.TestsRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules about a file as a whole at their boundaries: the size and row limits exactly
 * met and just exceeded, the smallest files, the same workbook with and without a
 * password.
 */
class FileRulesTest {

	@TempDir
	Path dir;

	private static ReadLimits limits(long maxFileBytes, int maxRows) {
		return new ReadLimits(maxFileBytes, maxRows, 0.01, 0.001, 1L << 30);
	}

	private Path workbook(String name, int rows) throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookFixtures.fillLarge(workbook.createSheet("毕业生去向"), rows);
		return WorkbookFixtures.write(workbook, this.dir.resolve(name));
	}

	/** The rule reading the file's first sheet breaks, or null when it is read whole. */
	private static Rule read(Path file, ReadLimits limits) {
		WorkbookException problem = catchThrowableOfType(WorkbookException.class, () -> {
			try (WorkbookReader reader = WorkbookFiles.open(file, limits)) {
				List<RawRow> rows = new ArrayList<>();
				reader.readSheet(reader.sheets().get(0), rows::add);
			}
		});
		return (problem != null) ? problem.rule() : null;
	}

	@Test
	@TestsRule(Rule.F_TOO_LARGE)
	void aFileOfTheLimitsSizeIsReadOneByteMoreIsTooLarge() throws IOException {
		Path file = workbook("size.xlsx", 3);
		long size = Files.size(file);
		assertThat(read(file, limits(size + 1, 10))).isNull();
		assertThat(read(file, limits(size, 10))).isNull();
		assertThat(read(file, limits(size - 1, 10))).isEqualTo(Rule.F_TOO_LARGE);
	}

	@Test
	@TestsRule(Rule.F_TOO_LARGE)
	void aSheetOfTheLimitsRowsIsReadOneRowMoreIsTooLarge() throws IOException {
		assertThat(read(workbook("9.xlsx", 9), limits(1L << 20, 10))).isNull();
		assertThat(read(workbook("10.xlsx", 10), limits(1L << 20, 10))).isNull();
		assertThat(read(workbook("11.xlsx", 11), limits(1L << 20, 10))).isEqualTo(Rule.F_TOO_LARGE);
	}

	@Test
	@TestsRule(Rule.F_UNREADABLE)
	void theSmallestFilesAreUnreadable() throws IOException {
		assertThat(read(Files.write(this.dir.resolve("empty.xlsx"), new byte[0]), ReadLimits.defaults()))
			.isEqualTo(Rule.F_UNREADABLE);
		assertThat(read(Files.write(this.dir.resolve("one.xlsx"), new byte[] { 'P' }), ReadLimits.defaults()))
			.isEqualTo(Rule.F_UNREADABLE);
		assertThat(
				read(Files.write(this.dir.resolve("zip.xlsx"), new byte[] { 'P', 'K', 3, 4 }), ReadLimits.defaults()))
			.isEqualTo(Rule.F_UNREADABLE);
		assertThat(read(workbook("one-row.xlsx", 1), ReadLimits.defaults())).isNull();
	}

	@Test
	@TestsRule(Rule.F_ENCRYPTED)
	void theSameWorkbookWithAPasswordIsEncrypted() throws Exception {
		Path plain = this.dir.resolve("plain.xlsx");
		Path protectedFile = this.dir.resolve("protected.xlsx");
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
			WorkbookFixtures.fillLarge(workbook.createSheet("毕业生去向"), 2);
			try (OutputStream out = Files.newOutputStream(plain)) {
				workbook.write(out);
			}
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("");
			try (OutputStream data = encryptor.getDataStream(ole2)) {
				workbook.write(data);
			}
			try (OutputStream out = Files.newOutputStream(protectedFile)) {
				ole2.writeFilesystem(out);
			}
		}
		assertThat(read(plain, ReadLimits.defaults())).isNull();
		// even an empty password is one a school must remove
		assertThat(read(protectedFile, ReadLimits.defaults())).isEqualTo(Rule.F_ENCRYPTED);
	}

}
