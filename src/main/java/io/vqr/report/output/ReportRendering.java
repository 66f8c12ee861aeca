package io.vqr.report.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.vqr.indicators.DataView;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.pdf.DraftStamp;
import io.vqr.report.pdf.PdfReportRenderer;
import io.vqr.report.xlsx.DraftSheets;
import io.vqr.report.xlsx.XlsxReportRenderer;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Renders one report model into its files in the requested formats. Thread-safe: the
 * renderers share fonts and compiled templates across reports and threads.
 */
@Component
@Lazy
public class ReportRendering {

	private final PdfReportRenderer pdf;

	private final XlsxReportRenderer xlsx;

	public ReportRendering(PdfReportRenderer pdf, XlsxReportRenderer xlsx) {
		this.pdf = pdf;
		this.xlsx = xlsx;
	}

	public List<Path> school(SchoolReport report, ReportFiles files, Set<String> formats) throws IOException {
		List<Path> written = new ArrayList<>();
		String code = report.cover().schoolCode();
		String name = report.cover().schoolName();
		if (formats.contains(ReportFiles.PDF)) {
			Path file = files.school(code, name, report.year(), ReportFiles.PDF);
			ReportFiles.write(file, pdf(files, (out) -> this.pdf.renderSchool(report, out)));
			written.add(file);
		}
		if (formats.contains(ReportFiles.XLSX)) {
			Path file = files.school(code, name, report.year(), ReportFiles.XLSX);
			ReportFiles.write(file, workbook(files, (out) -> this.xlsx.renderSchool(report, out)));
			written.add(file);
		}
		return written;
	}

	public List<Path> province(ProvincialReport report, int year, ReportFiles files, Set<String> formats)
			throws IOException {
		List<Path> written = new ArrayList<>();
		String province = report.cover().provinceName();
		if (formats.contains(ReportFiles.PDF)) {
			Path file = files.province(province, year, ReportFiles.PDF);
			ReportFiles.write(file, pdf(files, (out) -> this.pdf.renderProvince(report, out)));
			written.add(file);
		}
		if (formats.contains(ReportFiles.XLSX)) {
			Path file = files.province(province, year, ReportFiles.XLSX);
			ReportFiles.write(file, workbook(files, (out) -> this.xlsx.renderProvince(report, out)));
			written.add(file);
		}
		return written;
	}

	/** The city report (中职地市级年报) of one city. */
	public List<Path> city(CityReport report, ReportFiles files, Set<String> formats) throws IOException {
		List<Path> written = new ArrayList<>();
		if (formats.contains(ReportFiles.PDF)) {
			Path file = files.city(report.cityCode(), report.cityName(), report.year(), ReportFiles.PDF);
			ReportFiles.write(file, pdf(files, (out) -> this.pdf.renderCity(report, out)));
			written.add(file);
		}
		if (formats.contains(ReportFiles.XLSX)) {
			Path file = files.city(report.cityCode(), report.cityName(), report.year(), ReportFiles.XLSX);
			ReportFiles.write(file, workbook(files, (out) -> this.xlsx.renderCity(report, out)));
			written.add(file);
		}
		return written;
	}

	/** A PDF as rendered, or for a draft with the mark on every page. */
	private static ReportFiles.Content pdf(ReportFiles files, ReportFiles.Content content) {
		if (!files.draft()) {
			return content;
		}
		return (out) -> DraftStamp.stamp(bytes(content), DataView.DRAFT_MARK, out);
	}

	/** A workbook as rendered, or for a draft with the mark on every sheet. */
	private static ReportFiles.Content workbook(ReportFiles files, ReportFiles.Content content) {
		if (!files.draft()) {
			return content;
		}
		return (out) -> DraftSheets.mark(new ByteArrayInputStream(bytes(content)), DataView.DRAFT_MARK, out);
	}

	private static byte[] bytes(ReportFiles.Content content) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
		content.writeTo(buffer);
		return buffer.toByteArray();
	}

}
