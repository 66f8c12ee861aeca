package io.vqr.jobs.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.indicators.DataView;
import io.vqr.report.model.CityReport;
import io.vqr.report.model.ReportCity;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.output.ReportFiles;
import io.vqr.report.output.ReportRendering;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * The city reports (中职地市级年报), one city per iteration after the provincial report: the
 * next city to render is kept in the step's execution context, committed after each city,
 * so a restart continues with the city that failed. Skipped when only some schools were
 * asked for.
 */
class CityReportsTasklet implements Tasklet {

	static final String NEXT_CITY = "city.next";

	private static final Logger log = LoggerFactory.getLogger(CityReportsTasklet.class);

	private final ReportModelBuilder models;

	private final ReportRendering rendering;

	CityReportsTasklet(ReportModelBuilder models, ReportRendering rendering) {
		this.models = models;
		this.rendering = rendering;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		var parameters = step.getJobParameters();
		if (!ReportParameters.schools(parameters).isEmpty()) {
			log.info("City reports skipped: only some schools were asked for");
			return RepeatStatus.FINISHED;
		}
		int year = parameters.getLong(ReportParameters.YEAR).intValue();
		DataView view = ReportParameters.view(parameters);
		List<ReportCity> cities = this.models.cities(year, view);
		ExecutionContext context = step.getExecutionContext();
		int next = context.getInt(NEXT_CITY, 0);
		if (next == 0) {
			log.info("Rendering {} city report(s) (中职地市级年报)", cities.size());
		}
		if (next >= cities.size()) {
			return RepeatStatus.FINISHED;
		}
		ReportCity city = cities.get(next);
		ReportFiles files = ReportParameters.files(parameters);
		Set<String> formats = ReportFiles.formats(parameters.getString(ReportParameters.FORMATS));
		long start = System.nanoTime();
		CityReport report = this.models.city(year, city, view);
		List<Path> written = this.rendering.city(report, files, formats);
		log.info("[{}/{}] city {} {}: {} in {} ms", next + 1, cities.size(), city.prefix(), report.cityName(),
				written.stream().map(Path::getFileName).map(Path::toString).toList(),
				(System.nanoTime() - start) / 1_000_000);
		contribution.incrementWriteCount(written.size());
		context.putInt(NEXT_CITY, next + 1);
		return (next + 1 < cities.size()) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
