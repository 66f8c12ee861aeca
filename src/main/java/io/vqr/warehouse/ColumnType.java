package io.vqr.warehouse;

/**
 * A fact column's PostgreSQL type, as far as the binary COPY format needs it: each is
 * sent in its own binary form, so the server parses no text for it.
 */
public enum ColumnType {

	SMALLINT, INTEGER, BIGINT, TEXT, NUMERIC, BOOLEAN, DATE;

	/**
	 * @param oid the type's OID ({@code pg_attribute.atttypid})
	 * @param name the column, for the error
	 */
	static ColumnType ofOid(int oid, String name) {
		return switch (oid) {
			case 21 -> SMALLINT;
			case 23 -> INTEGER;
			case 20 -> BIGINT;
			// text, varchar and char(n): all received as text; char(n) is padded and its
			// length checked by the server as for the text format
			case 25, 1043, 1042 -> TEXT;
			case 1700 -> NUMERIC;
			case 16 -> BOOLEAN;
			case 1082 -> DATE;
			default -> throw new IllegalStateException(
					"column " + name + " has a type (OID " + oid + ") the fact loader cannot write");
		};
	}

}
