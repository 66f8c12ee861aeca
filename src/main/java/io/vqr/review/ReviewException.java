package io.vqr.review;

/**
 * A review action the state does not allow, or that lost a race with another person's
 * action: nothing was applied. The message is Chinese and says the current state and what
 * is needed; the commands print it and exit 2, the portal shows it.
 */
public class ReviewException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ReviewException(String message) {
		super(message);
	}

}
