package io.vqr.jobs.report;

import java.util.Iterator;
import java.util.List;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The school codes of one partition in code order. Restartable: Spring Batch keeps the
 * count read at each commit and a restart skips that many, so reports already written are
 * not rendered again.
 */
class SchoolCodeReader extends AbstractItemCountingItemStreamItemReader<String> {

	private final int year;

	private final List<String> codes;

	private Iterator<String> iterator;

	SchoolCodeReader(int year, List<String> codes) {
		this.year = year;
		this.codes = List.copyOf(codes);
		setName("schoolCodes");
	}

	int year() {
		return this.year;
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
