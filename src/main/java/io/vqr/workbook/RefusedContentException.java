package io.vqr.workbook;

import java.io.IOException;

/**
 * Carries a finding about a part's content (a broken limit, a forbidden construct) out of
 * code that only lets IOExceptions pass: XML parsers and fastexcel's row stream read the
 * part through a stream that checks it and throws this.
 */
final class RefusedContentException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient WorkbookException finding;

	RefusedContentException(WorkbookException finding) {
		super(finding.getMessage());
		this.finding = finding;
	}

	WorkbookException finding() {
		return this.finding;
	}

	/** The refused content somewhere in a cause chain, if that is what failed. */
	static WorkbookException find(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RefusedContentException refused) {
				return refused.finding();
			}
		}
		return null;
	}

}
