package io.vqr.report.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vqr.report.TemplateFiles;
import org.junit.jupiter.api.Test;

class SchoolPdfSmokeTest {

	@Test
	void writesSamplePdfs() throws Exception {
		PdfReportRenderer renderer = new PdfReportRenderer(new TemplateFiles(null, Path.of("templates")));
		Path dir = Path.of("target/pdf-samples");
		Files.createDirectories(dir);
		try (OutputStream out = Files.newOutputStream(dir.resolve("school.pdf"))) {
			renderer.renderSchool(SampleReports.school(60), out);
		}
	}

}
