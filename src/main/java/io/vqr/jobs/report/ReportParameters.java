package io.vqr.jobs.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.vqr.indicators.DataView;
import io.vqr.report.output.ReportFiles;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

/**
 * The report job's parameters; all identify the work (a different selection is a
 * different run).
 */
public final class ReportParameters {

	public static final String YEAR = "year";

	public static final String OUT = "out";

	/**
	 * Comma-separated school codes, or empty for every school with current data (and the
	 * provincial report).
	 */
	public static final String SCHOOLS = "schools";

	public static final String FORMATS = "formats";

	/** {@code official} or {@code draft} ({@link DataView#key()}). */
	public static final String VIEW = "view";

	private ReportParameters() {
	}

	/** The official reports. */
	public static JobParameters of(int year, Path out, List<String> schools, Set<String> formats) {
		return of(year, out, schools, formats, DataView.OFFICIAL);
	}

	public static JobParameters of(int year, Path out, List<String> schools, Set<String> formats, DataView view) {
		return new JobParametersBuilder().addLong(YEAR, (long) year)
			.addString(OUT, out.toAbsolutePath().normalize().toString())
			.addString(SCHOOLS, String.join(",", schools.stream().sorted().toList()))
			.addString(FORMATS, String.join(",", formats.stream().sorted().toList()))
			.addString(VIEW, view.key())
			.toJobParameters();
	}

	static DataView view(JobParameters parameters) {
		return view(parameters.getString(VIEW));
	}

	static DataView view(String key) {
		return DataView.DRAFT.key().equals(key) ? DataView.DRAFT : DataView.OFFICIAL;
	}

	/** Where the run's files go: the year's folder, or its draft folder. */
	static ReportFiles files(JobParameters parameters) {
		return new ReportFiles(Path.of(parameters.getString(OUT)), parameters.getLong(YEAR).intValue(),
				view(parameters).isDraft());
	}

	static List<String> schools(JobParameters parameters) {
		String list = parameters.getString(SCHOOLS, "");
		return list.isBlank() ? List.of() : List.of(list.split(","));
	}

}
