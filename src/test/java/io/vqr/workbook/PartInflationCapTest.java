package io.vqr.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.standard.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 20, case 12: style and media parts get a looser compression ratio than the rest,
 * so an absolute cap on what they inflate to is what stops a small file from costing
 * minutes of CPU before it is accepted.
 */
class PartInflationCapTest {

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@TempDir
	Path dir;

	@Test
	void stylesThatPassTheLooseRatioButInflatePastTheCapAreTooLarge() throws Exception {
		Path file = WorkbookFixtures.replaceEntry(sample(), this.dir.resolve("styles.xlsx"), "xl/styles.xml",
				(out) -> writeCompressiblePadding(out, "<styleSheet xmlns=\"" + MAIN_NS + "\"><!--",
						"--></styleSheet>"));
		assertThat(Files.size(file)).isLessThan(1024 * 1024);

		WorkbookException finding = finding(file);

		assertThat(finding.rule()).isEqualTo(Rule.F_TOO_LARGE);
		assertThat(finding.detail()).isEqualTo("文件中的部件 xl/styles.xml 解压后超过 64 MB");
	}

	@Test
	void aMediaPartThatInflatesPastTheCapIsTooLarge() throws Exception {
		Path file = this.dir.resolve("media.xlsx");
		try (ZipFile zip = new ZipFile(sample().toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				zip.getInputStream(entry).transferTo(out);
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry("xl/media/image1.bmp"));
			writeCompressiblePadding(out, "BM", "");
			out.closeEntry();
		}

		WorkbookException finding = finding(file);

		assertThat(finding.rule()).isEqualTo(Rule.F_TOO_LARGE);
		assertThat(finding.detail()).isEqualTo("文件中的部件 xl/media/image1.bmp 解压后超过 64 MB");
	}

	@Test
	void theCapOfStylesAndMediaIsNeverAboveTheCapOfEveryPart() {
		ReadLimits limits = new ReadLimits(1L << 20, 10, 0.01, 0.001, 1L << 20);
		assertThat(limits.maxStyleOrMediaEntryBytes()).isEqualTo(1L << 20);
		assertThat(ReadLimits.defaults().maxStyleOrMediaEntryBytes()).isEqualTo(64L * 1024 * 1024);
	}

	private static WorkbookException finding(Path file) {
		Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> catchThrowable(() -> WorkbookFixtures.readAll(file, ReadLimits.defaults())));
		assertThat(thrown).isInstanceOf(WorkbookException.class);
		return (WorkbookException) thrown;
	}

	/**
	 * 80 MB of blanks with two letters in every thousand bytes: deflates about 400:1,
	 * between the strict and the loose ratio.
	 */
	private static void writeCompressiblePadding(OutputStream out, String head, String tail) throws IOException {
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		Random random = new Random(7);
		byte[] block = new byte[1002];
		Arrays.fill(block, (byte) ' ');
		for (int i = 0; i < 80 * 1024; i++) {
			block[1000] = (byte) ('a' + random.nextInt(26));
			block[1001] = (byte) ('a' + random.nextInt(26));
			out.write(block);
		}
		out.write(tail.getBytes(StandardCharsets.US_ASCII));
	}

	private Path sample() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("基本信息").createRow(0).createCell(0).setCellValue("学校代码");
		return WorkbookFixtures.write(workbook, this.dir.resolve("plain.xlsx"));
	}

}
