package io.vqr.warehouse;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link AcceptedFiles} of a warehouse without review: a file that passed the rules
 * is its school-year's official data at once, as before review existed. The bean only
 * while no other {@link AcceptedFiles} is declared ({@link AcceptedFilesConfiguration}).
 */
public class PublishAtOnce implements AcceptedFiles {

	private final Publisher publisher;

	public PublishAtOnce(Publisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public String outcomeNote(int year, String schoolCode) {
		return null;
	}

	/** In the caller's transaction, which records that the file was handed on. */
	@Override
	@Transactional
	public void accepted(long submissionId, int year, String schoolCode, boolean withWarnings, boolean autoApprove) {
		this.publisher.publish(submissionId, year, schoolCode);
	}

	@Override
	public void warningsAdded(long submissionId, int year, String schoolCode) {
		// Official already; the warning is in its findings and feedback.
	}

}
