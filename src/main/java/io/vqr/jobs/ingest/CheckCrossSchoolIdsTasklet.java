package io.vqr.jobs.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.jobs.ingest.CrossSchoolIdCheck.Result;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 3: W-CROSS-SCHOOL-ID over the submissions accepted since the last check, once all
 * the run's files are in.
 */
class CheckCrossSchoolIdsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(CheckCrossSchoolIdsTasklet.class);

	private final CrossSchoolIdCheck check;

	CheckCrossSchoolIdsTasklet(CrossSchoolIdCheck check) {
		this.check = check;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		int year = chunkContext.getStepContext()
			.getStepExecution()
			.getJobParameters()
			.getLong(IngestParameters.YEAR)
			.intValue();
		Result result = this.check.check(year);
		if (result.checked() > 0) {
			log.info("Cross-school ID check: {} submission(s) checked, {} warned for {} graduate(s)", result.checked(),
					result.warned(), result.graduates());
		}
		return RepeatStatus.FINISHED;
	}

}
