package io.vqr.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.vqr.standard.SheetDef;

/**
 * The column types of the fact tables as the warehouse declares them, which the binary
 * COPY must match exactly (an {@code integer} takes 4 bytes, a {@code bigint} 8). Read
 * from the catalogue once per table: Flyway fixes the schema before any ingest starts.
 */
@Component
public class FactTables {

	private final Map<String, List<ColumnType>> typesByTable = new ConcurrentHashMap<>();

	/**
	 * The types of {@link Columns#of} the sheet, in that order. Cached by table and
	 * columns: two standards' definitions of a sheet (v1's and v2's 基本信息) write different
	 * columns of one table.
	 */
	public List<ColumnType> columnTypes(Connection connection, SheetDef sheet) throws SQLException {
		String table = Columns.factTable(sheet);
		String cacheKey = table + "(" + Columns.list(sheet) + ")";
		List<ColumnType> known = this.typesByTable.get(cacheKey);
		if (known != null) {
			return known;
		}
		Map<String, Integer> oids = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("select attname, atttypid from pg_attribute"
				+ " where attrelid = to_regclass(?) and attnum > 0 and not attisdropped")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					oids.put(rows.getString(1), rows.getInt(2));
				}
			}
		}
		List<ColumnType> types = new ArrayList<>();
		for (String column : Columns.of(sheet)) {
			Integer oid = oids.get(column);
			if (oid == null) {
				throw new IllegalStateException("the warehouse has no column " + table + "." + column
						+ ": is its schema migrated to this version of vqr?");
			}
			types.add(ColumnType.ofOid(oid, table + "." + column));
		}
		List<ColumnType> read = List.copyOf(types);
		this.typesByTable.put(cacheKey, read);
		return read;
	}

}
