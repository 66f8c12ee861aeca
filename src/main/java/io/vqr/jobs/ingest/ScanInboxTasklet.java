package io.vqr.jobs.ingest;

import java.nio.file.Path;
import java.util.ArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.jobs.ingest.InboxScanner.ScanResult;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Step 1: archive and register what is new in the inbox. */
class ScanInboxTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ScanInboxTasklet.class);

	private final InboxScanner scanner;

	ScanInboxTasklet(InboxScanner scanner) {
		this.scanner = scanner;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
		int year = parameters.getLong(IngestParameters.YEAR).intValue();
		Path inbox = Path.of(parameters.getString(IngestParameters.INBOX));
		long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobId();
		ScanResult result = this.scanner.scan(inbox, year, runId,
				Path.of(parameters.getString(IngestParameters.FEEDBACK)));
		long registered = result.files().stream().filter((file) -> file.registeredId().isPresent()).count();
		long duplicates = result.files().size() - registered;
		contribution.incrementReadCount();
		if (!result.refused().isEmpty()) {
			contribution.getStepExecution()
				.getExecutionContext()
				.put(IngestRunState.REFUSED_LINKS, new ArrayList<>(
						result.refused().stream().map((link) -> link.getFileName().toString()).toList()));
		}
		log.info("收件箱 {}：新文件 {} 个，内容重复 {} 个，此前已处理 {} 个", UntrustedText.forLog(inbox.toString()), registered, duplicates,
				result.alreadyReceived());
		return RepeatStatus.FINISHED;
	}

}
