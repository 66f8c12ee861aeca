package io.vqr.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.vqr.standard.SheetDef;

/**
 * Streams one sheet's validated rows into its fact table with PostgreSQL COPY, on the
 * caller's connection (and so in its transaction). Memory stays flat: rows are encoded
 * into the COPY stream's buffer as they come.
 */
public final class FactCopyWriter implements AutoCloseable {

	private final PGCopyOutputStream out;

	private final int columnCount;

	private final StringBuilder line = new StringBuilder(256);

	private long rows;

	private FactCopyWriter(PGCopyOutputStream out, int columnCount) {
		this.out = out;
		this.columnCount = columnCount;
	}

	public static FactCopyWriter open(Connection connection, SheetDef sheet) throws SQLException {
		String sql = "copy " + Columns.factTable(sheet) + " (" + Columns.list(sheet) + ") from stdin (format text)";
		PGConnection pg = connection.unwrap(PGConnection.class);
		return new FactCopyWriter(new PGCopyOutputStream(pg, sql, 1 << 16), Columns.of(sheet).size());
	}

	/**
	 * Writes one row: values in {@link Columns#of} order (submission id and sheet row
	 * first). Booleans, dates and numbers are written in PostgreSQL's text forms; null is
	 * NULL.
	 */
	public void write(List<?> values) {
		if (values.size() != this.columnCount) {
			throw new IllegalArgumentException("expected " + this.columnCount + " values, got " + values.size());
		}
		this.line.setLength(0);
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.line.append('\t');
			}
			this.line.append(CopyText.escape(text(values.get(i))));
		}
		this.line.append('\n');
		try {
			this.out.write(this.line.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.rows++;
	}

	private static Object text(Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "t" : "f";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value;
	}

	public long rows() {
		return this.rows;
	}

	/** Ends the COPY; the rows become visible to the transaction. */
	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
