package io.vqr.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;

import io.vqr.normalize.DateValue;
import io.vqr.normalize.IdNumber;
import io.vqr.normalize.IndustryValue;
import io.vqr.normalize.MajorCode;
import io.vqr.standard.CodeEntry;
import io.vqr.standard.FieldDef;
import io.vqr.standard.FieldType;
import io.vqr.standard.ReferenceData;
import io.vqr.standard.SheetDef;
import io.vqr.validation.TypedRowSink;

/**
 * Streams a submission's validated records into the fact tables, one COPY per sheet on
 * the transaction's connection. Typed values become their warehouse form: codes as codes,
 * dates as dates, and ID numbers only as keyed hash, mask and the hash's index key.
 * Nobody else sees the rows before the submission's transaction commits, and they are a
 * school's data only once {@link Publisher} makes the submission current; a rejected
 * submission's rows are deleted before the commit.
 */
public final class FactSink implements TypedRowSink, AutoCloseable {

	private static final HexFormat HEX = HexFormat.of();

	private final Connection connection;

	private final long submissionId;

	/** The ID hashing key, ready to use; one sink serves one thread. */
	private final Mac idHmac;

	private final FactTables tables;

	private SheetDef currentSheet;

	private FactCopyWriter writer;

	public FactSink(Connection connection, long submissionId, byte[] idSecret, FactTables tables) {
		this.connection = connection;
		this.submissionId = submissionId;
		this.idHmac = IdNumber.hmacSha256(idSecret);
		this.tables = tables;
	}

	@Override
	public void row(SheetDef sheet, int excelRow, Map<String, Object> values) {
		try {
			if (sheet != this.currentSheet) {
				closeWriter();
				this.writer = FactCopyWriter.open(this.connection, sheet,
						this.tables.columnTypes(this.connection, sheet));
				this.currentSheet = sheet;
			}
			this.writer.write(columns(sheet, excelRow, values));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot stage rows of submission " + this.submissionId, ex);
		}
	}

	private List<Object> columns(SheetDef sheet, int excelRow, Map<String, Object> values) {
		List<Object> row = new ArrayList<>(sheet.fields().size() + 6);
		row.add(this.submissionId);
		row.add(excelRow);
		for (FieldDef field : sheet.fields()) {
			Object value = values.get(field.key());
			if (field.type() == FieldType.ID_NUMBER) {
				IdNumber id = (IdNumber) value;
				byte[] digest = (id != null) ? id.digest(this.idHmac) : null;
				row.add((digest != null) ? HEX.formatHex(digest) : null);
				row.add((id != null) ? id.masked() : null);
				row.add((digest != null) ? IdNumber.key(digest) : null);
			}
			else {
				row.add(warehouseValue(value));
			}
		}
		return row;
	}

	/** The column value of a typed field value. */
	static Object warehouseValue(Object value) {
		if (value instanceof CodeEntry code) {
			return code.code();
		}
		if (value instanceof MajorCode major) {
			return major.code();
		}
		if (value instanceof DateValue date) {
			return date.date();
		}
		if (value instanceof IndustryValue industry) {
			return industry.section();
		}
		if (value instanceof ReferenceData.Region region) {
			return region.code();
		}
		return value;
	}

	private void closeWriter() {
		if (this.writer != null) {
			try {
				this.writer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.writer = null;
		}
	}

	/**
	 * Ends the COPY under way, so that the connection can run something else (a batch of
	 * findings); the next row starts a new one.
	 */
	public void pause() {
		close();
	}

	/** Ends the last COPY. */
	@Override
	public void close() {
		closeWriter();
		this.currentSheet = null;
	}

}
