package io.vqr.report.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vqr.report.TemplateFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data office's edited {@code workbook.yaml} from before the city reports has no
 * {@code city:} section: the city workbook then takes the shipped one, and the edited
 * school and province sections still count.
 */
class CityWorkbookTemplateTest {

	@TempDir
	Path dir;

	@Test
	void anEditedFileWithoutTheCitySectionKeepsItsEditsAndGetsTheShippedCitySheets() throws IOException {
		String shipped = Files.readString(Path.of("templates/report/workbook.yaml"), StandardCharsets.UTF_8);
		int city = shipped.indexOf("\ncity:");
		assertThat(city).isPositive();
		String edited = shipped.substring(0, city).replace("name: 预警名单", "name: 预警学校");
		Path report = Files.createDirectories(this.dir.resolve("report"));
		Files.writeString(report.resolve("workbook.yaml"), edited, StandardCharsets.UTF_8);

		WorkbookTemplate template = WorkbookTemplate.load(new TemplateFiles(this.dir, this.dir));

		assertThat(template.city().sheets()).extracting(SheetText::key)
			.containsExactly("status", "not_accepted", "indicators", "schools", "warnings");
		assertThat(template.city().checkKeys(CitySheets.KEYS)).isNotNull();
		assertThat(template.province().sheets()).extracting((sheet) -> sheet.name(Placeholders.of(java.util.Map.of())))
			.contains("预警学校");
		assertThat(template.city().sheets()).extracting((sheet) -> sheet.name(Placeholders.of(java.util.Map.of())))
			.contains("预警名单");
	}

}
