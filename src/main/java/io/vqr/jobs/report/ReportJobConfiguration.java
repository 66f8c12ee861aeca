package io.vqr.jobs.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.vqr.indicators.DataView;
import io.vqr.report.TemplateFiles;
import io.vqr.report.model.ReportModelBuilder;
import io.vqr.report.model.SchoolReport;
import io.vqr.report.output.ReportFiles;
import io.vqr.report.output.ReportIndex;
import io.vqr.report.output.ReportRendering;
import io.vqr.report.pdf.PdfReportRenderer;
import io.vqr.warehouse.PlannerStatistics;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job: school reports (partitioned into ranges of school codes, one worker per
 * core, chunks of a few schools: a restart skips reports already written) alongside the
 * provincial report and then the city reports (中职地市级年报) → {@code reports.json}.
 */
@Configuration
@Lazy
public class ReportJobConfiguration {

	public static final String JOB_NAME = "report";

	private static final int CHUNK = 4;

	/**
	 * The provincial report (seconds on one thread) is rendered while the school reports
	 * are, instead of after them with the other cores idle.
	 */
	@Bean
	Job reportJob(JobRepository repository, Step renderSchoolReports, Step renderProvincialReport,
			Step renderCityReports, Step writeReportIndex, PlannerStatistics statistics) {
		Flow schools = new FlowBuilder<SimpleFlow>("schoolReports").start(renderSchoolReports).build();
		Flow province = new FlowBuilder<SimpleFlow>("provincialReport").start(renderProvincialReport)
			.next(renderCityReports)
			.build();
		Flow reports = new FlowBuilder<SimpleFlow>("reports").split(splitExecutor()).add(schools, province).build();
		return new JobBuilder(JOB_NAME, repository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				// An ingest may just have loaded the year: plan the indicators on
				// its rows.
				statistics.refresh();
			}
		}).start(reports).next(writeReportIndex).end().build();
	}

	/**
	 * Threads for the two flows, each carrying the job's scope (the steps are job-scoped
	 * beans resolved on the flow's thread).
	 */
	private static TaskExecutor splitExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("report-");
		executor.setTaskDecorator((task) -> {
			JobExecution job = JobSynchronizationManager.getContext().getJobExecution();
			return () -> {
				JobSynchronizationManager.register(job);
				try {
					task.run();
				}
				finally {
					JobSynchronizationManager.release();
				}
			};
		});
		return executor;
	}

	@Bean
	@JobScope
	Step renderSchoolReports(JobRepository repository, Step renderSchoolRange, ReportModelBuilder models,
			@Value("#{jobParameters['" + ReportParameters.YEAR + "']}") Long year,
			@Value("#{jobParameters['" + ReportParameters.SCHOOLS + "']}") String schools,
			@Value("#{jobParameters['" + ReportParameters.VIEW + "']}") String view,
			@Qualifier("partitionTaskExecutor") TaskExecutor executor, ReportProgress progress,
			@Value("${vqr.workers:0}") int workers) {
		List<String> selected = selection(models.schoolsWithData(year.intValue(), ReportParameters.view(view)),
				schools);
		progress.start(selected.size());
		int grid = io.vqr.jobs.JobsConfiguration.workers(workers);
		return new StepBuilder("renderSchoolReports", repository)
			.partitioner("renderSchoolRange", new SchoolRangePartitioner(selected))
			.step(renderSchoolRange)
			.gridSize(grid)
			.taskExecutor(executor)
			.build();
	}

	/** The schools with a file of the view, limited to those asked for. */
	static List<String> selection(List<String> withData, String schools) {
		if (schools == null || schools.isBlank()) {
			return withData.stream().sorted().toList();
		}
		Set<String> asked = Set.of(schools.split(","));
		return withData.stream().filter(asked::contains).sorted().toList();
	}

	@Bean
	Step renderSchoolRange(JobRepository repository, PlatformTransactionManager transactions,
			SchoolCodeReader schoolCodeReader, SchoolReportWriter schoolReportWriter, ReportModelBuilder models) {
		return new StepBuilder("renderSchoolRange", repository).<String, SchoolReport>chunk(CHUNK, transactions)
			.reader(schoolCodeReader)
			.processor((code) -> models.school(schoolCodeReader.year(), code, schoolCodeReader.view()))
			.writer(schoolReportWriter)
			.build();
	}

	@Bean
	@StepScope
	SchoolCodeReader schoolCodeReader(ReportModelBuilder models,
			@Value("#{jobParameters['" + ReportParameters.YEAR + "']}") Long year,
			@Value("#{jobParameters['" + ReportParameters.SCHOOLS + "']}") String schools,
			@Value("#{jobParameters['" + ReportParameters.VIEW + "']}") String view,
			@Value("#{stepExecutionContext['" + SchoolRangePartitioner.FIRST + "']}") String first,
			@Value("#{stepExecutionContext['" + SchoolRangePartitioner.LAST + "']}") String last) {
		DataView dataView = ReportParameters.view(view);
		List<String> range = selection(models.schoolsWithData(year.intValue(), dataView), schools).stream()
			.filter((code) -> code.compareTo(first) >= 0 && code.compareTo(last) <= 0)
			.toList();
		return new SchoolCodeReader(year.intValue(), dataView, range);
	}

	@Bean
	@StepScope
	SchoolReportWriter schoolReportWriter(ReportRendering rendering, ReportProgress progress,
			@Value("#{jobParameters['" + ReportParameters.YEAR + "']}") Long year,
			@Value("#{jobParameters['" + ReportParameters.OUT + "']}") String out,
			@Value("#{jobParameters['" + ReportParameters.FORMATS + "']}") String formats,
			@Value("#{jobParameters['" + ReportParameters.VIEW + "']}") String view) {
		return new SchoolReportWriter(rendering,
				new ReportFiles(Path.of(out), year.intValue(), ReportParameters.view(view).isDraft()),
				ReportFiles.formats(formats), progress);
	}

	@Bean
	Step renderProvincialReport(JobRepository repository, PlatformTransactionManager transactions,
			ReportModelBuilder models, ReportRendering rendering) {
		return new StepBuilder("renderProvincialReport", repository)
			.tasklet(new ProvincialReportTasklet(models, rendering), transactions)
			.build();
	}

	@Bean
	Step renderCityReports(JobRepository repository, PlatformTransactionManager transactions, ReportModelBuilder models,
			ReportRendering rendering) {
		return new StepBuilder("renderCityReports", repository)
			.tasklet(new CityReportsTasklet(models, rendering), transactions)
			.build();
	}

	@Bean
	Step writeReportIndex(JobRepository repository, PlatformTransactionManager transactions, ReportIndex index,
			ReportModelBuilder models) {
		return new StepBuilder("writeReportIndex", repository).tasklet((contribution, context) -> {
			var parameters = context.getStepContext().getStepExecution().getJobParameters();
			int year = parameters.getLong(ReportParameters.YEAR).intValue();
			DataView view = ReportParameters.view(parameters);
			ReportFiles files = ReportParameters.files(parameters);
			boolean all = ReportParameters.schools(parameters).isEmpty();
			String province = all ? models.province(year, view).cover().provinceName() : null;
			index.write(year, files, ReportFiles.formats(parameters.getString(ReportParameters.FORMATS)), province,
					view, all ? models.cities(year, view) : List.of());
			return RepeatStatus.FINISHED;
		}, transactions).allowStartIfComplete(true).build();
	}

	@Bean
	PdfReportRenderer pdfReportRenderer(TemplateFiles templates) {
		return new PdfReportRenderer(templates);
	}

}
