package io.vqr.jobs.report;

import java.util.Iterator;
import java.util.List;

import io.vqr.indicators.DataView;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The school codes of one partition in code order. Restartable: Spring Batch keeps the
 * count read at each commit and a restart skips that many, so reports already written are
 * not rendered again.
 */
class SchoolCodeReader extends AbstractItemCountingItemStreamItemReader<String> {

	private final int year;

	private final DataView view;

	private final List<String> codes;

	private Iterator<String> iterator;

	SchoolCodeReader(int year, DataView view, List<String> codes) {
		this.year = year;
		this.view = view;
		this.codes = List.copyOf(codes);
		setName("schoolCodes");
	}

	int year() {
		return this.year;
	}

	DataView view() {
		return this.view;
	}

	@Override
	protected void doOpen() {
		this.iterator = this.codes.iterator();
	}

	@Override
	protected String doRead() {
		return this.iterator.hasNext() ? this.iterator.next() : null;
	}

	@Override
	protected void doClose() {
		this.iterator = null;
	}

}
