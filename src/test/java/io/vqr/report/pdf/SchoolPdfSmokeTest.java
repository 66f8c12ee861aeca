package io.vqr.report.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vqr.report.TemplateFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the sample reports to {@code target/pdf-samples} for a person to look at.
 */
class SchoolPdfSmokeTest {

	@Test
	void writesSamplePdfs() throws Exception {
		PdfReportRenderer renderer = new PdfReportRenderer(new TemplateFiles(null, Path.of("templates")));
		Path dir = Path.of("target/pdf-samples");
		Files.createDirectories(dir);
		try (OutputStream out = Files.newOutputStream(dir.resolve("school.pdf"))) {
			renderer.renderSchool(SampleReports.school(60), out);
		}
		try (OutputStream out = Files.newOutputStream(dir.resolve("province.pdf"))) {
			renderer.renderProvince(SampleReports.province(120), out);
		}
		for (String name : new String[] { "school.pdf", "province.pdf" }) {
			try (PDDocument pdf = Loader.loadPDF(dir.resolve(name).toFile())) {
				assertThat(pdf.getNumberOfPages()).as(name).isGreaterThan(3);
			}
		}
	}

}
