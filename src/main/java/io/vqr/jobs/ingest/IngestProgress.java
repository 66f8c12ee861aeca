package io.vqr.jobs.ingest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.standard.Severity;

import org.springframework.stereotype.Component;

/**
 * One log line per processed file with the count done, rows per second and the time left.
 * Thread-safe.
 */
@Component
public class IngestProgress {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private final AtomicInteger total = new AtomicInteger();

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicLong rows = new AtomicLong();

	private volatile long startNanos = System.nanoTime();

	public void start(int files) {
		this.total.set(files);
		this.done.set(0);
		this.rows.set(0);
		this.startNanos = System.nanoTime();
		if (files > 0) {
			log.info("Processing {} submission(s)", files);
		}
	}

	public void fileDone(ProcessedSubmission file) {
		int finished = this.done.incrementAndGet();
		long allRows = this.rows.addAndGet(file.rowsRead());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos);
		int all = Math.max(this.total.get(), finished);
		Duration left = elapsed.multipliedBy(all - finished).dividedBy(finished);
		double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
		log.info("[{}/{}] {} {} {} v{}: {} rows, {} error(s), {} warning(s) in {} ms | {} rows/s, about {} s left",
				finished, all, file.fileName(), (file.schoolCode() != null) ? file.schoolCode() : "-", file.status(),
				(file.version() != null) ? file.version() : "-", file.rowsRead(), file.findings().get(Severity.ERROR),
				file.findings().get(Severity.WARNING), file.took().toMillis(), Math.round(allRows / seconds),
				left.toSeconds());
	}

}
