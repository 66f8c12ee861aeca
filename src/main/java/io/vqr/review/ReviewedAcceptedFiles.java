package io.vqr.review;

import io.vqr.warehouse.AcceptedFiles;

import org.springframework.stereotype.Component;

/**
 * What the ingest does with a file that passed the rules once review exists: it enters
 * review (or, with {@code review: auto}, is approved at once), and warnings added after
 * its run send its school-year back to explaining. {@code review: auto} approves a newer
 * file even over an approved school-year (as before review existed), so its outcome gets
 * no note ({@link AcceptedFiles#outcomeNote(int, String, boolean)}). Its presence keeps
 * the ingest's default, which publishes at once, from being created.
 */
@Component
public class ReviewedAcceptedFiles implements AcceptedFiles {

	private final ReviewService review;

	public ReviewedAcceptedFiles(ReviewService review) {
		this.review = review;
	}

	@Override
	public String outcomeNote(int year, String schoolCode) {
		return this.review.outcomeNote(year, schoolCode);
	}

	@Override
	public void accepted(long submissionId, int year, String schoolCode, boolean withWarnings, boolean autoApprove) {
		this.review.fileAccepted(submissionId, year, schoolCode, autoApprove);
	}

	@Override
	public void warningsAdded(long submissionId, int year, String schoolCode) {
		this.review.warningsAdded(submissionId, year, schoolCode);
	}

}
