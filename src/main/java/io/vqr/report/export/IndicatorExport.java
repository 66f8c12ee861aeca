package io.vqr.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vqr.indicators.DataView;
import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorRepository;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolInfo;
import io.vqr.report.model.IndicatorValue;
import io.vqr.report.output.ReportFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The {@code export} command's file: every indicator of every school with a file of the
 * view in a year.
 * <p>
 * CSV, long format: the contract's columns
 * {@code year,school_code,school_name,indicator,value,numerator,denominator}, then
 * {@code indicator_name} (Chinese) and {@code unit}, and for a draft
 * {@code review_state}; UTF-8 with a BOM so that Excel opens it. Rates are fractions
 * (0.965, unit {@value #RATE_UNIT}); an empty value (a denominator of 0) is an empty
 * cell, never 0. Numbers are plain (no exponent), at most six decimals. Or a workbook for
 * people ({@link ExportWorkbook}). Text from a school's file never starts a formula
 * ({@link SpreadsheetText}).
 */
@Component
@Lazy
public class IndicatorExport {

	/** The header of the official CSV: the contract's columns, then name and unit. */
	public static final String[] HEADER = { "year", "school_code", "school_name", "indicator", "value", "numerator",
			"denominator", "indicator_name", "unit" };

	/** The column a draft adds: the school-year's review state. */
	public static final String REVIEW_STATE = "review_state";

	/** The unit of a rate in the CSV, where it is a fraction of 1. */
	public static final String RATE_UNIT = "比例（小数）";

	private static final int DECIMALS = 6;

	private final JdbcTemplate jdbc;

	public IndicatorExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the year's official indicators as CSV; returns the number of data rows. */
	public int write(int year, Path out) {
		return write(year, out, DataView.OFFICIAL, ExportFormat.CSV);
	}

	/**
	 * Writes the year's indicators over the view's files to {@code out} (written whole or
	 * not at all); returns the number of data rows.
	 */
	public int write(int year, Path out, DataView view, ExportFormat format) {
		IndicatorSnapshot snapshot = new IndicatorRepository(this.jdbc, view).load(year);
		Path target = out.toAbsolutePath().normalize();
		int[] rows = new int[1];
		try {
			ReportFiles.write(target, (stream) -> rows[0] = switch (format) {
				case CSV -> writeCsv(snapshot, stream);
				case XLSX -> ExportWorkbook.write(snapshot, stream);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target, ex);
		}
		return rows[0];
	}

	private static int writeCsv(IndicatorSnapshot snapshot, OutputStream stream) throws IOException {
		Writer writer = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
		int rows = write(snapshot, writer);
		writer.flush();
		return rows;
	}

	/** Writes a snapshot's indicators as CSV, BOM first. */
	public static int write(IndicatorSnapshot snapshot, Writer writer) throws IOException {
		writer.write('\uFEFF');
		boolean draft = snapshot.view().isDraft();
		List<String> header = new ArrayList<>(List.of(HEADER));
		if (draft) {
			header.add(REVIEW_STATE);
		}
		int rows = 0;
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
		for (SchoolInfo school : snapshot.schools().values()) {
			for (Indicator indicator : IndicatorCatalog.forYear(snapshot.year())) {
				IndicatorValue value = snapshot.value(school.schoolCode(), indicator);
				List<String> record = new ArrayList<>(List.of(Integer.toString(snapshot.year()), school.schoolCode(),
						SpreadsheetText.forCsv(school.schoolName()), indicator.code(), plain(value.value()),
						plain(value.numerator()), plain(value.denominator()), indicator.title(), csvUnit(indicator)));
				if (draft) {
					record.add(school.reviewState().name());
				}
				printer.printRecord(record);
				rows++;
			}
		}
		printer.flush();
		return rows;
	}

	/** The unit in the CSV: a rate's value is a fraction, not a percentage. */
	static String csvUnit(Indicator indicator) {
		return indicator.isRate() ? RATE_UNIT : indicator.unit();
	}

	private static String plain(Double number) {
		if (number == null) {
			return "";
		}
		return BigDecimal.valueOf(number).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
