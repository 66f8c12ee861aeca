package io.vqr.workbook.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vqr.findings.Finding;
import io.vqr.standard.Rule;

/** Keeps everything a parser reports, in order, for assertions. */
final class RecordingListener implements SheetListener {

	final List<SheetHeader> headers = new ArrayList<>();

	final List<SheetRecord> records = new ArrayList<>();

	final List<TotalsRow> totals = new ArrayList<>();

	final Map<Integer, SkipReason> skipped = new TreeMap<>();

	final List<Finding> findings = new ArrayList<>();

	final List<String> events = new ArrayList<>();

	@Override
	public void onHeader(SheetHeader header) {
		this.headers.add(header);
		this.events.add("header");
	}

	@Override
	public void onRecord(SheetRecord record) {
		this.records.add(record);
		this.events.add("record " + record.excelRow());
	}

	@Override
	public void onTotals(TotalsRow totals) {
		this.totals.add(totals);
		this.events.add("totals " + totals.excelRow());
	}

	@Override
	public void onSkipped(int excelRow, SkipReason reason) {
		this.skipped.put(excelRow, reason);
	}

	@Override
	public void onFinding(Finding finding) {
		this.findings.add(finding);
	}

	List<Finding> findings(Rule rule) {
		return this.findings.stream().filter((finding) -> finding.rule() == rule).toList();
	}

	SheetHeader header() {
		if (this.headers.size() != 1) {
			throw new AssertionError("expected one header, got " + this.headers);
		}
		return this.headers.get(0);
	}

}
