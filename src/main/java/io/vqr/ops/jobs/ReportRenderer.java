package io.vqr.ops.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;

import io.vqr.app.Warehouse;

/**
 * Renders a year's reports into {@code <output>/<year>/} (school and provincial reports
 * and {@code reports.json}); supplied by the command line, which owns the report command.
 */
@FunctionalInterface
public interface ReportRenderer {

	/**
	 * @return whether the report job ran to the end
	 */
	boolean render(Warehouse warehouse, int year, Path output, PrintWriter out) throws Exception;

}
