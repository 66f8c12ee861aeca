package io.vqr.ops.jobs;

/**
 * A job file that cannot be used, with a message naming the file, the key (and line) and
 * what to change.
 */
public class JobDefinitionException extends IllegalArgumentException {

	public JobDefinitionException(String message) {
		super(message);
	}

	public JobDefinitionException(String message, Throwable cause) {
		super(message, cause);
	}

}
