package io.vqr.report;

import java.nio.file.Path;
import java.util.Map;

import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.report.export.IndicatorExport;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The report beans wire into the application context the commands open. */
class ReportBeansTest {

	@Test
	void builderAndExportAreBeans(@TempDir Path dataDir) throws Exception {
		String url = TestDatabase.newDatabase("beans");
		try (Warehouse warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", dataDir), Map.of())) {
			ReportModelBuilder builder = warehouse.bean(ReportModelBuilder.class);
			assertThat(builder.schoolsWithCurrentData(2024)).isEmpty();
			assertThat(builder.province(2024).submissions().total().expected()).isZero();
			assertThat(warehouse.bean(IndicatorExport.class).write(2024, dataDir.resolve("empty.csv"))).isZero();
		}
	}

}
