package io.vqr.report.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.vqr.indicators.ChallengeWriter;
import io.vqr.indicators.DataView;
import io.vqr.indicators.ReportableYears;
import io.vqr.indicators.IndicatorRepository;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.SchoolScope;
import io.vqr.indicators.Thresholds;
import io.vqr.report.TemplateFiles;
import io.vqr.standard.SubmissionStandard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Builds the report models of a year from the files of a {@link DataView}: official (the
 * default) or the drafts under review. The whole year (Y and Y-1, every school) is loaded
 * once by a fixed number of set-based queries into an {@link IndicatorSnapshot}, cached
 * while the current data does not change, and every school report is then assembled in
 * memory; thresholds and challenge sentences come from the editable templates.
 */
@Component
@Lazy
public class ReportModelBuilder {

	private final JdbcTemplate jdbc;

	private final Map<DataView, IndicatorRepository> repositories = new EnumMap<>(DataView.class);

	private final TemplateFiles templates;

	private final Clock clock;

	private final Map<DataView, Cached> cached = new EnumMap<>(DataView.class);

	/** The same over the 中职 schools only, for the city reports. */
	private final Map<DataView, IndicatorRepository> secondaryRepositories = new EnumMap<>(DataView.class);

	private final Map<DataView, Cached> secondaryCached = new EnumMap<>(DataView.class);

	private final SchoolScope secondary = SchoolScope.secondary();

	@Autowired
	public ReportModelBuilder(JdbcTemplate jdbc, TemplateFiles templates) {
		this(jdbc, templates, Clock.systemDefaultZone());
	}

	/**
	 * Outside Spring: templates as configured by the system property
	 * {@code vqr.templates}.
	 */
	public ReportModelBuilder(JdbcTemplate jdbc) {
		this(jdbc, TemplateFiles.fromSystemProperty(), Clock.systemDefaultZone());
	}

	public ReportModelBuilder(JdbcTemplate jdbc, TemplateFiles templates, Clock clock) {
		this.jdbc = jdbc;
		for (DataView view : DataView.values()) {
			this.repositories.put(view, new IndicatorRepository(jdbc, view));
			this.secondaryRepositories.put(view, new IndicatorRepository(jdbc, view, this.secondary));
		}
		this.templates = templates;
		this.clock = clock;
	}

	/** The official school report of a school with an official file in the year. */
	public SchoolReport school(int year, String schoolCode) {
		return school(year, schoolCode, DataView.OFFICIAL);
	}

	/** The school report of a school with a file of the view in the year. */
	public SchoolReport school(int year, String schoolCode, DataView view) {
		Cached data = load(year, view);
		String code = schoolCode.trim();
		List<CaseStudy> cases = (data.outline != null) ? new SchoolCasesQuery(this.jdbc).cases(view, year, code)
				: List.of();
		return new SchoolReportAssembler(data.snapshot, data.thresholds, data.challenges, LocalDate.now(this.clock),
				data.outline)
			.build(code, cases);
	}

	/** Codes of the schools with an official file in the year, in code order. */
	public List<String> schoolsWithCurrentData(int year) {
		return schoolsWithData(year, DataView.OFFICIAL);
	}

	/** Codes of the schools with a file of the view in the year, in code order. */
	public List<String> schoolsWithData(int year, DataView view) {
		return this.repositories.get(view).schoolsWithCurrentData(year);
	}

	/** The official provincial report of the year. */
	public ProvincialReport province(int year) {
		return province(year, DataView.OFFICIAL);
	}

	/**
	 * The provincial report of the year over the files of the view. Without any such file
	 * it has the submission status only ({@link ProvincialReport#figuresAvailable()} is
	 * false), and still names the province.
	 */
	public ProvincialReport province(int year, DataView view) {
		Cached data = load(year, view);
		return new ProvincialReportAssembler(data.snapshot, data.thresholds, LocalDate.now(this.clock),
				() -> new ReportableYears(this.jdbc).provinceName(year))
			.build(new SubmissionStatusQuery(this.jdbc).expected(year));
	}

	/**
	 * The cities that get a city report: those with an expected 中职 school in the year
	 * (known from earlier years, the roster or a file of the year), by code, whether or
	 * not any of their schools has figures of the view yet.
	 */
	public List<ReportCity> cities(int year, DataView view) {
		Cached data = load(year, view, this.secondaryRepositories, this.secondaryCached);
		return cityAssembler(year, data).cities(new SubmissionStatusQuery(this.jdbc).expected(year));
	}

	/**
	 * The city report (中职地市级年报) of one city over the files of the view: the status of its
	 * 中职 schools and, for those with figures, its pooled values beside the province's 中职
	 * values.
	 */
	public CityReport city(int year, ReportCity city, DataView view) {
		Cached data = load(year, view, this.secondaryRepositories, this.secondaryCached);
		return cityAssembler(year, data).build(city, new SubmissionStatusQuery(this.jdbc).expected(year));
	}

	/** Every city report of the year, for the report job (one status query for all). */
	public List<CityReport> cities(int year, List<ReportCity> cities, DataView view) {
		Cached data = load(year, view, this.secondaryRepositories, this.secondaryCached);
		var expected = new SubmissionStatusQuery(this.jdbc).expected(year);
		CityReportAssembler assembler = cityAssembler(year, data);
		return cities.stream().map((city) -> assembler.build(city, expected)).toList();
	}

	private CityReportAssembler cityAssembler(int year, Cached data) {
		return new CityReportAssembler(data.snapshot, this.secondary, data.thresholds, LocalDate.now(this.clock),
				() -> new ReportableYears(this.jdbc).provinceName(year));
	}

	/** Every official indicator of the year for every school, as the reports see them. */
	public IndicatorSnapshot snapshot(int year) {
		return snapshot(year, DataView.OFFICIAL);
	}

	/** Every indicator of the year over the files of the view. */
	public IndicatorSnapshot snapshot(int year, DataView view) {
		return load(year, view).snapshot;
	}

	private Cached load(int year, DataView view) {
		return load(year, view, this.repositories, this.cached);
	}

	private synchronized Cached load(int year, DataView view, Map<DataView, IndicatorRepository> repositories,
			Map<DataView, Cached> cache) {
		IndicatorRepository repository = repositories.get(view);
		String fingerprint = repository.fingerprint(year);
		Cached data = cache.get(view);
		if (data == null || data.year != year || !data.fingerprint.equals(fingerprint)) {
			// the v2 outline is read only for a year that is reported in it
			ReportOutline outline = (SubmissionStandard.forYear(year) != SubmissionStandard.v1())
					? ReportOutline.load(this.templates) : null;
			data = new Cached(year, fingerprint, repository.load(year), Thresholds.load(this.templates),
					ChallengeWriter.load(this.templates), outline);
			cache.put(view, data);
		}
		return data;
	}

	private record Cached(int year, String fingerprint, IndicatorSnapshot snapshot, Thresholds thresholds,
			ChallengeWriter challenges, ReportOutline outline) {

	}

}
