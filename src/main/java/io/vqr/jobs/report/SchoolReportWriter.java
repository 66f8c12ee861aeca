package io.vqr.jobs.report;

import java.nio.file.Path;
import java.util.Set;

import io.vqr.report.model.SchoolReport;
import io.vqr.report.output.ReportFiles;
import io.vqr.report.output.ReportRendering;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Renders each school's model of a chunk into its files and reports progress. */
class SchoolReportWriter implements ItemWriter<SchoolReport> {

	private final ReportRendering rendering;

	private final ReportFiles files;

	private final Set<String> formats;

	private final ReportProgress progress;

	SchoolReportWriter(ReportRendering rendering, ReportFiles files, Set<String> formats, ReportProgress progress) {
		this.rendering = rendering;
		this.files = files;
		this.formats = formats;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends SchoolReport> reports) throws Exception {
		for (SchoolReport report : reports) {
			long start = System.nanoTime();
			var written = this.rendering.school(report, this.files, this.formats);
			this.progress.reportDone(report.cover().schoolCode() + " " + report.cover().schoolName(),
					written.stream().map(Path::getFileName).map(Path::toString).toList(), System.nanoTime() - start);
		}
	}

}
