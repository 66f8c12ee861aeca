package io.vqr.jobs;

/** The same job with the same parameters is running in another process. */
public class JobBusyException extends IllegalStateException {

	public JobBusyException(String message) {
		super(message);
	}

}
