package io.vqr.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.ops.jobs.JobDefinition;
import io.vqr.ops.jobs.JobDefinitionException;
import io.vqr.ops.jobs.JobDefinitions;
import io.vqr.ops.jobs.ReportRenderer;
import io.vqr.report.output.ReportFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code jobrun} and {@code schedule} share: reading job files (a bad one is a usage
 * error naming the file, key and fix), the warehouse properties the jobs need, and the
 * report step.
 */
final class JobFiles {

	/** The report step of a job: every report of the year, PDF and Excel. */
	static final ReportRenderer REPORTS = (warehouse, year, output,
			out) -> ReportCommand.run(warehouse, year, output, List.of(), ReportFiles.FORMATS, out) == 0;

	private JobFiles() {
	}

	static JobDefinition load(CommandSpec spec, Path file) throws IOException {
		try {
			return JobDefinitions.load(file);
		}
		catch (JobDefinitionException ex) {
			throw new ParameterException(spec.commandLine(), ex.getMessage());
		}
	}

	static List<JobDefinition> loadAll(CommandSpec spec, Path folder) throws IOException {
		try {
			return JobDefinitions.loadAll(folder);
		}
		catch (JobDefinitionException ex) {
			throw new ParameterException(spec.commandLine(), ex.getMessage());
		}
	}

	/**
	 * The archive folder of the jobs (one warehouse has one archive, so jobs that name
	 * one must agree).
	 */
	static Map<String, Object> warehouseProperties(CommandSpec spec, List<JobDefinition> jobs) {
		List<Path> archives = jobs.stream().flatMap((job) -> job.archive().stream()).distinct().toList();
		if (archives.size() > 1) {
			throw new ParameterException(spec.commandLine(), "the job files name different archive folders " + archives
					+ "; one warehouse keeps one archive: give the same folders.archive in every job file");
		}
		Map<String, Object> properties = new HashMap<>();
		Optional<Path> archive = archives.stream().findFirst();
		archive.ifPresent((folder) -> properties.put("vqr.archive-dir", folder.toString()));
		return properties;
	}

}
