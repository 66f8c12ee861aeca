package io.vqr.ops.jobs;

/** What a run of a job does. */
public enum JobWork {

	/** Process the inbox. */
	INGEST,

	/** Render the reports, then deliver them. */
	REPORT,

	/** Ingest, then report and deliver. */
	ALL,

	/** Deliver the reports rendered before (what was delivered already is skipped). */
	DELIVER;

	public boolean ingests() {
		return this == INGEST || this == ALL;
	}

	public boolean reports() {
		return this == REPORT || this == ALL;
	}

	public boolean delivers() {
		return this != INGEST;
	}

}
