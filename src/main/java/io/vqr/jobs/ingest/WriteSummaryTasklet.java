package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.jobs.ingest.IngestSummary.RunSummary;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/** Step 4: the run summary in the log and, when asked, as JSON. */
class WriteSummaryTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(WriteSummaryTasklet.class);

	private final IngestSummary summary;

	WriteSummaryTasklet(IngestSummary summary) {
		this.summary = summary;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		var parameters = execution.getJobParameters();
		int year = parameters.getLong(IngestParameters.YEAR).intValue();
		OffsetDateTime start = execution.getJobInstance() != null && execution.getStartTime() != null
				? execution.getStartTime().atZone(ZoneId.systemDefault()).toOffsetDateTime() : OffsetDateTime.now();
		RunSummary run = this.summary.build(execution.getJobId(), year, start, OffsetDateTime.now());
		log.info("{} 年度导入（第 {} 次运行）：共 {} 个文件，{}", year, run.runId(), run.files().size(),
				IngestSummary.totalsText(run.totals()));
		String file = parameters.getString(IngestParameters.SUMMARY);
		if (file != null) {
			this.summary.write(run, Path.of(file));
			log.info("运行摘要已写入 {}", UntrustedText.forLog(file));
		}
		return RepeatStatus.FINISHED;
	}

}
