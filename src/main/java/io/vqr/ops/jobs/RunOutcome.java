package io.vqr.ops.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.vqr.jobs.ingest.IngestSummary.RunSummary;

/**
 * How a run of a job ended.
 *
 * @param completed whether every part ran to the end
 * @param counts what it did, by name (files per status, reports, deliveries)
 * @param ingest the ingest run's summary, when it ingested
 * @param problem why it did not complete, if it did not
 */
public record RunOutcome(String jobName, JobWork work, boolean completed, Map<String, Integer> counts,
		Optional<RunSummary> ingest, Duration took, Optional<String> problem) {

	/** The one-line summary logged at the end of every run. */
	public String summaryLine() {
		StringBuilder line = new StringBuilder("Run summary: job ").append(this.jobName)
			.append(' ')
			.append(this.work.name().toLowerCase(java.util.Locale.ROOT))
			.append(' ')
			.append(this.completed ? "COMPLETED" : "NOT COMPLETED")
			.append(" in ")
			.append(this.took.toSeconds())
			.append(" s");
		if (!this.counts.isEmpty()) {
			line.append(": ");
			line.append(String.join(", ",
					this.counts.entrySet().stream().map((entry) -> entry.getKey() + " " + entry.getValue()).toList()));
		}
		this.problem.ifPresent((text) -> line.append(" (").append(text).append(')'));
		return line.toString();
	}

}
