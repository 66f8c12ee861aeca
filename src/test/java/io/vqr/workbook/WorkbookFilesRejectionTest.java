package io.vqr.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.standard.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkbookFilesRejectionTest {

	private static final String SHEET1 = "xl/worksheets/sheet1.xml";

	private static final String STYLES = "xl/styles.xml";

	@TempDir
	Path dir;

	@Test
	void anEmptyFileIsUnreadable() throws IOException {
		Path file = Files.write(this.dir.resolve("empty.xlsx"), new byte[0]);
		assertFinding(file, Rule.F_UNREADABLE, "文件为空（0 字节）");
	}

	@Test
	void textRenamedToXlsxIsNotAWorkbook() throws IOException {
		Path file = Files.writeString(this.dir.resolve("data.xlsx"), "学号,姓名\n2024001,张三\n");
		assertFinding(file, Rule.F_UNREADABLE, "文件不是 Excel 工作簿");
	}

	@Test
	void aWebPageSavedAsXlsIsNamedAsSuch() throws IOException {
		Path file = Files.writeString(this.dir.resolve("export.xls"), "<html><body><table><tr><td>1</td></tr></table>");
		assertFinding(file, Rule.F_UNREADABLE, "文件是网页或 XML 格式，不是 Excel 工作簿");
	}

	@Test
	void aZipThatHoldsNoWorkbookIsNotAWorkbook() throws IOException {
		Path file = this.dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertFinding(file, Rule.F_UNREADABLE, "文件不是 Excel 工作簿");
	}

	@Test
	void aTruncatedXlsxIsCorrupt() throws IOException {
		Path whole = sampleXlsx("whole.xlsx");
		byte[] bytes = Files.readAllBytes(whole);
		Path half = Files.write(this.dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertFinding(half, Rule.F_UNREADABLE, "文件已损坏或不完整");
	}

	@Test
	void aTruncatedXlsIsCorrupt() throws IOException {
		HSSFWorkbook workbook = new HSSFWorkbook();
		WorkbookFixtures.fillSample(workbook);
		byte[] bytes = Files.readAllBytes(WorkbookFixtures.write(workbook, this.dir.resolve("whole.xls")));
		Path half = Files.write(this.dir.resolve("half.xls"), Arrays.copyOf(bytes, bytes.length / 2));
		assertFinding(half, Rule.F_UNREADABLE, "文件已损坏或不完整");
	}

	@Test
	void aFileOverTheSizeLimitIsTooLargeBeforeOpening() throws IOException {
		Path file = Files.writeString(this.dir.resolve("big.xlsx"), "x".repeat(2048));
		ReadLimits limits = new ReadLimits(1024, 200_000, 0.01, 0.001, 1L << 30);
		WorkbookException finding = catchThrowableOfType(WorkbookException.class,
				() -> WorkbookFiles.open(file, limits));
		assertThat(finding.rule()).isEqualTo(Rule.F_TOO_LARGE);
		assertThat(finding.detail()).startsWith("文件大小");
	}

	@Test
	void aPasswordProtectedXlsxIsEncrypted() throws Exception {
		Path file = this.dir.resolve("protected.xlsx");
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("基本信息").createRow(0).createCell(0).setCellValue("学校代码");
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream data = encryptor.getDataStream(ole2)) {
				workbook.write(data);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				ole2.writeFilesystem(out);
			}
		}
		assertFinding(file, Rule.F_ENCRYPTED, "工作簿设置了打开密码");
	}

	@Test
	void aPasswordProtectedXlsIsEncryptedWhateverPasswordTheThreadHolds() throws Exception {
		Path file = this.dir.resolve("protected.xls");
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try {
			HSSFWorkbook workbook = new HSSFWorkbook();
			workbook.createSheet("基本信息").createRow(0).createCell(0).setCellValue("学校代码");
			WorkbookFixtures.write(workbook, file);
			// Even the right password left on the thread must not open it.
			assertFinding(file, Rule.F_ENCRYPTED, "工作簿设置了打开密码");
			assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isEqualTo("secret");
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertFinding(file, Rule.F_ENCRYPTED, "工作簿设置了打开密码");
	}

	@Test
	void aSheetPartThatInflatesAboveTheRatioIsAZipBomb() throws IOException {
		Path bomb = WorkbookFixtures.replaceEntry(sampleXlsx("sample.xlsx"), this.dir.resolve("bomb.xlsx"), SHEET1,
				WorkbookFilesRejectionTest::writeWhitespaceSheet);
		assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
		WorkbookException finding = assertFinding(bomb, Rule.F_TOO_LARGE, null);
		assertThat(finding.detail()).contains(SHEET1).contains("压缩炸弹");
	}

	@Test
	void aZipBombIsCaughtWhileInflatingWhenTheDeclaredSizeLies() throws Exception {
		Path bomb = WorkbookFixtures.replaceEntry(sampleXlsx("sample.xlsx"), this.dir.resolve("bomb.xlsx"), SHEET1,
				WorkbookFilesRejectionTest::writeWhitespaceSheet);
		ZipCentralDirectory.declareUncompressedSize(bomb, SHEET1, 2_000);
		try (WorkbookReader reader = WorkbookFiles.open(bomb, ReadLimits.defaults())) {
			List<RawRow> delivered = new ArrayList<>();
			WorkbookException finding = catchThrowableOfType(WorkbookException.class,
					() -> reader.readSheet(reader.sheets().get(0), delivered::add));
			assertThat(finding.rule()).isEqualTo(Rule.F_TOO_LARGE);
			assertThat(finding.detail()).contains(SHEET1).contains("压缩炸弹");
			assertThat(delivered).isEmpty();
		}
	}

	@Test
	void highlyCompressibleStylesGetTheLooserRatio() throws Exception {
		String padding = compressiblePadding();
		double ratio = deflateRatio(padding);
		assertThat(ratio).isBetween(0.001, 0.01);
		Path styled = WorkbookFixtures.rewriteEntries(sampleXlsx("sample.xlsx"), this.dir.resolve("styled.xlsx"),
				Map.of(STYLES, (xml) -> xml.replace("</styleSheet>", "<!--" + padding + "--></styleSheet>")));
		List<RawRow> rows = WorkbookFixtures.readAll(styled, ReadLimits.defaults()).get(WorkbookFixtures.DATA);
		assertThat(WorkbookFixtures.cell(rows, 2, 0).text()).isEqualTo("2024-06-30");

		// The same padding in a worksheet is refused.
		Path padded = WorkbookFixtures.rewriteEntries(sampleXlsx("sample2.xlsx"), this.dir.resolve("padded.xlsx"),
				Map.of(SHEET1, (xml) -> xml.replace("</worksheet>", "<!--" + padding + "--></worksheet>")));
		assertFinding(padded, Rule.F_TOO_LARGE, null);
	}

	@Test
	void anXlsxSheetOverTheRowLimitIsTooLargeBeforeAnyRowIsDelivered() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookFixtures.fillLarge(workbook.createSheet("毕业生去向"), 11);
		Path file = WorkbookFixtures.write(workbook, this.dir.resolve("rows.xlsx"));
		List<RawRow> delivered = new ArrayList<>();
		WorkbookException finding = readFirstSheet(file, new ReadLimits(1L << 20, 10, 0.01, 0.001, 1L << 30),
				delivered);
		assertThat(finding.rule()).isEqualTo(Rule.F_TOO_LARGE);
		assertThat(finding.detail()).isEqualTo("工作表「毕业生去向」超过 10 行");
		assertThat(delivered).isEmpty();
	}

	@Test
	void anXlsSheetOverTheRowLimitIsTooLarge() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		WorkbookFixtures.fillLarge(workbook.createSheet("毕业生去向"), 11);
		Path file = WorkbookFixtures.write(workbook, this.dir.resolve("rows.xls"));
		WorkbookException finding = readFirstSheet(file, new ReadLimits(1L << 20, 10, 0.01, 0.001, 1L << 30),
				new ArrayList<>());
		assertThat(finding.rule()).isEqualTo(Rule.F_TOO_LARGE);
		assertThat(finding.detail()).isEqualTo("工作表「毕业生去向」超过 10 行");
	}

	@Test
	void aSheetAtTheRowLimitIsRead() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookFixtures.fillLarge(workbook.createSheet("毕业生去向"), 10);
		Path file = WorkbookFixtures.write(workbook, this.dir.resolve("rows.xlsx"));
		List<RawRow> delivered = new ArrayList<>();
		try (WorkbookReader reader = WorkbookFiles.open(file, new ReadLimits(1L << 20, 10, 0.01, 0.001, 1L << 30))) {
			reader.readSheet(reader.sheets().get(0), delivered::add);
		}
		assertThat(delivered).hasSize(10);
	}

	private WorkbookException readFirstSheet(Path file, ReadLimits limits, List<RawRow> delivered)
			throws WorkbookException, IOException {
		try (WorkbookReader reader = WorkbookFiles.open(file, limits)) {
			return catchThrowableOfType(WorkbookException.class,
					() -> reader.readSheet(reader.sheets().get(0), delivered::add));
		}
	}

	private Path sampleXlsx(String name) throws IOException {
		Workbook workbook = new XSSFWorkbook();
		WorkbookFixtures.fillSample(workbook);
		return WorkbookFixtures.write(workbook, this.dir.resolve(name));
	}

	private static WorkbookException assertFinding(Path file, Rule rule, String detail) {
		WorkbookException finding = catchThrowableOfType(WorkbookException.class,
				() -> WorkbookFixtures.readAll(file, ReadLimits.defaults()));
		assertThat(finding).as("finding for " + file.getFileName()).isNotNull();
		assertThat(finding.rule()).isEqualTo(rule);
		if (detail != null) {
			assertThat(finding.detail()).isEqualTo(detail);
		}
		return finding;
	}

	/** 50 MB of white space between rows: deflates about a thousandfold. */
	private static void writeWhitespaceSheet(OutputStream out) throws IOException {
		out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
			.getBytes(StandardCharsets.US_ASCII));
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		for (int i = 0; i < 50; i++) {
			out.write(spaces);
		}
		out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
	}

	/** About 2 MB that deflates to a ratio between the strict and the loose bound. */
	private static String compressiblePadding() {
		Random random = new Random(7);
		StringBuilder padding = new StringBuilder();
		while (padding.length() < 2 * 1024 * 1024) {
			padding.append(" ".repeat(1000));
			for (int i = 0; i < 2; i++) {
				padding.append((char) ('a' + random.nextInt(26)));
			}
		}
		return padding.toString();
	}

	private static double deflateRatio(String text) {
		byte[] input = text.getBytes(StandardCharsets.US_ASCII);
		Deflater deflater = new Deflater();
		deflater.setInput(input);
		deflater.finish();
		byte[] buffer = new byte[64 * 1024];
		long compressed = 0;
		while (!deflater.finished()) {
			compressed += deflater.deflate(buffer);
		}
		deflater.end();
		return (double) compressed / input.length;
	}

}
