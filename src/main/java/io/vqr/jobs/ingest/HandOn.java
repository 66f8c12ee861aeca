package io.vqr.jobs.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.text.UntrustedText;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewSettings;
import io.vqr.warehouse.AcceptedFiles;
import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.Submission;
import io.vqr.warehouse.SubmissionStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last stage of a file, after its outcome is committed: hands an accepted file to
 * {@link AcceptedFiles} (which makes it official at once, or sends it to review) and
 * records that it did, both in one transaction of their own. One that a failure left
 * undone is handed on by the next run ({@link #pending}).
 */
@Component
public class HandOn {

	private static final Logger log = LoggerFactory.getLogger(HandOn.class);

	private final AcceptedFiles acceptedFiles;

	private final SubmissionRegistry registry;

	private final TransactionTemplate ownTransaction;

	private final ReviewSettings reviewSettings;

	public HandOn(AcceptedFiles acceptedFiles, SubmissionRegistry registry, PlatformTransactionManager transactions,
			ReviewSettings reviewSettings) {
		this.acceptedFiles = acceptedFiles;
		this.reviewSettings = reviewSettings;
		this.registry = registry;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What review says of a file of this school-year that passes the rules, or null.
	 * @param review the run's review mode, or null for the year's
	 */
	String outcomeNote(int year, String schoolCode, ReviewMode review) {
		return this.acceptedFiles.outcomeNote(year, schoolCode, autoApprove(year, review));
	}

	/**
	 * Whether an accepted file becomes official at once: {@code review: auto} for the run
	 * or else for the year.
	 */
	private boolean autoApprove(int year, ReviewMode review) {
		return this.reviewSettings.modeFor(year, review) == ReviewMode.AUTO;
	}

	/**
	 * Hands an accepted file on; an exception leaves it for the next run.
	 * @param review the run's review mode, or null for the year's
	 */
	void handOn(long submissionId, int year, String schoolCode, SubmissionStatus status, ReviewMode review) {
		this.ownTransaction.executeWithoutResult((transaction) -> {
			this.acceptedFiles.accepted(submissionId, year, schoolCode.trim(),
					status == SubmissionStatus.ACCEPTED_WITH_WARNINGS, autoApprove(year, review));
			this.registry.handedOn(submissionId);
		});
	}

	/**
	 * Hands on the year's accepted files a failure left before they were.
	 * @return how many could not be handed on (logged)
	 */
	public int pending(int year) {
		int failed = 0;
		for (Submission submission : this.registry.acceptedNotHandedOn(year)) {
			try {
				handOn(submission.id(), year, submission.schoolCode(), submission.status(), null);
				log.info("{}: handed on (a failure had left it after its outcome)",
						UntrustedText.forLog(submission.fileName()));
			}
			catch (RuntimeException ex) {
				log.error("{}: accepted, but cannot be handed on ({}); the next run tries again",
						UntrustedText.forLog(submission.fileName()), UntrustedText.forLog(ex.toString()));
				failed++;
			}
		}
		return failed;
	}

}
