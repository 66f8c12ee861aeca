package io.vqr.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.ops.status.SchoolState;
import io.vqr.ops.status.StatusQuery;
import io.vqr.ops.status.StatusReport;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code status} while {@code schedule} owns the embedded database folder: the shared
 * warehouse reads the running server, and cannot write to it.
 */
class SharedWarehouseTest {

	@Test
	void readsTheDatabaseAnotherWarehouseOwnsAndCannotWrite(@TempDir Path dataDir) throws Exception {
		try (Warehouse owner = Warehouse.open(DatabaseOptions.embedded(dataDir), Map.of())) {
			JdbcTemplate ownerJdbc = owner.bean(JdbcTemplate.class);
			ownerJdbc.update("insert into school_roster (year, school_code, school_name, school_type, region_code)"
					+ " values (2024, '4144000001', '甲校', '中等职业学校', '440106')");
			assertThatThrownBy(() -> Warehouse.open(DatabaseOptions.embedded(dataDir), Map.of()))
				.isInstanceOf(DatabaseBusyException.class);

			try (Warehouse shared = Warehouse.openShared(DatabaseOptions.embedded(dataDir), Map.of())) {
				StatusReport report = shared.bean(StatusQuery.class).status(2024, List.of());
				assertThat(report.schools()).singleElement().satisfies((school) -> {
					assertThat(school.schoolName()).isEqualTo("甲校");
					assertThat(school.state()).isEqualTo(SchoolState.NOT_SUBMITTED);
				});
				JdbcTemplate sharedJdbc = shared.bean(JdbcTemplate.class);
				assertThatThrownBy(() -> sharedJdbc.update("delete from school_roster"))
					.hasMessageContaining("read-only transaction");

				ownerJdbc.update("insert into school_roster (year, school_code, school_name)"
						+ " values (2024, '4144000002', '乙校')");
				assertThat(shared.bean(StatusQuery.class).status(2024, List.of()).schools())
					.as("the owner keeps writing; the reader sees it")
					.hasSize(2);
			}
			assertThat(ownerJdbc.queryForObject("select count(*) from school_roster", Integer.class)).isEqualTo(2);
		}
	}

}
