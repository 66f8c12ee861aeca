package io.vqr.report.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.vqr.indicators.ChallengeWriter;
import io.vqr.indicators.IndicatorRepository;
import io.vqr.indicators.IndicatorSnapshot;
import io.vqr.indicators.Thresholds;
import io.vqr.report.TemplateFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Builds the report models of a year from the warehouse's current data. The whole year (Y
 * and Y-1, every school) is loaded once by a fixed number of set-based queries into an
 * {@link IndicatorSnapshot}, cached while the current data does not change, and every
 * school report is then assembled in memory; thresholds and challenge sentences come from
 * the editable templates.
 */
@Component
@Lazy
public class ReportModelBuilder {

	private final JdbcTemplate jdbc;

	private final IndicatorRepository repository;

	private final TemplateFiles templates;

	private final Clock clock;

	private Cached cached;

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
		this.repository = new IndicatorRepository(jdbc);
		this.templates = templates;
		this.clock = clock;
	}

	/** The school report of a school with current data in the year. */
	public SchoolReport school(int year, String schoolCode) {
		Cached data = load(year);
		return new SchoolReportAssembler(data.snapshot, data.thresholds, data.challenges, LocalDate.now(this.clock))
			.build(schoolCode.trim());
	}

	/** Codes of the schools with current (accepted) data in the year, in code order. */
	public List<String> schoolsWithCurrentData(int year) {
		return this.repository.schoolsWithCurrentData(year);
	}

	/** The provincial report of the year. */
	public ProvincialReport province(int year) {
		Cached data = load(year);
		return new ProvincialReportAssembler(data.snapshot, data.thresholds, LocalDate.now(this.clock))
			.build(new SubmissionStatusQuery(this.jdbc).expected(year));
	}

	/** Every indicator of the year for every school, as the reports see them. */
	public IndicatorSnapshot snapshot(int year) {
		return load(year).snapshot;
	}

	private synchronized Cached load(int year) {
		String fingerprint = this.repository.fingerprint(year);
		if (this.cached == null || this.cached.year != year || !this.cached.fingerprint.equals(fingerprint)) {
			this.cached = new Cached(year, fingerprint, this.repository.load(year), Thresholds.load(this.templates),
					ChallengeWriter.load(this.templates));
		}
		return this.cached;
	}

	private record Cached(int year, String fingerprint, IndicatorSnapshot snapshot, Thresholds thresholds,
			ChallengeWriter challenges) {

	}

}
