package io.vqr.jobs.ingest;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * W-CROSS-SCHOOL-ID over the submissions accepted since the last check, once all the
 * run's files are in; first, the accepted files a failure left before they were handed on
 * are handed on, so the check sees them where they belong.
 */
class CheckCrossSchoolIdsTasklet implements Tasklet {

	private final CrossSchoolWarnings check;

	private final HandOn handOn;

	CheckCrossSchoolIdsTasklet(CrossSchoolWarnings check, HandOn handOn) {
		this.check = check;
		this.handOn = handOn;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		int year = step.getJobParameters().getLong(IngestParameters.YEAR).intValue();
		int notHandedOn = this.handOn.pending(year);
		step.getExecutionContext().putInt(IngestRunState.NOT_HANDED_ON, notHandedOn);
		this.check.check(year);
		return RepeatStatus.FINISHED;
	}

}
