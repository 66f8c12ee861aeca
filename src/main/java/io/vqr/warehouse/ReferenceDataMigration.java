package io.vqr.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.vqr.standard.ReferenceData;
import io.vqr.standard.ReferenceData.Industry;
import io.vqr.standard.ReferenceData.Major;
import io.vqr.standard.ReferenceData.Region;

import org.springframework.stereotype.Component;

/**
 * Repeatable Flyway migration that (re)loads the reference dimensions from the shipped
 * CSVs. Its checksum is the CSVs' digest, so Flyway runs it again exactly when a code
 * list changes (a new major catalog edition, a new division code list).
 */
@Component
public class ReferenceDataMigration implements JavaMigration {

	private static final List<String> FILES = List.of("majors-2021.csv", "regions.csv", "industries.csv");

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "reference data";
	}

	@Override
	public Integer getChecksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : FILES) {
				try (InputStream in = ReferenceData.open(file)) {
					digest.update(in.readAllBytes());
				}
			}
			byte[] hash = digest.digest();
			return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot read the reference data", ex);
		}
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		ReferenceData data = ReferenceData.get();
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("truncate dim_major_catalog, dim_region, dim_industry");
		}
		CopyManager copy = context.getConnection().unwrap(PGConnection.class).getCopyAPI();
		copy(copy, "dim_major_catalog", data.majors(), (Major m) -> row(m.edition(), m.level(), m.code(), m.name(),
				m.categoryCode(), m.categoryName(), m.divisionCode(), m.divisionName()));
		copy(copy, "dim_region", data.regions(), (Region r) -> row(r.code(), r.name(), r.level(),
				r.parentCode().isEmpty() ? null : r.parentCode(), r.provinceCode(), cityOf(data, r)));
		copy(copy, "dim_industry", data.industries(), (Industry i) -> row(i.code(), i.name(), i.level(),
				i.parentCode().isEmpty() ? null : i.parentCode(), data.sectionOf(i.code()).orElseThrow().code()));
	}

	private static String cityOf(ReferenceData data, Region region) {
		return switch (region.level()) {
			case "city" -> region.code();
			case "county" -> region.parentCode();
			default -> null;
		};
	}

	private static <T> void copy(CopyManager copy, String table, Iterable<T> rows, Function<T, String> format)
			throws Exception {
		StringBuilder text = new StringBuilder();
		for (T row : rows) {
			text.append(format.apply(row)).append('\n');
		}
		copy.copyIn("copy " + table + " from stdin (format text)", new StringReader(text.toString()));
	}

	private static String row(String... values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			line.append(CopyText.escape(values[i]));
		}
		return line.toString();
	}

}
