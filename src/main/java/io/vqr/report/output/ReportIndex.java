package io.vqr.report.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vqr.indicators.DataView;
import io.vqr.indicators.SchoolScope;
import io.vqr.report.model.ReportCity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code <out>/<year>/reports.json}: which report files exist for whom (school, type,
 * city), so delivery can route them to recipients without parsing file names.
 */
@Component
@Lazy
public class ReportIndex {

	public static final String FILE = "reports.json";

	/** The kind of a city report's entry. */
	public static final String CITY = "city";

	private static final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final JdbcTemplate jdbc;

	public ReportIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One report and its files, paths relative to the year's folder; {@code draft} for a
	 * draft (never delivered).
	 */
	public record Entry(String kind, String schoolCode, String schoolName, String schoolType, String cityCode,
			List<String> files, boolean draft) {
	}

	/** The official reports' index. */
	public Path write(int year, ReportFiles files, Set<String> formats, String provinceName) throws IOException {
		return write(year, files, formats, provinceName, DataView.OFFICIAL);
	}

	/**
	 * The index of the reports of the view's files, in {@link ReportFiles#yearDir()} (the
	 * draft folder for drafts).
	 */
	public Path write(int year, ReportFiles files, Set<String> formats, String provinceName, DataView view)
			throws IOException {
		return write(year, files, formats, provinceName, view, List.of());
	}

	/**
	 * The same with the city reports (中职地市级年报) of {@code cities}: entries of kind
	 * {@code city}, named by the city, with its 4-digit prefix as {@code cityCode} and
	 * the 办学类型 they cover as {@code schoolType}.
	 */
	public Path write(int year, ReportFiles files, Set<String> formats, String provinceName, DataView view,
			List<ReportCity> cities) throws IOException {
		List<Entry> entries = new ArrayList<>();
		boolean draft = view.isDraft();
		this.jdbc.query("""
				select p.school_code, p.school_name, p.school_type, coalesce(r.city_code, p.region_code) city_code
				  from %s c
				  join fact_profile p on p.submission_id = c.submission_id
				  left join dim_region r on r.region_code = p.region_code
				 where c.year = ? order by p.school_code
				""".formatted(view.relation()), (row) -> {
			String code = row.getString(1).trim();
			String name = row.getString(2);
			List<String> present = existing(files, formats, (format) -> files.school(code, name, year, format));
			if (!present.isEmpty()) {
				entries.add(new Entry("school", code, name, row.getString(3), row.getString(4), present, draft));
			}
		}, year);
		if (provinceName != null) {
			List<String> present = existing(files, formats, (format) -> files.province(provinceName, year, format));
			if (!present.isEmpty()) {
				entries.add(new Entry("province", null, provinceName, null, null, present, draft));
			}
		}
		String cityType = String.join("、", SchoolScope.secondary().schoolTypes());
		for (ReportCity city : cities) {
			List<String> present = existing(files, formats,
					(format) -> files.city(city.prefix(), city.cityName(), year, format));
			if (!present.isEmpty()) {
				entries.add(new Entry(CITY, null, city.cityName(), cityType, city.prefix(), present, draft));
			}
		}
		Path index = files.yearDir().resolve(FILE);
		Files.createDirectories(files.yearDir());
		ReportFiles.write(index, (out) -> json.writeValue(out, entries));
		return index;
	}

	private static List<String> existing(ReportFiles files, Set<String> formats,
			java.util.function.Function<String, Path> pathOf) {
		List<String> present = new ArrayList<>();
		for (String format : formats) {
			Path file = pathOf.apply(format);
			if (Files.exists(file)) {
				present.add(files.yearDir().relativize(file).toString());
			}
		}
		return present;
	}

}
