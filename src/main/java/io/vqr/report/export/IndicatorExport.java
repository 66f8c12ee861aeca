package io.vqr.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vqr.indicators.Indicator;
import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.IndicatorRepository;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolInfo;
import io.vqr.report.model.IndicatorValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The {@code export} command's file: every indicator of every school with current data in
 * a year, long format
 * {@code year,school_code,school_name,indicator,value,numerator,denominator}, UTF-8 with
 * a BOM so that Excel opens it. Rates are fractions (0.965); an empty value (a
 * denominator of 0) is an empty cell, never 0. Numbers are plain (no exponent), at most
 * six decimals.
 */
@Component
@Lazy
public class IndicatorExport {

	/** The header, as reports-and-commands.md gives it. */
	public static final String[] HEADER = { "year", "school_code", "school_name", "indicator", "value", "numerator",
			"denominator" };

	private static final int DECIMALS = 6;

	private final IndicatorRepository repository;

	public IndicatorExport(JdbcTemplate jdbc) {
		this.repository = new IndicatorRepository(jdbc);
	}

	/** Writes the year's indicators to {@code out}; returns the number of data rows. */
	public int write(int year, Path out) {
		IndicatorSnapshot snapshot = this.repository.load(year);
		Path parent = out.toAbsolutePath().getParent();
		try {
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
				return write(snapshot, writer);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + out, ex);
		}
	}

	/** Writes a snapshot's indicators, BOM first. */
	public static int write(IndicatorSnapshot snapshot, Writer writer) throws IOException {
		writer.write('\uFEFF');
		int rows = 0;
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
		for (SchoolInfo school : snapshot.schools().values()) {
			for (Indicator indicator : IndicatorCatalog.all()) {
				IndicatorValue value = snapshot.value(school.schoolCode(), indicator);
				printer.printRecord(snapshot.year(), school.schoolCode(), school.schoolName(), indicator.code(),
						plain(value.value()), plain(value.numerator()), plain(value.denominator()));
				rows++;
			}
		}
		printer.flush();
		return rows;
	}

	private static String plain(Double number) {
		if (number == null) {
			return "";
		}
		return BigDecimal.valueOf(number).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
