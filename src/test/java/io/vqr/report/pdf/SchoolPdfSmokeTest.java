package io.vqr.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vqr.report.TemplateFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the sample reports to {@code target/pdf-samples} for a person to look at, and
 * prints how long a school report takes once fonts and templates are warm.
 */
class SchoolPdfSmokeTest {

	@Test
	void writesSamplePdfsAndMeasures() throws Exception {
		PdfReportRenderer renderer = new PdfReportRenderer(new TemplateFiles(null, Path.of("templates")));
		Path dir = Path.of("target/pdf-samples");
		Files.createDirectories(dir);
		long start = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(dir.resolve("school.pdf"))) {
			renderer.renderSchool(SampleReports.school(60), out);
		}
		long cold = System.nanoTime() - start;
		try (OutputStream out = Files.newOutputStream(dir.resolve("province.pdf"))) {
			renderer.renderProvince(SampleReports.province(120), out);
		}
		int runs = 30;
		long bytes = 0;
		start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			renderer.renderSchool(SampleReports.school(25), out);
			bytes += out.size();
		}
		long warm = (System.nanoTime() - start) / runs;
		System.out.printf("school PDF: first %d ms (fonts, templates), then %d ms each, %d KB each%n", cold / 1_000_000,
				warm / 1_000_000, bytes / runs / 1024);
		assertThat(Files.size(dir.resolve("school.pdf"))).isPositive();
	}

}
