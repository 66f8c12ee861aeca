package io.vqr.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values shared by commands, reported as usage errors (exit 2). */
final class Years {

	private Years() {
	}

	static int check(CommandSpec spec, int year) {
		if (year < 2000 || year > 2099) {
			throw new ParameterException(spec.commandLine(),
					"--year must be a reporting year such as 2024 (2000–2099), not " + year);
		}
		return year;
	}

	static java.nio.file.Path existingFolder(CommandSpec spec, String option, java.nio.file.Path folder) {
		if (!java.nio.file.Files.isDirectory(folder)) {
			throw new ParameterException(spec.commandLine(),
					option + " " + folder + " is not a folder; create it or give the folder that holds the workbooks");
		}
		return folder;
	}

}
