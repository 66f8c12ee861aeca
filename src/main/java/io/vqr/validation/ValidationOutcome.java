package io.vqr.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vqr.findings.Finding;
import io.vqr.standard.Severity;
import io.vqr.standard.SubmissionStandard;

/**
 * Everything validation learnt about one file: the standard it was read with, the school,
 * the findings in reading order, how each sheet's rows were accounted for, and where each
 * field's column is.
 */
public record ValidationOutcome(SubmissionStandard standard, Optional<SchoolIdentity> school, List<Finding> findings,
		Map<String, SheetTally> tallies, Map<String, Map<String, ColumnRef>> columns) {

	public ValidationOutcome {
		findings = List.copyOf(findings);
		tallies = Map.copyOf(tallies);
		columns = Map.copyOf(columns);
	}

	public Map<Severity, Integer> countsBySeverity() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		this.findings.forEach((finding) -> counts.merge(finding.severity(), 1, Integer::sum));
		return counts;
	}

	/** The name the standard gives a sheet that was read, by its key. */
	public String sheetName(String sheetKey) {
		return this.standard.sheet(sheetKey).name();
	}

	public boolean hasErrors() {
		return this.findings.stream().anyMatch((finding) -> finding.severity() == Severity.ERROR);
	}

}
