package io.vqr.report.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.vqr.indicators.IndicatorCatalog;
import io.vqr.indicators.ProvinceFixture;
import io.vqr.indicators.WarehouseFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.vqr.indicators.ProvinceFixture.S1;
import static io.vqr.indicators.ProvinceFixture.S2;
import static io.vqr.indicators.ProvinceFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

class IndicatorExportTest {

	@TempDir
	static Path dir;

	private static Path file;

	private static int rows;

	@BeforeAll
	static void export() {
		WarehouseFixture db = ProvinceFixture.create("export");
		file = dir.resolve("out/indicators-2024.csv");
		rows = new IndicatorExport(db.jdbc).write(YEAR, file);
	}

	@Test
	void utf8WithBomAndTheHeader() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text.substring(1))
			.startsWith("year,school_code,school_name,indicator,value,numerator,denominator,indicator_name,unit\r\n");
	}

	@Test
	void everySchoolTimesEveryIndicator() throws IOException {
		List<CSVRecord> records = read();
		assertThat(rows).isEqualTo(3 * IndicatorCatalog.forYear(YEAR).size());
		assertThat(records).hasSize(rows);
		CSVRecord placement = find(records, S1, "placement_rate");
		assertThat(placement.get("year")).isEqualTo("2024");
		assertThat(placement.get("school_name")).isEqualTo("广州示范职业技术学校");
		assertThat(placement.get("value")).isEqualTo("0.8");
		assertThat(placement.get("numerator")).isEqualTo("8");
		assertThat(placement.get("denominator")).isEqualTo("10");
		assertThat(find(records, S1, "equipment_per_student").get("numerator")).isEqualTo("1200000");
		assertThat(find(records, S1, "plan_completion_rate").get("value")).isEqualTo("0.933333");
	}

	@Test
	void anEmptyValueIsAnEmptyCellNotZero() throws IOException {
		CSVRecord dual = find(read(), S2, "dual_qualified_rate");
		assertThat(dual.get("value")).isEmpty();
		assertThat(dual.get("numerator")).isEqualTo("0");
		assertThat(dual.get("denominator")).isEqualTo("0");
		CSVRecord funding = find(read(), S2, "funding_per_student");
		assertThat(funding.get("value")).isEmpty();
		assertThat(funding.get("numerator")).isEmpty();
	}

	private static List<CSVRecord> read() throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			reader.skip(1);
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static CSVRecord find(List<CSVRecord> records, String school, String indicator) {
		return records.stream()
			.filter((r) -> r.get("school_code").equals(school) && r.get("indicator").equals(indicator))
			.findFirst()
			.orElseThrow();
	}

}
