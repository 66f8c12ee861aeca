package io.vqr.jobs.report;

import java.nio.file.Path;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.output.ReportFiles;
import io.vqr.report.output.ReportRendering;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The provincial report, rendered after the school reports; skipped when only some
 * schools were asked for.
 */
class ProvincialReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ProvincialReportTasklet.class);

	private final ReportModelBuilder models;

	private final ReportRendering rendering;

	ProvincialReportTasklet(ReportModelBuilder models, ReportRendering rendering) {
		this.models = models;
		this.rendering = rendering;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
		if (!ReportParameters.schools(parameters).isEmpty()) {
			log.info("Provincial report skipped: only some schools were asked for");
			return RepeatStatus.FINISHED;
		}
		int year = parameters.getLong(ReportParameters.YEAR).intValue();
		ReportFiles files = ReportParameters.files(parameters);
		Set<String> formats = ReportFiles.formats(parameters.getString(ReportParameters.FORMATS));
		long start = System.nanoTime();
		var written = this.rendering.province(this.models.province(year, ReportParameters.view(parameters)), year,
				files, formats);
		log.info("Provincial report: {} in {} ms", written.stream().map(Path::getFileName).map(Path::toString).toList(),
				(System.nanoTime() - start) / 1_000_000);
		contribution.incrementWriteCount(written.size());
		return RepeatStatus.FINISHED;
	}

}
