package io.vqr.feedback;

import java.util.Collection;

import io.vqr.findings.Finding;
import io.vqr.standard.Severity;

/** How a cell of a copied sheet is marked: by the worst severity of its findings. */
enum Mark {

	NONE, ERROR, WARNING, INFO;

	static Mark of(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			case INFO -> INFO;
		};
	}

	/** The mark of the worst finding (ERROR before WARNING before INFO). */
	static Mark worstOf(Collection<Finding> findings) {
		Severity worst = null;
		for (Finding finding : findings) {
			if (worst == null || finding.severity().ordinal() < worst.ordinal()) {
				worst = finding.severity();
			}
		}
		return (worst != null) ? of(worst) : NONE;
	}

}
