package io.vqr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The heap peaks of a JVM from its unified GC log ({@code -Xlog:gc:file=...}): each
 * collection logs {@code 120M->30M(256M)}, heap used before, after, and committed.
 *
 * @param usedBeforeGcMb the most heap ever in use (reached just before a collection)
 * @param afterGcMb the most heap still in use after any collection; after a young
 * collection that includes old-generation garbage not yet collected, so it grows with the
 * length of a run as the collector sizes the heap
 * @param liveAfterFullGcMb the most heap still in use after a full collection: the live
 * set, where the run was probed with full collections ({@code jcmd GC.run}), else 0
 * @param liveMedianAfterFullGcMb the median of what full collections left: what the
 * program holds most of the time (the most grows with the number of probes, which may
 * catch the largest file in work)
 * @param committedMb the largest heap the JVM reserved
 * @param collections how many collections were logged
 * @param fullCollections how many of them were full
 */
public record GcLogPeak(double usedBeforeGcMb, double afterGcMb, double liveAfterFullGcMb,
		double liveMedianAfterFullGcMb, double committedMb, int collections, int fullCollections) {

	private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	public static GcLogPeak read(Path log) throws IOException {
		double before = 0;
		double after = 0;
		List<Double> afterFull = new ArrayList<>();
		double committed = 0;
		int count = 0;
		int fullCount = 0;
		if (!Files.exists(log)) {
			return new GcLogPeak(0, 0, 0, 0, 0, 0, 0);
		}
		try (Stream<String> lines = Files.lines(log)) {
			for (String line : (Iterable<String>) lines::iterator) {
				Matcher m = HEAP.matcher(line);
				if (m.find()) {
					before = Math.max(before, mb(m.group(1), m.group(2)));
					after = Math.max(after, mb(m.group(3), m.group(4)));
					committed = Math.max(committed, mb(m.group(5), m.group(6)));
					count++;
					if (line.contains("Pause Full")) {
						afterFull.add(mb(m.group(3), m.group(4)));
						fullCount++;
					}
				}
			}
		}
		Stats live = afterFull.isEmpty() ? null : Stats.of(afterFull);
		return new GcLogPeak(before, after, (live != null) ? live.max() : 0, (live != null) ? live.median() : 0,
				committed, count, fullCount);
	}

	private static double mb(String value, String unit) {
		double number = Double.parseDouble(value);
		return switch (unit) {
			case "K" -> number / 1024;
			case "G" -> number * 1024;
			default -> number;
		};
	}

}
