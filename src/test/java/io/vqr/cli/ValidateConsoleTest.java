package io.vqr.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.sample.Form;
import io.vqr.sample.SampleSchool;
import io.vqr.sample.SampleSchools;
import io.vqr.sample.SubmissionWriter;
import io.vqr.test.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, cases 13 and deliverable 5: what {@code validate} prints in a terminal, run
 * as a school runs it (its own JVM, the real logging set-up): Chinese, errors before
 * anything else, and no library's own lines.
 */
class ValidateConsoleTest {

	private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{4,}");

	@TempDir
	Path dir;

	@Test
	void errorsComeFirstAndNothingOfTheConsoleIsEnglish() throws Exception {
		SampleSchool school = SampleSchools.generate(5, 2, 2024, 0.1);
		Path good = this.dir.resolve(school.code() + "_2024.xlsx");
		new SubmissionWriter().write(school, Form.CLEAN_XLSX, good);
		Path noisy = this.dir.resolve("附表很多.xlsx");
		try (InputStream in = Files.newInputStream(good); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (int i = 1; i <= 25; i++) {
				workbook.createSheet("附表" + i).createRow(0).createCell(0).setCellValue("说明");
				workbook.setSheetOrder("附表" + i, i - 1);
			}
			Sheet teachers = workbook.getSheet("教师");
			Row header = teachers.getRow(0);
			int genderColumn = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if ("性别".equals(header.getCell(c).getStringCellValue().strip())) {
					genderColumn = c;
				}
			}
			assertThat(genderColumn).isNotNegative();
			// A new cell: POI would keep an inline string's old text beside a new value.
			Row first = teachers.getRow(1);
			first.removeCell(first.getCell(genderColumn));
			first.createCell(genderColumn).setCellValue("未知");
			try (OutputStream out = Files.newOutputStream(noisy)) {
				workbook.write(out);
			}

		}

		List<String> console = validate(noisy.toString(), good.toString());

		int errorLine = indexOf(console, "[错误 R-CODE]");
		int firstInfo = indexOf(console, "[提示 I-EXTRA-SHEET]");
		assertThat(errorLine).as(String.join("\n", console)).isNotNegative();
		assertThat(firstInfo).isGreaterThan(errorLine);
		assertThat(console).anyMatch((line) -> line.matches("  … 另有 \\d+ 条（提示 \\d+ 条），全部列在反馈工作簿中"));
		assertThat(console).anyMatch((line) -> line.startsWith("  反馈工作簿："));
		assertThat(console).anyMatch((line) -> line.startsWith(good.getFileName() + ": 已通过"));
		assertNoEnglish(console);
	}

	@Test
	void poisEnglishErrorsAboutABrokenXlsStayOffTheConsole() throws Exception {
		Path xls = this.dir.resolve("字符串表不足.xls");
		SampleSchool school = SampleSchools.generate(5, 3, 2024, 0.1);
		new SubmissionWriter().write(school, Form.CLEAN_XLS, xls);
		claimMoreSharedStrings(xls, 40);
		Path good = this.dir.resolve(school.code() + "_2024.xlsx");
		new SubmissionWriter().write(school, Form.CLEAN_XLSX, good);

		List<String> console = validate(xls.toString(), good.toString());

		assertThat(console).anyMatch((line) -> line.startsWith("字符串表不足.xls: "));
		assertThat(console).anyMatch((line) -> line.startsWith(good.getFileName() + ": 已通过"));
		assertNoEnglish(console);
	}

	private List<String> validate(String... files) throws Exception {
		String[] arguments = new String[files.length + 5];
		arguments[0] = "validate";
		arguments[1] = "--year";
		arguments[2] = "2024";
		arguments[3] = "--feedback";
		arguments[4] = this.dir.resolve("feedback").toString();
		System.arraycopy(files, 0, arguments, 5, files.length);
		ChildProcess validate = ChildProcess.start(this.dir, Map.of(), arguments);
		assertThat(validate.waitForExit(5)).as(String.join("\n", validate.output())).isZero();
		return validate.output();
	}

	/**
	 * What a person reads may name rule ids and files, and nothing else in Latin letters.
	 */
	private static void assertNoEnglish(List<String> console) {
		for (String line : console) {
			String words = line.replaceAll("[A-Z]-[A-Z-]+", "")
				.replaceAll("\\S*\\.(xlsx|xls)\\b", "")
				.replaceAll("/\\S*", "")
				.replace("--feedback", "");
			assertThat(LATIN_WORDS.matcher(words).find()).as("English on the console: " + line).isFalse();
		}
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Raises the unique-string count of the workbook's SST record: POI's reader then runs
	 * out of strings and says so, in English, once per missing string.
	 */
	private static void claimMoreSharedStrings(Path xls, int more) throws Exception {
		byte[] stream;
		try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true);
				DocumentInputStream in = fs.createDocumentInputStream("Workbook")) {
			stream = in.readAllBytes();
		}
		ByteBuffer records = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
		int at = 0;
		while (records.getShort(at) != 0x00FC) {
			at += 4 + (records.getShort(at + 2) & 0xFFFF);
		}
		records.putInt(at + 8, records.getInt(at + 8) + more);
		try (POIFSFileSystem fs = new POIFSFileSystem();
				OutputStream out = Files.newOutputStream(xls.resolveSibling("x.tmp"))) {
			fs.createDocument(new java.io.ByteArrayInputStream(stream), "Workbook");
			fs.writeFilesystem(out);
		}
		Files.move(xls.resolveSibling("x.tmp"), xls, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}
