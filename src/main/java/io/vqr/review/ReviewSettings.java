package io.vqr.review;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How a year's files go through review: the mode and the 办学类型 a city approves before the
 * province. Stored per year (the job file's {@code review:} section is saved at each
 * run), so the scheduled ingest, a one-off ingest and the portal's uploads treat a year's
 * files alike; a year never configured is {@code required} without a city level.
 */
@Component
public class ReviewSettings {

	/**
	 * @param cityLevelTypes 办学类型 names (as the code list names them)
	 */
	public record Settings(ReviewMode mode, List<String> cityLevelTypes) {

		public static final Settings DEFAULT = new Settings(ReviewMode.REQUIRED, List.of());

		public Settings {
			Objects.requireNonNull(mode, "mode");
			cityLevelTypes = List.copyOf(cityLevelTypes);
		}

	}

	private final JdbcTemplate jdbc;

	public ReviewSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Settings get(int year) {
		return this.jdbc.query("select mode, city_level_types from review_setting where year = ?", (row, index) -> {
			Array types = row.getArray(2);
			return new Settings(ReviewMode.fromCode(row.getString(1)).orElse(ReviewMode.REQUIRED),
					Arrays.asList((String[]) types.getArray()));
		}, year).stream().findFirst().orElse(Settings.DEFAULT);
	}

	public void save(int year, Settings settings) {
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("""
					insert into review_setting (year, mode, city_level_types) values (?, ?, ?)
					on conflict (year) do update set mode = excluded.mode, city_level_types = excluded.city_level_types,
					       updated_at = now()
					""");
			statement.setInt(1, year);
			statement.setString(2, settings.mode().code());
			statement.setArray(3, connection.createArrayOf("text", settings.cityLevelTypes().toArray()));
			return statement;
		});
	}

	/**
	 * The mode of an ingest run: the run's override ({@code ingest --review}) or else the
	 * year's.
	 */
	public ReviewMode modeFor(int year, ReviewMode override) {
		return (override != null) ? override : get(year).mode();
	}

}
