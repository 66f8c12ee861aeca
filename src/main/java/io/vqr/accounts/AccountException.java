package io.vqr.accounts;

/**
 * An account request the data do not allow; the message is Chinese and says what to do.
 */
public class AccountException extends RuntimeException {

	public AccountException(String message) {
		super(message);
	}

}
