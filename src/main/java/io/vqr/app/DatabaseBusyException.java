package io.vqr.app;

/** Another vqr process owns the embedded database folder. */
public class DatabaseBusyException extends IllegalStateException {

	public DatabaseBusyException(String message) {
		super(message);
	}

}
