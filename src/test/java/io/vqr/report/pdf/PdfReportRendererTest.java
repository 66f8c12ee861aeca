package io.vqr.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.vqr.report.TemplateFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportRendererTest {

	private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

	private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	private static PdfReportRenderer renderer;

	@BeforeAll
	static void renderer() {
		renderer = new PdfReportRenderer(new TemplateFiles(null, Path.of("templates")));
	}

	@Test
	void schoolReportHasChaptersNumbersFooterAndOutline() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(school(8))) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(SampleReports.SCHOOL_NAME, "2024年度职业教育质量报告", "一、学校概况", "二、学生发展", "三、教育教学",
					"四、服务贡献", "五、办学条件与政策落实", "六、面临挑战与改进", "附表");
			assertThat(text).contains("96.5%", "+1.2个百分点", "增长3.4%", "12,345", "未达标", "n=24");
			assertThat(text).contains("第 2 页 共 " + pdf.getNumberOfPages() + " 页");
			assertThat(pageText(pdf, 1)).doesNotContain("第 1 页");
			assertThat(outlineTitles(pdf)).contains("一、学校概况", "二、学生发展", "三、教育教学", "四、服务贡献", "五、办学条件与政策落实", "六、面临挑战与改进",
					"附表");
			assertThat(ID_NUMBER.matcher(text).find()).isFalse();
			assertThat(PHONE.matcher(text).find()).isFalse();
		}
	}

	@Test
	void chartsAreVectorTextInTheEmbeddedSubsetFont() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(school(8))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
			});
			// chart labels come out as text, not as images or outlines
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("专任教师职称结构", "正高级", "毕业去向分布");
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getResources().getXObjectNames())
					.allSatisfy((name) -> assertThat(page.getResources().isImageXObject(name)).isFalse());
			}
		}
	}

	@Test
	void longTableRunsOverPagesWithItsHeaderRepeated() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(school(120))) {
			int pagesWithMajorTableHeader = 0;
			int pagesWithMajorRows = 0;
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				String page = pageText(pdf, p);
				if (page.contains("专业名称")) {
					pagesWithMajorTableHeader++;
				}
				if (page.contains("510205")) {
					pagesWithMajorRows++;
				}
			}
			assertThat(pagesWithMajorTableHeader).isGreaterThanOrEqualTo(3);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("专业120（机电一体化技术）");
			assertThat(pagesWithMajorRows).isPositive();
		}
	}

	@Test
	void provincialReportHasItsSections() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.renderProvince(SampleReports.province(120), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("一、总体概况", "二、数据报送情况", "三、全省及各地市、各类型学校指标", "四、学校间差异", "五、学校排名", "六、预警名单",
					"七、毕业生就业去向", "未通过：12个错误", "96.0%", "第 2 页 共 " + pdf.getNumberOfPages() + " 页");
			assertThat(outlineTitles(pdf)).contains("二、数据报送情况", "六、预警名单");
			assertThat(ID_NUMBER.matcher(text).find()).isFalse();
		}
	}

	@Test
	void outputStreamStaysOpenAndRenderingRepeats() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.renderSchool(SampleReports.school(3), out);
		int first = out.size();
		renderer.renderSchool(SampleReports.school(3), out);
		assertThat(out.size()).isGreaterThan(first);
	}

	private static byte[] school(int majors) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.renderSchool(SampleReports.school(majors), out);
		return out.toByteArray();
	}

	private static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private static List<String> outlineTitles(PDDocument pdf) {
		List<String> titles = new ArrayList<>();
		var outline = pdf.getDocumentCatalog().getDocumentOutline();
		if (outline != null) {
			for (PDOutlineItem item : outline.children()) {
				titles.add(item.getTitle());
			}
		}
		return titles;
	}

}
