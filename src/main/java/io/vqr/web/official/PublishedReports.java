package io.vqr.web.official;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vqr.accounts.OfficialScope;
import io.vqr.report.output.ReportIndex;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rendered reports officials may download: each year's {@code reports.json} under the
 * reports folder, filtered by the official's scope. Only files the index lists are ever
 * served, so no path from a request reaches the disk unchecked.
 */
@Component
public class PublishedReports {

	private static final ObjectMapper json = new ObjectMapper();

	private final Path root;

	public PublishedReports(@Value("${vqr.portal.reports-dir:reports}") Path root) {
		this.root = root;
	}

	public Path root() {
		return this.root;
	}

	/** One report and its files (paths relative to the year's folder). */
	public record Report(String kind, String schoolCode, String name, String schoolType, String cityCode,
			List<String> files) {

		public boolean province() {
			return "province".equals(this.kind);
		}

		/** A city's report (中职地市级年报); its cityCode is the city's code prefix. */
		public boolean city() {
			return ReportIndex.CITY.equals(this.kind);
		}

	}

	public List<Integer> years() throws IOException {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> years = Files.list(this.root)) {
			return years.filter((dir) -> dir.getFileName().toString().matches("\\d{4}"))
				.filter((dir) -> Files.isRegularFile(dir.resolve(ReportIndex.FILE)))
				.map((dir) -> Integer.parseInt(dir.getFileName().toString()))
				.sorted(java.util.Comparator.reverseOrder())
				.toList();
		}
	}

	/** The year's reports the scope covers: the provincial one first. */
	public List<Report> reports(int year, OfficialScope scope) throws IOException {
		Path index = this.root.resolve(Integer.toString(year)).resolve(ReportIndex.FILE);
		if (!Files.isRegularFile(index)) {
			return List.of();
		}
		List<Report> reports = new ArrayList<>();
		for (JsonNode entry : json.readTree(index.toFile())) {
			List<String> files = new ArrayList<>();
			entry.path("files").forEach((file) -> files.add(file.asText()));
			Report report = new Report(entry.path("kind").asText(), text(entry, "schoolCode"),
					text(entry, "schoolName"), text(entry, "schoolType"), text(entry, "cityCode"), files);
			boolean covered = report.province() ? scope.province()
					: report.city() ? coversCity(scope, report.cityCode())
							: scope.covers(report.schoolCode(), report.schoolType(), report.cityCode());
			if (covered) {
				reports.add(report);
			}
		}
		reports.sort(java.util.Comparator.comparing((Report report) -> report.province() ? 0 : report.city() ? 1 : 2));
		return reports;
	}

	/**
	 * A city's report is the province's or that city's: in the scope of an official who
	 * reads the provincial report, or whose city prefixes include the city.
	 */
	static boolean coversCity(OfficialScope scope, String cityPrefix) {
		return cityPrefix != null
				&& (scope.province() || scope.cities().stream().anyMatch((prefix) -> cityPrefix.startsWith(prefix)));
	}

	/** A file of a report in the scope, by its path as the index lists it. */
	public Optional<Path> file(int year, String relative, OfficialScope scope) throws IOException {
		for (Report report : reports(year, scope)) {
			if (report.files().contains(relative)) {
				Path file = this.root.resolve(Integer.toString(year)).resolve(relative).normalize();
				if (file.startsWith(this.root.resolve(Integer.toString(year)).normalize())
						&& Files.isRegularFile(file)) {
					return Optional.of(file);
				}
			}
		}
		return Optional.empty();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

}
