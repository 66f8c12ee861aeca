package io.vqr.jobs.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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

	private ReportParameters() {
	}

	public static JobParameters of(int year, Path out, List<String> schools, Set<String> formats) {
		return new JobParametersBuilder().addLong(YEAR, (long) year)
			.addString(OUT, out.toAbsolutePath().normalize().toString())
			.addString(SCHOOLS, String.join(",", schools.stream().sorted().toList()))
			.addString(FORMATS, String.join(",", formats.stream().sorted().toList()))
			.toJobParameters();
	}

	static List<String> schools(JobParameters parameters) {
		String list = parameters.getString(SCHOOLS, "");
		return list.isBlank() ? List.of() : List.of(list.split(","));
	}

}
