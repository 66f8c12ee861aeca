package io.vqr.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;

import io.vqr.report.TemplateFiles;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.ProvincialReport;
import io.vqr.report.model.SchoolReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Renders the Excel versions of the school report and the provincial report: a 目录 sheet
 * with links, then one formatted sheet per table (frozen header, number formats, totals
 * rows as formulas, native charts), laid out by the editable template
 * {@code templates/report/workbook.yaml}.
 *
 * <p>
 * The template is read on first use and kept; one renderer serves any number of reports
 * and may be used from several threads (each workbook is built on its own).
 */
@Component
@Lazy
public class XlsxReportRenderer {

	private final TemplateFiles templateFiles;

	private volatile WorkbookTemplate template;

	@Autowired
	public XlsxReportRenderer(TemplateFiles templateFiles) {
		this.templateFiles = templateFiles;
	}

	/**
	 * A renderer reading templates as configured by the {@code vqr.templates} property.
	 */
	public XlsxReportRenderer() {
		this(TemplateFiles.fromSystemProperty());
	}

	/**
	 * Writes the school report workbook; the stream is left open.
	 * @throws io.vqr.indicators.TemplateFileException when the template is missing an
	 * entry or is not valid
	 */
	public void renderSchool(SchoolReport report, OutputStream out) throws IOException {
		SchoolSheets sheets = new SchoolSheets(template(), report);
		ReportWorkbookWriter.write(template().look(), sheets.cover(), sheets.tables(), out);
	}

	/**
	 * Writes the provincial report workbook; the stream is left open.
	 * @throws io.vqr.indicators.TemplateFileException when the template is missing an
	 * entry or is not valid
	 */
	public void renderProvince(ProvincialReport report, OutputStream out) throws IOException {
		ProvinceSheets sheets = new ProvinceSheets(template(), report);
		ReportWorkbookWriter.write(template().look(), sheets.cover(), sheets.tables(), out);
	}

	/**
	 * Writes the city report workbook (中职地市级年报); the stream is left open.
	 * @throws io.vqr.indicators.TemplateFileException when the template is missing an
	 * entry or is not valid
	 */
	public void renderCity(CityReport report, OutputStream out) throws IOException {
		CitySheets sheets = new CitySheets(template(), report);
		ReportWorkbookWriter.write(template().look(), sheets.cover(), sheets.tables(), out);
	}

	/** Where the template is read from, for logs. */
	public String templateSource() {
		return this.templateFiles.describe(WorkbookTemplate.NAME);
	}

	private WorkbookTemplate template() throws IOException {
		WorkbookTemplate loaded = this.template;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.template;
				if (loaded == null) {
					loaded = WorkbookTemplate.load(this.templateFiles);
					loaded.school().checkKeys(SchoolSheets.KEYS);
					loaded.schoolParts().checkKeys(SchoolSheets.KEYS);
					loaded.province().checkKeys(ProvinceSheets.KEYS);
					loaded.city().checkKeys(CitySheets.KEYS);
					this.template = loaded;
				}
			}
		}
		return loaded;
	}

}
