package io.vqr.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.vqr.standard.Rule;
import io.vqr.standard.Severity;

/**
 * The findings of one file as they are found. Streaming, every finding is handed on in
 * batches (to the database) and only the first few of each rule are kept, for the
 * feedback workbook, with the rest counted: memory does not grow with their number (two
 * files with 1.2 million findings each ran a 512 MB heap out of memory when each file's
 * findings were held whole). Keeping all, nothing is handed on (offline validation of a
 * file, which prints them). Not thread-safe: one file, one thread.
 */
public final class FindingCollector {

	/** Receives a full batch; {@code firstSeq} numbers its first finding from 1. */
	@FunctionalInterface
	public interface BatchWriter {

		void write(List<Finding> batch, int firstSeq);

	}

	private final int keptPerRule;

	private final int batchSize;

	private final BatchWriter writer;

	private final List<Finding> kept = new ArrayList<>();

	private final List<Finding> pending = new ArrayList<>();

	private final Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);

	private int handedOn;

	private int mostHeld;

	private FindingCollector(int keptPerRule, int batchSize, BatchWriter writer) {
		if (keptPerRule < 0 || batchSize < 1) {
			throw new IllegalArgumentException("keptPerRule " + keptPerRule + ", batchSize " + batchSize);
		}
		this.keptPerRule = keptPerRule;
		this.batchSize = batchSize;
		this.writer = writer;
	}

	/** Keeps every finding and hands none on. */
	public static FindingCollector keepingAll() {
		return new FindingCollector(Integer.MAX_VALUE, Integer.MAX_VALUE, null);
	}

	/**
	 * Keeps the first findings of each rule and counts the rest, handing none on: a file
	 * checked offline, whose findings go nowhere but its feedback workbook.
	 */
	public static FindingCollector keepingFirst(int keptPerRule) {
		return new FindingCollector(keptPerRule, Integer.MAX_VALUE, null);
	}

	/**
	 * @param keptPerRule how many findings of each rule are kept, the first found
	 * @param batchSize how many findings are handed on at once
	 * @param writer receives every finding, in the order found, in batches; the last
	 * batch on {@link #flush()}
	 */
	public static FindingCollector streaming(int keptPerRule, int batchSize, BatchWriter writer) {
		return new FindingCollector(keptPerRule, batchSize, java.util.Objects.requireNonNull(writer, "writer"));
	}

	public void add(Finding finding) {
		int ofRule = this.byRule.merge(finding.rule(), 1, Integer::sum);
		if (ofRule <= this.keptPerRule) {
			this.kept.add(finding);
		}
		if (this.writer != null) {
			this.pending.add(finding);
			this.mostHeld = Math.max(this.mostHeld, this.kept.size() + this.pending.size());
			if (this.pending.size() >= this.batchSize) {
				flush();
			}
		}
		else {
			this.mostHeld = Math.max(this.mostHeld, this.kept.size());
		}
	}

	public void addAll(Iterable<Finding> findings) {
		findings.forEach(this::add);
	}

	/** Hands on what has not been handed on yet. */
	public void flush() {
		if (this.writer == null || this.pending.isEmpty()) {
			return;
		}
		List<Finding> batch = List.copyOf(this.pending);
		this.pending.clear();
		this.writer.write(batch, this.handedOn + 1);
		this.handedOn += batch.size();
	}

	/** The first findings of each rule, in the order found. */
	public List<Finding> kept() {
		return Collections.unmodifiableList(this.kept);
	}

	/** How many findings of each rule were found but not kept. */
	public Map<Rule, Integer> notKept() {
		Map<Rule, Integer> notKept = new EnumMap<>(Rule.class);
		this.byRule.forEach((rule, count) -> {
			if (count > this.keptPerRule) {
				notKept.put(rule, count - this.keptPerRule);
			}
		});
		return notKept;
	}

	/** How many findings of each rule were found. */
	public Map<Rule, Integer> countsByRule() {
		return Collections.unmodifiableMap(this.byRule);
	}

	/** How many findings of each severity were found, every severity present. */
	public Map<Severity, Integer> countsBySeverity() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		this.byRule.forEach((rule, count) -> counts.merge(rule.severity(), count, Integer::sum));
		return counts;
	}

	public int total() {
		return this.byRule.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The most findings held in memory at once (kept, and waiting to be handed on): at
	 * most the kept findings of each rule found plus a batch, whatever their number.
	 */
	public int mostHeld() {
		return this.mostHeld;
	}

}
