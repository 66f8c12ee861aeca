package io.vqr.jobs.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.standard.Severity;

import org.springframework.stereotype.Component;

/**
 * One log line per processed file with the count done, rows per second and the time left,
 * per run (job execution). Only the log: the run's counts are in its steps' execution
 * contexts. Thread-safe.
 */
@Component
public class IngestProgress {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	private static final class Run {

		final AtomicInteger total = new AtomicInteger();

		final AtomicInteger done = new AtomicInteger();

		final AtomicLong rows = new AtomicLong();

		final long startNanos = System.nanoTime();

	}

	public void start(long runId, int files) {
		Run run = new Run();
		run.total.set(files);
		this.runs.put(runId, run);
		if (files > 0) {
			log.info("待处理 {} 个文件", files);
		}
	}

	public void end(long runId) {
		this.runs.remove(runId);
	}

	public void fileDone(long runId, ProcessedSubmission file) {
		Run run = this.runs.computeIfAbsent(runId, (id) -> new Run());
		int finished = run.done.incrementAndGet();
		long allRows = run.rows.addAndGet(file.rowsRead());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - run.startNanos);
		int all = Math.max(run.total.get(), finished);
		Duration left = elapsed.multipliedBy(all - finished).dividedBy(finished);
		double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
		log.info("[{}/{}] {} {} {}{}：{} 行，错误 {} 个，警告 {} 个，用时 {} 毫秒 | 每秒 {} 行，约剩 {} 秒", finished, all,
				UntrustedText.forLog(file.fileName()),
				UntrustedText.forLog((file.schoolCode() != null) ? file.schoolCode() : "-"),
				IngestSummary.statusLabel(file.status().name()),
				(file.version() != null) ? "（第 " + file.version() + " 版）" : "", file.rowsRead(),
				file.findings().get(Severity.ERROR), file.findings().get(Severity.WARNING), file.took().toMillis(),
				Math.round(allRows / seconds), left.toSeconds());
	}

}
