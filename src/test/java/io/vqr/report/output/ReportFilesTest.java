package io.vqr.report.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, case 3: a school's name is whatever its workbook says, and a name of about
 * 100 Chinese characters made a report file name of over 300 bytes, which failed the
 * report job and left the other schools of its worker unrendered.
 */
class ReportFilesTest {

	private static final String LONG_NAME = "广东省某某市某某区人民政府与某某集团有限公司联合举办的" + "现代信息技术与智能制造产教融合示范性职业技术学院".repeat(3)
			+ "（筹）";

	@TempDir
	Path dir;

	@Test
	void aSchoolWithAHundredCharacterNameGetsItsReportsWritten() throws Exception {
		assertThat(LONG_NAME.length()).isGreaterThanOrEqualTo(100);
		ReportFiles files = new ReportFiles(this.dir, 2024);

		for (String format : ReportFiles.FORMATS) {
			Path target = files.school("4401012345", LONG_NAME, 2024, format);
			ReportFiles.write(target, (out) -> out.write("报告".getBytes(StandardCharsets.UTF_8)));

			assertThat(target).isRegularFile().hasParent(this.dir.resolve("2024/schools"));
			assertThat(target.getFileName().toString()).startsWith("4401012345_广东省某某市")
				.endsWith("_2024年度质量报告." + format);
		}
		try (var written = Files.list(this.dir.resolve("2024/schools"))) {
			assertThat(written).hasSize(2);
		}
	}

	@Test
	void twoLongNamesThatStartAlikeGetTwoFiles() {
		ReportFiles files = new ReportFiles(this.dir, 2024);

		assertThat(files.province(LONG_NAME, 2024, ReportFiles.PDF))
			.isNotEqualTo(files.province(LONG_NAME + "分院", 2024, ReportFiles.PDF));
	}

	@Test
	void aNameCannotLeaveTheReportsFolder() {
		Path target = new ReportFiles(this.dir, 2024).school("4401012345", "../../../../tmp/x", 2024, ReportFiles.PDF);

		assertThat(target.getParent()).isEqualTo(this.dir.resolve("2024/schools"));
		assertThat(target.normalize()).isEqualTo(target);
	}

	@Test
	void shortNamesAreKeptAsTheyWere() {
		assertThat(new ReportFiles(this.dir, 2024).school("4401012345", "某某职业学校", 2024, ReportFiles.XLSX).getFileName())
			.hasToString("4401012345_某某职业学校_2024年度质量报告.xlsx");
	}

}
