package io.vqr.warehouse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vqr.ops.MigratedDatabase;
import io.vqr.standard.SheetDef;
import io.vqr.standard.SubmissionStandard;
import io.vqr.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The binary COPY into a migrated warehouse: every column type the fact tables use reads
 * back as written, edge values included, and a value that does not fit its column is
 * refused with the column's name.
 */
class FactCopyWriterTest {

	private static final SheetDef TEACHERS = SubmissionStandard.v1().sheet(SubmissionStandard.TEACHERS);

	private static DataSource dataSource;

	private final FactTables tables = new FactTables();

	@BeforeAll
	static void migrate() {
		dataSource = MigratedDatabase.create("factcopy");
	}

	@Test
	void everyColumnTypeReadsBackAsWritten() throws Exception {
		Map<String, Object> first = teacher(1, 5);
		first.put("name", "王\t小\\明\n（兼）");
		first.put("birth_date", LocalDate.of(1969, 12, 31));
		first.put("training_hours", new BigDecimal("-12.50"));
		first.put("specialty_course", null);
		first.put("degree", null);
		first.put("id_number_key", Long.MIN_VALUE);
		first.put("practice_days", (long) Integer.MAX_VALUE);
		Map<String, Object> second = teacher(1, 6);
		second.put("birth_date", LocalDate.of(2024, 2, 29));
		second.put("training_hours", new BigDecimal("1E+3"));
		second.put("specialty_course", true);
		second.put("dual_qualified", false);
		second.put("id_number_key", Long.MAX_VALUE);
		Map<String, Object> third = teacher(1, 7);
		third.put("training_hours", new BigDecimal("123456789.0123456789"));
		third.put("practice_days", 0L);
		third.put("gender", "");
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (FactCopyWriter writer = FactCopyWriter.open(connection, TEACHERS,
					this.tables.columnTypes(connection, TEACHERS))) {
				writer.write(row(first));
				writer.write(row(second));
				writer.write(row(third));
				assertThat(writer.rows()).isEqualTo(3);
			}
			connection.commit();
		}
		List<String> read = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select submission_id, sheet_row, name, birth_date::text,"
						+ " training_hours::text, specialty_course, dual_qualified, degree, id_number_key,"
						+ " practice_days, id_number_masked, length(id_number_hash), gender"
						+ " from fact_teachers where submission_id = 1 order by sheet_row")) {
			while (rows.next()) {
				List<String> columns = new ArrayList<>();
				for (int i = 1; i <= 13; i++) {
					columns.add(rows.getString(i));
				}
				read.add(String.join("|", columns));
			}
		}
		assertThat(read).containsExactly(
				"1|5|王\t小\\明\n（兼）|1969-12-31|-12.50|null|t|null|-9223372036854775808|2147483647|440101********1234|64|女",
				"1|6|教师6|2024-02-29|1000|t|f|学士|9223372036854775807|30|440101********1234|64|女",
				"1|7|教师7|2000-01-01|123456789.0123456789|f|t|学士|42|0|440101********1234|64|");
	}

	@Test
	void aValueBeyondItsColumnIsRefusedByName() throws Exception {
		Map<String, Object> teacher = teacher(2, 5);
		teacher.put("practice_days", 3_000_000_000L);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (FactCopyWriter writer = FactCopyWriter.open(connection, TEACHERS,
					this.tables.columnTypes(connection, TEACHERS))) {
				assertThatThrownBy(() -> writer.write(row(teacher))).isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("fact_teachers.practice_days")
					.hasMessageContaining("3000000000");
			}
			finally {
				connection.rollback();
			}
		}
	}

	@Test
	void anUnmigratedWarehouseIsNamedAsSuch() throws Exception {
		DataSource empty = TestDatabase.dataSource(TestDatabase.newDatabase("factcopy_empty"));
		try (Connection connection = empty.getConnection()) {
			assertThatThrownBy(() -> this.tables.columnTypes(connection, TEACHERS))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("fact_teachers.submission_id")
				.hasMessageContaining("migrated");
		}
	}

	private static Map<String, Object> teacher(long submission, int row) {
		Map<String, Object> values = new HashMap<>();
		values.put("submission_id", submission);
		values.put("sheet_row", row);
		values.put("staff_no", "T" + row);
		values.put("name", "教师" + row);
		values.put("id_number_hash", "ab".repeat(32));
		values.put("id_number_masked", "440101********1234");
		values.put("id_number_key", 42L);
		values.put("gender", "女");
		values.put("birth_date", LocalDate.of(2000, 1, 1));
		values.put("category", "专任教师");
		values.put("specialty_course", false);
		values.put("dual_qualified", true);
		values.put("title", "讲师");
		values.put("education", "本科");
		values.put("degree", "学士");
		values.put("major_code", "460104");
		values.put("practice_days", 30L);
		values.put("training_hours", new BigDecimal("8.5"));
		return values;
	}

	private static List<Object> row(Map<String, Object> values) {
		List<Object> row = new ArrayList<>();
		for (String column : Columns.of(TEACHERS)) {
			assertThat(values).containsKey(column);
			row.add(values.get(column));
		}
		return row;
	}

}
