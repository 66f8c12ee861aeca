package io.vqr.jobs.report;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One log line per rendered report with the count done and the time left. Thread-safe.
 */
@Component
class ReportProgress {

	private static final Logger log = LoggerFactory.getLogger(ReportProgress.class);

	private final AtomicInteger total = new AtomicInteger();

	private final AtomicInteger done = new AtomicInteger();

	private volatile long startNanos = System.nanoTime();

	void start(int reports) {
		this.total.set(reports);
		this.done.set(0);
		this.startNanos = System.nanoTime();
		log.info("Rendering {} school report(s)", reports);
	}

	void reportDone(String school, List<String> files, long nanos) {
		int finished = this.done.incrementAndGet();
		int all = Math.max(this.total.get(), finished);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos);
		Duration left = elapsed.multipliedBy(all - finished).dividedBy(finished);
		log.info("[{}/{}] {}: {} in {} ms | about {} s left", finished, all, school, String.join(", ", files),
				nanos / 1_000_000, left.toSeconds());
	}

}
